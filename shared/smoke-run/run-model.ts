import type { ActivityError } from './graph-data-connect.js';

/** One activity run as mapp tracks it. */
export interface ActivityRecord {
  readonly pipeline: string;
  readonly runId: string;
  readonly activityRunId: string;
  readonly name: string;
  readonly type: string;
  /** Nesting: 0 for the run's own activities, 1 for those of a pipeline it executed, ... */
  readonly depth: number;
  status: string;
  start?: string;
  end?: string;
  durationMs?: number;
  output?: Record<string, unknown>;
  error?: ActivityError;
}

/** Copy results summed over copy activities. */
export interface CopyTotals {
  rowsRead: number;
  rowsWritten: number;
  filesWritten: number;
  bytesWritten: number;
  copies: number;
}

export type StopReason = 'timeout' | 'cancelled';

/** What happened to one pipeline run. */
export interface RunOutcome {
  readonly pipeline: string;
  runId?: string;
  /** Final status, or the last one seen when mapp stopped waiting; NotStarted when it never ran. */
  status: string;
  durationMs?: number;
  message?: string;
  stoppedBecause?: StopReason;
  readonly activities: ActivityRecord[];
  totals: CopyTotals;
  /** The first activity that failed (the innermost one when pipelines execute pipelines). */
  failure?: ActivityRecord;
}

export const FINAL_STATUSES = new Set(['Succeeded', 'Failed', 'Cancelled']);

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Sums rowsRead, rowsCopied, filesWritten and dataWritten over the copy activities that finished. */
export function copyTotals(activities: readonly ActivityRecord[]): CopyTotals {
  const totals: CopyTotals = { rowsRead: 0, rowsWritten: 0, filesWritten: 0, bytesWritten: 0, copies: 0 };
  for (const activity of activities) {
    if (activity.type.toLowerCase() !== 'copy' || !activity.output) continue;
    totals.copies++;
    totals.rowsRead += num(activity.output.rowsRead);
    totals.rowsWritten += num(activity.output.rowsCopied ?? activity.output.rowsWritten);
    totals.filesWritten += num(activity.output.filesWritten);
    totals.bytesWritten += num(activity.output.dataWritten);
  }
  return totals;
}
