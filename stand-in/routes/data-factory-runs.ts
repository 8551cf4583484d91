import { armRoute } from '../arm.js';
import type { StandInContext } from '../context.js';
import { failArm, json } from '../reply.js';
import type { Route } from '../router.js';
import type { DataFactoryScenario } from './data-factory-scenario.js';
import { cancelRun, planRun, type PlannedActivity, type PlannedRun } from './data-factory-simulation.js';

export const RUNS = 'Microsoft.DataFactory/factories/pipelineruns';
const FACTORY_TYPE = 'Microsoft.DataFactory/factories';
const API_VERSIONS = ['2018-06-01'];
const FACTORY = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}';

type Json = Record<string, unknown>;
const iso = (ms: number) => new Date(ms).toISOString();

export function runsOf(context: StandInContext): Map<string, PlannedRun> {
  return context.state.collection<PlannedRun>(RUNS);
}

/** Data Factory's own error envelope: code, message, target and details (null when absent). */
export function failAdf(status: number, code: string, message: string): never {
  failArm(status, code, message);
}

/** The status a run shows at `now`: Queued, InProgress, Canceling (after a cancel), then its final one. */
export function pipelineRunStatus(run: PlannedRun, now: number): string {
  if (now >= run.end) return run.status;
  if (run.cancelRequestedAt !== undefined && now >= run.cancelRequestedAt) return 'Canceling';
  return now < run.start ? 'Queued' : 'InProgress';
}

/** The moments a run's `lastUpdated` moves: creation, start, a cancel, each activity's start and end. */
function changeMoments(run: PlannedRun): number[] {
  return [run.createdAt, run.start, run.cancelRequestedAt ?? Infinity, ...run.activities.flatMap((a) => [a.start, a.end])].filter((t) => Number.isFinite(t));
}

/** A planned run's moments, for benchmarks and tests measuring how soon a client notices them. */
export interface PipelineRunTimeline {
  readonly createdAt: number;
  readonly start: number;
  /** When it reaches (or reached) its final status. */
  readonly end: number;
  readonly status: string;
  readonly cancelRequestedAt?: number;
  /** Distinct moments its `lastUpdated` moves, ascending. */
  readonly changes: readonly number[];
  readonly childRunIds: readonly string[];
}

/** The timeline of a run as the simulation planned it; undefined for an unknown run id. */
export function pipelineRunTimeline(context: Pick<StandInContext, 'state'>, runId: string): PipelineRunTimeline | undefined {
  const run = context.state.collection<PlannedRun>(RUNS).get(runId.toLowerCase());
  if (!run) return undefined;
  return {
    createdAt: run.createdAt,
    start: run.start,
    end: run.end,
    status: run.status,
    ...(run.cancelRequestedAt === undefined ? {} : { cancelRequestedAt: run.cancelRequestedAt }),
    changes: [...new Set(changeMoments(run))].sort((a, b) => a - b),
    childRunIds: [...run.childRunIds],
  };
}

/** A pipeline run as `GET .../pipelineruns/{runId}` shows it at `now`. */
export function pipelineRunView(run: PlannedRun, now: number): Json {
  const status = pipelineRunStatus(run, now);
  const changes = changeMoments(run).filter((t) => t <= now);
  const done = now >= run.end;
  return {
    runId: run.runId,
    runGroupId: run.runGroupId,
    isLatest: true,
    pipelineName: run.pipelineName,
    parameters: run.parameters,
    runDimensions: {},
    invokedBy: run.invokedBy,
    lastUpdated: iso(Math.max(...changes)),
    runStart: now >= run.start ? iso(run.start) : null,
    runEnd: done ? iso(run.end) : null,
    durationInMs: done ? run.end - run.start : null,
    status,
    message: done ? run.message : '',
  };
}

function activityView(run: PlannedRun, activity: PlannedActivity, now: number): Json {
  const done = now >= activity.end;
  return {
    activityRunId: activity.activityRunId,
    activityName: activity.activityName,
    activityType: activity.activityType,
    pipelineName: run.pipelineName,
    pipelineRunId: run.runId,
    linkedServiceName: activity.linkedServiceName,
    status: done ? activity.status : 'InProgress',
    activityRunStart: iso(activity.start),
    activityRunEnd: done ? iso(activity.end) : null,
    durationInMs: done ? activity.end - activity.start : null,
    input: activity.input,
    // ExecutePipeline shows the run it started while it waits for it.
    output: done || activity.activityType === 'ExecutePipeline' ? activity.output : {},
    error: done ? activity.error : { errorCode: '', message: '', failureType: '', target: activity.activityName, details: '' },
    retryAttempt: null,
    iterationHash: '',
    userProperties: {},
  };
}

