import type { Host } from '../host/host.js';
import { SEVERITY_RANK, type Finding } from './finding.js';

/** Annotates each finding where the runner shows it (PR annotation, DevOps issue), the same way for every command. */
export function annotateFindings(host: Host, findings: readonly Finding[]): void {
  for (const f of findings) {
    host.annotations.annotate({ severity: f.severity, message: `${f.message} [${f.ruleId}]`, title: f.armTtk ?? f.ruleId, file: f.file, line: f.line, column: f.column });
  }
}

/** True when a finding is at or above the `fail-on` threshold (`error`, `warning`; `never` never is). */
export function reachesFailOn(findings: readonly Finding[], failOn: string): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITY_RANK[failOn as 'error' | 'warning'];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
}
