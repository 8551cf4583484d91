import type { BaselineOutcome } from '../validate/baseline.js';
import type { Finding } from '../validate/finding.js';
import type { Rule } from '../validate/rule.js';

/** Everything a reporter needs: the findings, the rules that ran, and what was validated. */
export interface ValidationReport {
  readonly findings: readonly Finding[];
  readonly rules: readonly Rule[];
  /** Display paths of the units validated, in the order given. */
  readonly units: readonly string[];
  readonly toolVersion: string;
  /** Set when the run was compared with a baseline: which findings it already lists. */
  readonly baseline?: BaselineOutcome;
}

/** The findings a baseline does not list: all of them when there is no baseline. */
export function newFindings(report: ValidationReport): readonly Finding[] {
  const known = report.baseline?.known;
  return known === undefined || known.size === 0 ? report.findings : report.findings.filter((f) => !known.has(f));
}

/** What a baseline left out of a report, as a sentence; empty without a baseline. */
export function describeBaseline(report: ValidationReport): string {
  const baseline = report.baseline;
  if (baseline === undefined) return '';
  const gone = baseline.gone === 0 ? '' : `; ${baseline.gone} of its findings no longer ${baseline.gone === 1 ? 'occurs' : 'occur'}: write a new baseline to drop ${baseline.gone === 1 ? 'it' : 'them'}`;
  return `Baseline ${baseline.file}: ${plural(baseline.known.size, 'known finding')} not shown or counted${gone}.`;
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function describeCounts(counts: SeverityCounts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}
