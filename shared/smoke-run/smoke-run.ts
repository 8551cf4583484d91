import { isRestError } from '@azure/core-rest-pipeline';
import { connectToAzure } from '../azure/connect.js';
import { setOutputs } from '../commands/run-command.js';
import { smokeRunCommand } from '../commands/smoke-run.js';
import { UsageError } from '../commands/usage-error.js';
import { describeInput } from '../host/describe-input.js';
import type { CommandResult, Host } from '../host/host.js';
import { runProblems } from './assertions.js';
import type { FactoryTarget } from './factory-client.js';
import { prepareFactory } from './prepare-factory.js';
import { copyTotals, type RunOutcome } from './run-model.js';
import { activityLine, failureLines, firstFailure, seconds, summaryMarkdown } from './run-report.js';
import { watchRun } from './run-watch.js';
import { readPlan, type SmokeRunPlan, type SmokeRunSettings } from './smoke-settings.js';

function patternToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
}

/** Pipeline names from names and `*` patterns; patterns are matched against the factory's pipelines. */
async function resolvePipelines(target: FactoryTarget, wanted: readonly string[], describe: string): Promise<string[]> {
  if (!wanted.some((w) => w.includes('*'))) return [...new Set(wanted)];
  const names: string[] = [];
  for await (const pipeline of target.client.pipelines.listByFactory(target.resourceGroup, target.factory)) if (pipeline.name) names.push(pipeline.name);
  const chosen = new Set<string>();
  for (const w of wanted) {
    const matches = w.includes('*') ? names.filter((n) => patternToRegExp(w).test(n)) : [w];
    if (matches.length === 0) throw new UsageError(`${describe}: no pipeline of factory ${target.factory} matches '${w}'. Its pipelines: ${names.join(', ') || 'none'}.`);
    for (const m of matches) chosen.add(m);
  }
  return [...chosen];
}

/** Azure's refusals the user can fix become usage errors naming the factory or pipeline. */
function explainStartFailure(error: unknown, target: FactoryTarget, pipeline: string): unknown {
  if (!isRestError(error) || error.statusCode !== 404) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ResourceNotFound' || code === 'ResourceGroupNotFound') {
    return new UsageError(`Data factory ${target.factory} was not found in resource group ${target.resourceGroup} (${code}): check the resource-group and factory inputs.`);
  }
  return new UsageError(`Pipeline ${pipeline} was not found in data factory ${target.factory}: check the pipelines input, or deploy it first with the deploy input.`);
}

async function runOne(host: Host, target: FactoryTarget, pipeline: string, plan: SmokeRunPlan, settings: SmokeRunSettings, deadline: number, signal: AbortSignal | undefined): Promise<RunOutcome> {
  const outcome: RunOutcome = { pipeline, status: 'NotStarted', activities: [], totals: copyTotals([]) };
  if (signal?.aborted || Date.now() >= deadline) return outcome;
  try {
    const created = await target.client.pipelines.createRun(target.resourceGroup, target.factory, pipeline, { parameters: plan.parameters as Record<string, Record<string, unknown>>, abortSignal: signal });
    outcome.runId = created.runId;
  } catch (error) {
    if (signal?.aborted) return outcome;
    throw explainStartFailure(error, target, pipeline);
  }
  outcome.status = 'Queued';
  host.log.info(`Started pipeline ${pipeline}: run ${outcome.runId}`);
  await watchRun(target, outcome, {
    firstIntervalMs: plan.pollIntervalMs,
    maxIntervalMs: plan.pollMaxIntervalMs,
    deadline,
    cancelRecursive: settings['cancel-recursive'],
    signal,
    onActivity: (activity) => host.log.info(activityLine(activity)),
    onRetry: (message) => host.log.info(message),
  });
  outcome.failure = firstFailure(outcome.activities);
  const stopped = outcome.stoppedBecause === 'timeout' ? ' (timed out; cancelled in Azure)' : outcome.stoppedBecause === 'cancelled' ? ' (job cancelled; cancelled in Azure)' : '';
  host.log.info(`Pipeline ${pipeline} run ${outcome.runId}: ${outcome.status}${stopped} in ${seconds(outcome.durationMs)}; ${outcome.totals.rowsRead} rows read, ${outcome.totals.rowsWritten} rows written, ${outcome.totals.filesWritten} files written.`);
  for (const line of failureLines(outcome)) host.log.info(`  ${line}`);
  return outcome;
}

/** Runs the pipelines, at most `concurrency` at a time, in the order given. */
async function runAll(pipelines: readonly string[], concurrency: number, run: (pipeline: string) => Promise<RunOutcome>): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = new Array(pipelines.length);
  let next = 0;
  const worker = async () => {
    while (next < pipelines.length) {
      const index = next++;
      outcomes[index] = await run(pipelines[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pipelines.length) }, worker));
  return outcomes;
}

/**
 * Deploys (optionally) and runs Data Factory pipelines, follows every activity, and checks the
 * final status and copy results. Runs still going at the timeout or on cancellation are cancelled.
 */
export async function smokeRun(host: Host, settings: SmokeRunSettings): Promise<CommandResult> {
  const describe = (name: string) => describeInput(host, name);
  const plan = readPlan(settings, describe, host.workingDirectory);
  const connection = connectToAzure(host, settings);
  const signal = host.cancellation;
  const deadline = Date.now() + plan.timeoutMs;
  const target = await prepareFactory(host, connection, settings, describe, signal);
  const pipelines = await resolvePipelines(target, settings.pipelines, describe('pipelines'));
  const outcomes = await runAll(pipelines, plan.concurrency, (pipeline) => runOne(host, target, pipeline, plan, settings, deadline, signal));
  const problems = runProblems(outcomes, settings['expected-status'], plan.minimums);
  host.summary.append(summaryMarkdown(outcomes, problems));
  const perRun = (value: (o: RunOutcome) => string | number) => outcomes.map((o) => `${o.pipeline}=${value(o)}`).join('\n');
  const sum = (value: (o: RunOutcome) => number) => outcomes.reduce((total, o) => total + value(o), 0);
  setOutputs(host, smokeRunCommand, {
    'run-ids': perRun((o) => o.runId ?? ''),
    statuses: perRun((o) => o.status),
    durations: perRun((o) => (o.durationMs === undefined ? '' : (o.durationMs / 1000).toFixed(1))),
    'rows-read': sum((o) => o.totals.rowsRead),
    'rows-written': sum((o) => o.totals.rowsWritten),
    'files-written': sum((o) => o.totals.filesWritten),
    runs: JSON.stringify(outcomes.map((o) => ({ pipeline: o.pipeline, runId: o.runId, status: o.status, durationMs: o.durationMs, ...o.totals, stoppedBecause: o.stoppedBecause, failure: o.failure ? { activity: o.failure.name, ...o.failure.error } : undefined }))),
  });
  for (const problem of problems) host.annotations.annotate({ severity: 'error', message: problem, title: 'mapp smoke-run' });
  if (problems.length === 0) return { exitCode: 0 };
  return { exitCode: 1, message: problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.join(' ')}` };
}
