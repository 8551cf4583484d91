import type { ActivityRun, PipelineRun } from '@azure/arm-datafactory';
import type { FactoryTarget } from './factory-client.js';
import { isTransient, nextInterval, pause, retryAfterMs } from './poll-timer.js';
import { FINAL_STATUSES, copyTotals, type ActivityRecord, type RunOutcome, type StopReason } from './run-model.js';

export interface WatchOptions {
  readonly firstIntervalMs: number;
  readonly maxIntervalMs: number;
  /** Epoch ms after which mapp stops waiting and cancels the run. */
  readonly deadline: number;
  readonly cancelRecursive: boolean;
  /** Aborts when the job is cancelled. */
  readonly signal?: AbortSignal;
  /** Called for every activity status change (first sight included). */
  onActivity(activity: ActivityRecord): void;
  onRetry(message: string): void;
}

/** A run being followed: the pipeline run itself, or one it started with ExecutePipeline. */
interface TrackedRun {
  readonly runId: string;
  readonly pipeline: string;
  readonly depth: number;
  lastUpdated?: string;
  status?: string;
}

/** Consecutive transient failures tolerated before giving up (beyond the SDK's own retries). */
const MAX_TRANSIENT = 8;

function activityRecord(run: TrackedRun, a: ActivityRun): ActivityRecord {
  const error = a.error as { errorCode?: string; message?: string; failureType?: string } | undefined;
  return {
    pipeline: a.pipelineName ?? run.pipeline,
    runId: run.runId,
    activityRunId: a.activityRunId ?? `${a.activityName}`,
    name: a.activityName ?? '?',
    type: a.activityType ?? '?',
    depth: run.depth,
    status: a.status ?? 'Unknown',
    start: a.activityRunStart?.toISOString(),
    end: a.activityRunEnd?.toISOString(),
    durationMs: a.durationInMs,
    output: (a.output ?? undefined) as Record<string, unknown> | undefined,
    ...(error?.errorCode || error?.message ? { error: { errorCode: error.errorCode ?? '', message: error.message ?? '', failureType: error.failureType ?? '' } } : {}),
  };
}

