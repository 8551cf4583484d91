import { countBySeverity, describeBaseline, describeCounts, newFindings, plural, type ValidationReport } from './report-model.js';

/**
 * One line per finding (`file:line:col severity message [rule]`), then a count line. Findings a
 * baseline lists are left out of both; the count line says how many there were.
 */
export function renderText(report: ValidationReport): string {
  const shown = newFindings(report);
  const lines = shown.map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}${f.armTtk ? ` / ${f.armTtk}` : ''}]`,
  );
  const counts = countBySeverity(shown);
  const baseline = describeBaseline(report);
  lines.push(`${describeCounts(counts)} in ${plural(report.units.length, 'package')} (${plural(report.rules.length, 'rule')} checked).${baseline ? ` ${baseline}` : ''}`);
  return lines.join('\n') + '\n';
}
