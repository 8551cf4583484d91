import { countBySeverity, describeCounts, plural, type ValidationReport } from './report-model.js';

/** One line per finding (`file:line:col severity message [rule]`), then a count line. */
export function renderText(report: ValidationReport): string {
  const lines = report.findings.map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}${f.armTtk ? ` / ${f.armTtk}` : ''}]`,
  );
  const counts = countBySeverity(report.findings);
  lines.push(`${describeCounts(counts)} in ${plural(report.units.length, 'package')} (${plural(report.rules.length, 'rule')} checked).`);
  return lines.join('\n') + '\n';
}
