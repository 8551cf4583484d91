import type { RunOutcome } from './run-model.js';
import type { CopyMinimums } from './smoke-settings.js';
import { failureLines } from './run-report.js';

/** Every way the runs fall short of what was asked: status, then minimum copy results. */
export function runProblems(outcomes: readonly RunOutcome[], expectedStatus: string, minimums: CopyMinimums): string[] {
  const problems: string[] = [];
  for (const o of outcomes) {
    const name = `Pipeline ${o.pipeline}${o.runId ? ` (run ${o.runId})` : ''}`;
    if (o.stoppedBecause === 'timeout') problems.push(`${name} did not finish before the timeout; it was cancelled (now ${o.status}). Raise the timeout input if the run needs longer.`);
    else if (o.stoppedBecause === 'cancelled') problems.push(`${name} was cancelled because the job was cancelled (now ${o.status}).`);
    else if (o.status !== expectedStatus) {
      const why = failureLines(o);
      problems.push(`${name} ended ${o.status}, expected ${expectedStatus}.${why.length > 0 ? ` ${why.join(' ')}` : ''}`);
    }
    if (o.status !== 'Succeeded' || o.stoppedBecause) continue;
    const checks: [number | undefined, number, string][] = [
      [minimums.rowsRead, o.totals.rowsRead, 'rows read'],
      [minimums.rowsWritten, o.totals.rowsWritten, 'rows written'],
      [minimums.filesWritten, o.totals.filesWritten, 'files written'],
    ];
    for (const [min, actual, what] of checks) {
      if (min !== undefined && actual < min) {
        problems.push(`${name} succeeded but its copy activities show ${actual} ${what}, fewer than the minimum ${min}: check the source's filters (date range, allowed groups) and that the source holds data.`);
      }
    }
  }
  return problems;
}