async function queryActivities(target: FactoryTarget, run: TrackedRun, since: Date, signal?: AbortSignal): Promise<ActivityRun[]> {
  const all: ActivityRun[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await target.client.activityRuns.queryByPipelineRun(
      target.resourceGroup,
      target.factory,
      run.runId,
      { lastUpdatedAfter: since, lastUpdatedBefore: new Date(Date.now() + 86_400_000), continuationToken },
      { abortSignal: signal },
    );
    all.push(...page.value);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return all;
}

/**
 * Follows a pipeline run until it ends, the deadline passes or the signal aborts, reporting each
 * activity status change; runs it executes are followed the same way.
 *
 * The cost and delay it aims at, per followed run: one status read per interval in effect, plus
 * one activity query per change of the run's `lastUpdated` (activities are not queried while the
 * run is quiet), so the calls are bounded by the waiting time over the first interval plus a
 * constant that depends on the pipeline, not on how long it runs; and the end of a run is seen
 * less than one interval in effect after it happens. The interval in effect starts at the first
 * interval, grows 1.5 times per quiet round up to the max (the documented back-off: a long quiet
 * copy is not read every few seconds) and drops back to the first on any activity change. Rounds
 * are started at that rate, not after it: the time a round's calls took counts toward the next
 * wait, so a slow ARM or a run with many executed pipelines does not stretch the period (nor the
 * delay) by its latency.
 */
export async function watchRun(target: FactoryTarget, outcome: RunOutcome, options: WatchOptions): Promise<void> {
  const runId = outcome.runId!;
  const since = new Date(Date.now() - 10 * 60_000);
  const runs = new Map<string, TrackedRun>([[runId, { runId, pipeline: outcome.pipeline, depth: 0 }]]);
  const byActivity = new Map<string, ActivityRecord>();
  let interval = options.firstIntervalMs;
  let transient = 0;
  for (;;) {
    const stop: StopReason | undefined = options.signal?.aborted ? 'cancelled' : Date.now() >= options.deadline ? 'timeout' : undefined;
    if (stop) return cancelRun(target, outcome, stop, options);
    const roundStart = Date.now();
    let changed = false;
    try {
      changed = await checkOnce(target, runs, byActivity, outcome, since, options);
      transient = 0;
    } catch (error) {
      if (options.signal?.aborted) continue;
      if (!isTransient(error) || ++transient > MAX_TRANSIENT) throw error;
      const wait = Math.max(retryAfterMs(error) ?? 0, interval);
      options.onRetry(`Azure answered ${(error as { statusCode?: number }).statusCode ?? 'with a dropped connection'} while checking run ${runId}; checking again in ${(wait / 1000).toFixed(1)}s.`);
      await pause(Math.min(wait, Math.max(0, options.deadline - Date.now())), options.signal);
      continue;
    }
    outcome.activities.splice(0, outcome.activities.length, ...byActivity.values());
    outcome.totals = copyTotals(outcome.activities);
    if (FINAL_STATUSES.has(outcome.status)) return;
    interval = nextInterval(interval, changed, options.firstIntervalMs, options.maxIntervalMs);
    await pause(Math.min(roundStart + interval, options.deadline) - Date.now(), options.signal);
  }
}

/**
 * One round: the status of every run still going, read together, then the activities of those
 * whose lastUpdated moved, queried together (so a round costs two call latencies, not two per run).
 * A run's lastUpdated is remembered only once its activities were read, so a failed query is
 * repeated next round rather than skipped.
 */
async function checkOnce(target: FactoryTarget, runs: Map<string, TrackedRun>, byActivity: Map<string, ActivityRecord>, outcome: RunOutcome, since: Date, options: WatchOptions): Promise<boolean> {
  let changed = false;
  let batch = [...runs.values()].filter((run) => !run.status || !FINAL_STATUSES.has(run.status));
  while (batch.length > 0) {
    const known = new Set(runs.keys());
    const reads = await Promise.all(batch.map((run) => target.client.pipelineRuns.get(target.resourceGroup, target.factory, run.runId, { abortSignal: options.signal })));
    const moved = batch.map((run, i) => ({ run, lastUpdated: applyStatus(run, reads[i]!, outcome) })).filter((m) => m.lastUpdated !== m.run.lastUpdated);
    const pages = await Promise.all(moved.map((m) => queryActivities(target, m.run, since, options.signal)));
    moved.forEach((m, i) => {
      m.run.lastUpdated = m.lastUpdated;
      changed = applyActivities(m.run, pages[i]!, runs, byActivity, options) || changed;
    });
    // Runs found this round are read at once, so their activities show in the same round.
    batch = [...runs.values()].filter((run) => !known.has(run.runId));
  }
  return changed;
}

/** Notes a run's status (the outcome's, for the run itself) and returns its lastUpdated. */
function applyStatus(run: TrackedRun, current: PipelineRun, outcome: RunOutcome): string | undefined {
  run.status = current.status;
  if (run.depth === 0) {
    outcome.status = current.status ?? 'Unknown';
    outcome.durationMs = current.durationInMs;
    outcome.message = current.message || undefined;
  }
  return current.lastUpdated?.toISOString();
}

/** Reports each activity whose status changed, and starts following the runs ExecutePipeline started. */
function applyActivities(run: TrackedRun, activities: ActivityRun[], runs: Map<string, TrackedRun>, byActivity: Map<string, ActivityRecord>, options: WatchOptions): boolean {
  let changed = false;
  for (const activity of activities) {
    const record = activityRecord(run, activity);
    const before = byActivity.get(record.activityRunId);
    if (before?.status === record.status) continue;
    byActivity.set(record.activityRunId, record);
    changed = true;
    options.onActivity(record);
    const child = (record.output as { pipelineRunId?: unknown } | undefined)?.pipelineRunId;
    if (record.type.toLowerCase() === 'executepipeline' && typeof child === 'string' && !runs.has(child)) {
      const pipelineName = (record.output as { pipelineName?: unknown }).pipelineName;
      runs.set(child, { runId: child, pipeline: typeof pipelineName === 'string' ? pipelineName : '?', depth: run.depth + 1 });
    }
  }
  return changed;
}

/** How long the cancel flow waits for a Canceling run to become Cancelled, and how often it looks. */
const CANCELING_WAIT_MS = 5_000;
const CANCELING_POLL_MS = 1_000;

/**
 * Cancels the run in Azure (with the runs it started, unless opted out), then reads its status
 * until it leaves Canceling, for a few seconds at most: this runs on a timeout or while the job
 * is being cancelled, when the runner allows only seconds before it kills the process. A run still
 * Canceling then is reported as such.
 */
async function cancelRun(target: FactoryTarget, outcome: RunOutcome, reason: StopReason, options: WatchOptions): Promise<void> {
  outcome.stoppedBecause = reason;
  const signal = AbortSignal.timeout(15_000);
  try {
    await target.client.pipelineRuns.cancel(target.resourceGroup, target.factory, outcome.runId!, { isRecursive: options.cancelRecursive, abortSignal: signal });
    const giveUpAt = Date.now() + CANCELING_WAIT_MS;
    for (;;) {
      const after = await target.client.pipelineRuns.get(target.resourceGroup, target.factory, outcome.runId!, { abortSignal: signal });
      outcome.status = after.status ?? outcome.status;
      outcome.durationMs = after.durationInMs ?? outcome.durationMs;
      if (FINAL_STATUSES.has(outcome.status) || Date.now() >= giveUpAt) break;
      // Not options.signal: it has usually fired already (the job is being cancelled).
      await pause(Math.min(options.firstIntervalMs, CANCELING_POLL_MS, giveUpAt - Date.now()), signal);
    }
    if (!FINAL_STATUSES.has(outcome.status)) outcome.message = `The run was still ${outcome.status} when mapp stopped waiting; check run ${outcome.runId} in the Data Factory monitor.`;
  } catch (error) {
    outcome.message = `mapp could not cancel the run in Azure (${error instanceof Error ? error.message : String(error)}); cancel run ${outcome.runId} in the Data Factory monitor.`;
  }
}