function findRun(context: StandInContext, factoryKey: string, runId: string): PlannedRun {
  const run = runsOf(context).get(runId.toLowerCase());
  if (!run || run.factoryKey !== factoryKey) failAdf(404, 'PipelineRunNotFound', `Pipeline run '${runId}' was not found.`);
  return run;
}

/** Forgets a planned run that never started, with the runs it would have started. */
function dropRun(context: StandInContext, runId: string): void {
  const run = runsOf(context).get(runId.toLowerCase());
  if (!run) return;
  runsOf(context).delete(runId.toLowerCase());
  for (const childId of run.childRunIds) dropRun(context, childId);
}

function cancelTree(context: StandInContext, run: PlannedRun, at: number, recursive: boolean, cancelingMs: number): void {
  for (const childId of cancelRun(run, at, cancelingMs)) {
    dropRun(context, childId);
    run.childRunIds.splice(run.childRunIds.indexOf(childId), 1);
  }
  if (!recursive) return;
  for (const childId of run.childRunIds) {
    const child = runsOf(context).get(childId.toLowerCase());
    if (child) cancelTree(context, child, at, true, cancelingMs);
  }
}

function dateParameter(body: Json, name: string): number {
  const value = body[name];
  const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(parsed)) failAdf(400, 'BadRequest', `The request must have '${name}' as an ISO 8601 date-time.`);
  return parsed;
}

export interface RunRouteOptions {
  factoryKey(request: { params: Record<string, string> }): string;
  pipeline(factoryKey: string, name: string): Json | undefined;
  scenario(): DataFactoryScenario;
}

/** createRun, pipeline run get and cancel, activity run queries. */
export function runRoutes(options: RunRouteOptions): Route[] {
  return [
    armRoute({
      method: 'POST',
      pattern: `${FACTORY}/pipelines/{pipelineName}/createRun`,
      name: 'arm.dataFactory.pipelines.createRun',
      apiVersions: API_VERSIONS,
      resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const factoryKey = options.factoryKey(request);
        const pipelineName = request.params.pipelineName!;
        if (!options.pipeline(factoryKey, pipelineName)) failAdf(404, 'NotFound', `Entity ${pipelineName} not found`);
        const body = request.body.length > 0 ? request.json() : {};
        const parameters = Object.fromEntries(Object.entries((body ?? {}) as Json).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
        const plan = {
          factoryKey,
          scenario: options.scenario(),
          pipeline: (name: string) => options.pipeline(factoryKey, name),
          save: (run: PlannedRun) => void runsOf(context).set(run.runId.toLowerCase(), run),
        };
        const run = planRun(plan, pipelineName, parameters, context.now(), { name: 'Manual', id: plan.factoryKey.slice(-8), invokedByType: 'Manual' });
        return json(200, { runId: run.runId });
      },
    }),
    armRoute({
      method: 'GET',
      pattern: `${FACTORY}/pipelineruns/{runId}`,
      name: 'arm.dataFactory.pipelineRuns.get',
      apiVersions: API_VERSIONS,
      resourceType: FACTORY_TYPE,
      handler: (request, context) => json(200, pipelineRunView(findRun(context, options.factoryKey(request), request.params.runId!), context.now())),
    }),
    armRoute({
      method: 'POST',
      pattern: `${FACTORY}/pipelineruns/{runId}/cancel`,
      name: 'arm.dataFactory.pipelineRuns.cancel',
      apiVersions: API_VERSIONS,
      resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const run = findRun(context, options.factoryKey(request), request.params.runId!);
        cancelTree(context, run, context.now(), request.query.get('isRecursive')?.toLowerCase() === 'true', options.scenario().cancelingMs);
        return { status: 200 };
      },
    }),
    armRoute({
      method: 'POST',
      pattern: `${FACTORY}/pipelineruns/{runId}/queryActivityruns`,
      name: 'arm.dataFactory.activityRuns.query',
      apiVersions: API_VERSIONS,
      resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const run = findRun(context, options.factoryKey(request), request.params.runId!);
        const body = (request.json() ?? {}) as Json;
        const after = dateParameter(body, 'lastUpdatedAfter');
        const before = dateParameter(body, 'lastUpdatedBefore');
        const now = context.now();
        const value = run.activities
          .filter((a) => a.start <= now)
          .filter((a) => {
            const updated = now >= a.end ? a.end : a.start;
            return updated >= after && updated <= before;
          })
          .sort((a, b) => a.start - b.start)
          .map((a) => activityView(run, a, now));
        return json(200, { value });
      },
    }),
  ];
}
