import type { ValidationReport } from './report-model.js';

/**
 * The stable JSON contract: `{"findings":[{ruleId, armTtk, severity, message, file, line, column}]}`.
 * Keys are written in this order; nothing else is added to a finding.
 */
export function renderJson(report: ValidationReport): string {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    armTtk: f.armTtk,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
  }));
  return JSON.stringify({ findings }, null, 2) + '\n';
}
