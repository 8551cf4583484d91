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
  const head = `Baseline ${baseline.file}:`;
  if (baseline.misplaced) {
    // Nothing in it concerns this run's files: most likely written from another working directory.
    return `${head} none of its ${plural(baseline.entries, 'entry', 'entries')} is for a file this run checked. Its file paths are relative to the working directory it was written from; write and use it from the same one.`;
  }
  const parts = [`${plural(baseline.known.size, 'known finding')} not shown or counted`];
  const them = baseline.gone === 1 ? 'it' : 'them';
  const drop = baseline.rewritten ? `the report written over the baseline no longer lists ${them}` : `write a new baseline from a full run to drop ${them}`;
  if (baseline.gone > 0) parts.push(`${baseline.gone} of its findings no longer ${baseline.gone === 1 ? 'occurs' : 'occur'} (${drop})`);
  if (baseline.missing > 0) parts.push(baseline.missing === 1 ? '1 entry for a file that is not there (deleted or renamed)' : `${baseline.missing} entries for files that are not there (deleted or renamed)`);
  if (baseline.unchecked > 0) parts.push(`${plural(baseline.unchecked, 'entry', 'entries')} for rules or paths this run did not check`);
  return `${head} ${parts.join('; ')}.`;
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

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

export function describeCounts(counts: SeverityCounts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}
