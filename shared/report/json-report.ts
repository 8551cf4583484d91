import type { ValidationReport } from './report-model.js';

/**
 * The stable JSON contract: `{"findings":[{ruleId, armTtk, severity, message, file, line, column}]}`.
 * Keys are written in this order; nothing else is added to a finding, except `baselineState`
 * (`new` or `unchanged`, as SARIF names them) when the run was compared with a baseline. Every
 * finding is listed, known or not, so the report of a run can serve as the next baseline.
 */
export function renderJson(report: ValidationReport): string {
  const known = report.baseline?.known;
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    armTtk: f.armTtk,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(known ? { baselineState: known.has(f) ? 'unchanged' : 'new' } : {}),
  }));
  return JSON.stringify({ findings }, null, 2) + '\n';
}
