import type { Finding } from '../validate/finding.js';
import type { Rule } from '../validate/rule.js';

/** Everything a reporter needs: the findings, the rules that ran, and what was validated. */
export interface ValidationReport {
  readonly findings: readonly Finding[];
  readonly rules: readonly Rule[];
  /** Display paths of the units validated, in the order given. */
  readonly units: readonly string[];
  readonly toolVersion: string;
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
