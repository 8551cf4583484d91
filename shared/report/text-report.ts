import { countBySeverity, describeBaseline, describeCounts, newFindings, plural, type ValidationReport } from './report-model.js';

/**
 * One line per finding (`file:line:col severity message [rule]`), then a count line. Findings a
 * baseline lists are left out of both; the count line says how many there were.
 */
export function renderText(report: ValidationReport): string {
  const lines = newFindings(report).map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}${f.armTtk ? ` / ${f.armTtk}` : ''}]`,
  );
  lines.push(countLine(report));
  return lines.join('\n') + '\n';
}

/**
 * `1 error, 0 warnings, 0 notes in 1 path (105 rules checked).`, and what a baseline left out.
 * A path, not a package: it may be an app, a zip, a factory's folder or a folder of factories.
 */
export function countLine(report: ValidationReport): string {
  const counts = countBySeverity(newFindings(report));
  const baseline = describeBaseline(report);
  return `${describeCounts(counts)} in ${plural(report.units.length, 'path')} (${plural(report.rules.length, 'rule')} checked).${baseline ? ` ${baseline}` : ''}`;
}
