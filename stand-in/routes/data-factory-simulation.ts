import { randomUUID } from 'node:crypto';
import { activityScenario, type ActivityScenario, type DataFactoryScenario } from './data-factory-scenario.js';

/**
 * A pipeline run is planned in full when it is created: the activity graph is walked with its
 * dependency conditions, each activity gets a start, an end and an outcome from the scenario,
 * and what a client sees at a moment is read off that plan (so moving the clock moves the run).
 * `end` is the moment the run reaches its final status; a cancel moves it (after a Canceling
 * spell) and records when it was asked for.
 */

type Json = Record<string, unknown>;
export type FinalStatus = 'Succeeded' | 'Failed' | 'Cancelled';
type Outcome = FinalStatus | 'Skipped';

export interface PlannedActivity {
  readonly activityRunId: string;
  readonly activityName: string;
  readonly activityType: string;
  readonly linkedServiceName: string;
  readonly input: Json;
  start: number;
  end: number;
  status: FinalStatus;
  output: Json;
  error: { errorCode: string; message: string; failureType: string; target: string; details: string };
}

export interface PlannedRun {
  readonly runId: string;
  readonly runGroupId: string;
  readonly factoryKey: string;
  readonly pipelineName: string;
  readonly parameters: Record<string, string>;
  readonly invokedBy: Json;
  readonly parentRunId?: string;
  readonly childRunIds: string[];
  readonly createdAt: number;
  start: number;
  /** When the run reaches its final status (`status`): planned at creation, moved by a cancel. */
  end: number;
  status: FinalStatus;
  message: string;
  /** When a cancel was asked for: from then until `end` the run shows Canceling. */
  cancelRequestedAt?: number;
  readonly activities: PlannedActivity[];
}

export interface PlanContext {
  readonly factoryKey: string;
  readonly scenario: DataFactoryScenario;
  /** The stored pipeline resource (`{name, properties}`) by name, case-insensitively. */
  pipeline(name: string): Json | undefined;
  save(run: PlannedRun): void;
}

const OFFICE365_ERROR_MESSAGE =
  "ErrorCode=UserErrorOffice365DataLoaderError,'Type=Microsoft.DataTransfer.Common.Shared.HybridDeliveryException,Message=Office365 data loading failed to execute. The application is not authorized to access Microsoft Graph Data Connect: the consent request is pending approval by the tenant administrator.,Source=Microsoft.DataTransfer.ClientLibrary,'";

const object = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map(object) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const NO_ERROR = (target: string) => ({ errorCode: '', message: '', failureType: '', target, details: '' });

/** Plans a run of a stored pipeline starting at `at`; child runs of ExecutePipeline activities are planned too. */
export function planRun(context: PlanContext, pipelineName: string, parameters: Record<string, string>, at: number, invokedBy: Json, parent?: PlannedRun): PlannedRun {
  const resource = context.pipeline(pipelineName);
  const runId = randomUUID();
  const run: PlannedRun = {
    runId,
    runGroupId: parent?.runGroupId ?? runId,
    factoryKey: context.factoryKey,
    pipelineName: text(resource?.name) || pipelineName,
    parameters,
    invokedBy,
    ...(parent ? { parentRunId: parent.runId } : {}),
    childRunIds: [],
    createdAt: at,
    start: at + (parent ? 0 : context.scenario.queueMs),
    end: 0,
    status: 'Succeeded',
    message: '',
    activities: [],
  };
  const properties = object(resource?.properties);
  const scope = runScope(context, run, list(properties.activities), run.start);
  run.end = scope.end;
  run.status = scope.outcome;
  if (scope.outcome === 'Failed') run.message = scope.failures.map((a) => `Operation on target ${a.activityName} failed: ${a.error.message}`).join('\n');
  context.save(run);
  return run;
}

interface ScopeResult {
  end: number;
  outcome: FinalStatus;
  failures: PlannedActivity[];
}

/** Walks one list of sibling activities in dependency order, from `at`. */
function runScope(context: PlanContext, run: PlannedRun, activities: Json[], at: number): ScopeResult {
  const outcomes = new Map<string, { status: Outcome; end: number; planned?: PlannedActivity }>();
  const byName = new Map(activities.map((a) => [text(a.name).toLowerCase(), a]));
  let pending = [...activities];
  while (pending.length > 0) {
    const ready = pending.filter((a) => list(a.dependsOn).every((d) => outcomes.has(text(d.activity).toLowerCase()) || !byName.has(text(d.activity).toLowerCase())));
    // A cycle (the validator reports it): what is left never runs.
    if (ready.length === 0) {
      for (const a of pending) outcomes.set(text(a.name).toLowerCase(), { status: 'Skipped', end: at });
      break;
    }
    for (const activity of ready) {
      const deps = list(activity.dependsOn).map((d) => ({ met: conditionsMet(d, outcomes), end: outcomes.get(text(d.activity).toLowerCase())?.end ?? at }));
      const start = Math.max(at, ...deps.map((d) => d.end));
      const name = text(activity.name).toLowerCase();
      if (!deps.every((d) => d.met)) outcomes.set(name, { status: 'Skipped', end: start });
      else {
        const planned = runActivity(context, run, activity, start);
        outcomes.set(name, { status: planned.status, end: planned.end, planned });
      }
    }
    pending = pending.filter((a) => !ready.includes(a));
  }
  const end = Math.max(at, ...[...outcomes.values()].map((o) => o.end));
  return { end, ...scopeOutcome(activities, outcomes) };
}

function conditionsMet(dependency: Json, outcomes: Map<string, { status: Outcome }>): boolean {
  const status = outcomes.get(text(dependency.activity).toLowerCase())?.status;
  if (status === undefined) return true;
  const conditions = Array.isArray(dependency.dependencyConditions) ? dependency.dependencyConditions.map(String) : ['Succeeded'];
  return conditions.some((c) => c === status || (c === 'Completed' && (status === 'Succeeded' || status === 'Failed')));
}

/**
 * Data Factory's rule: evaluate every leaf; a skipped leaf is judged by its parents instead.
 * The pipeline succeeds only when every node so judged succeeded.
 */
function scopeOutcome(activities: Json[], outcomes: Map<string, { status: Outcome; planned?: PlannedActivity }>): { outcome: FinalStatus; failures: PlannedActivity[] } {
  const dependedOn = new Set(activities.flatMap((a) => list(a.dependsOn).map((d) => text(d.activity).toLowerCase())));
  const byName = new Map(activities.map((a) => [text(a.name).toLowerCase(), a]));
  const failures: PlannedActivity[] = [];
  let ok = true;
  const judge = (name: string, seen: Set<string>): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const outcome = outcomes.get(name);
    if (!outcome || outcome.status === 'Succeeded') return;
    if (outcome.status === 'Skipped') {
      for (const d of list(byName.get(name)?.dependsOn)) judge(text(d.activity).toLowerCase(), seen);
      return;
    }
    ok = false;
    if (outcome.planned) failures.push(outcome.planned);
  };
  for (const name of byName.keys()) if (!dependedOn.has(name)) judge(name, new Set());
  return { outcome: ok ? 'Succeeded' : 'Failed', failures };
}

function runActivity(context: PlanContext, run: PlannedRun, activity: Json, start: number): PlannedActivity {
  const name = text(activity.name);
  const type = text(activity.type);
  const typeProperties = object(activity.typeProperties);
  const scenario = activityScenario(context.scenario, run.pipelineName, name);
  const planned: PlannedActivity = {
    activityRunId: randomUUID(),
    activityName: name,
    activityType: type,
    linkedServiceName: text(object(activity.linkedServiceName).referenceName),
    input: typeProperties,
    start,
    end: start + (scenario.durationMs ?? context.scenario.defaultDurationMs),
    status: 'Succeeded',
    output: {},
    error: NO_ERROR(name),
  };
  run.activities.push(planned);
  const lowered = type.toLowerCase();
  if (lowered === 'executepipeline') executePipeline(context, run, planned, typeProperties, scenario);
  else if (['foreach', 'until', 'ifcondition', 'switch'].includes(lowered)) container(context, run, planned, lowered, typeProperties, scenario);
  else if (lowered === 'copy') copy(context, planned, typeProperties, scenario);
  else if (scenario.outcome && scenario.outcome !== 'Succeeded') fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
  return planned;
}

function fail(planned: PlannedActivity, scenario: ActivityScenario, errorCode: string, message: string, failureType = 'UserError'): void {
  planned.status = 'Failed';
  planned.error = {
    errorCode: scenario.error?.errorCode ?? errorCode,
    message: scenario.error?.message ?? message,
    failureType: scenario.error?.failureType ?? failureType,
    target: planned.activityName,
    details: '',
  };
}

function copy(context: PlanContext, planned: PlannedActivity, typeProperties: Json, scenario: ActivityScenario): void {
  const sourceType = text(object(typeProperties.source).type);
  if (scenario.outcome === 'Office365Unauthorised') {
    fail(planned, scenario, '2200', OFFICE365_ERROR_MESSAGE);
    return;
  }
  if (scenario.outcome === 'Failed') {
    fail(planned, scenario, '2200', "Failure happened on 'Sink' side. ErrorCode=UserErrorFailedFileOperation,'Type=Microsoft.DataTransfer.Common.Shared.HybridDeliveryException,Message=The file operation failed (outcome set by the stand-in scenario).,Source=Microsoft.DataTransfer.ClientLibrary,'");
    return;
  }
  const seconds = Math.max(1, Math.round((planned.end - planned.start) / 1000));
  planned.output = {
    ...context.scenario.copy,
    ...(scenario.output ?? {}),
    copyDuration: seconds,
    throughput: 0,
    errors: [],
    effectiveIntegrationRuntime: sourceType === 'Office365Source' ? 'TenantRegionRuntime' : 'AutoResolveIntegrationRuntime (West Europe)',
    usedDataIntegrationUnits: 4,
    billingReference: { activityType: 'DataMovement', billableDuration: [{ meterType: 'AzureIR', duration: seconds / 3600, unit: 'DIUHours' }] },
    usedParallelCopies: 1,
    executionDetails: [{ source: { type: sourceType || 'Unknown' }, sink: { type: text(object(typeProperties.sink).type) || 'Unknown' }, status: 'Succeeded', start: new Date(planned.start).toISOString(), duration: seconds }],
  };
}

function executePipeline(context: PlanContext, run: PlannedRun, planned: PlannedActivity, typeProperties: Json, scenario: ActivityScenario): void {
  const childName = text(object(typeProperties.pipeline).referenceName);
  if (!context.pipeline(childName)) {
    fail(planned, scenario, '2011', `Pipeline '${childName}' was not found in the factory.`);
    return;
  }
  const parameters = Object.fromEntries(Object.entries(object(typeProperties.parameters)).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const invokedBy = { name: planned.activityName, id: planned.activityRunId, invokedByType: 'PipelineActivity', pipelineName: run.pipelineName, pipelineRunId: run.runId };
  const child = planRun(context, childName, parameters, planned.start, invokedBy, run);
  run.childRunIds.push(child.runId);
  planned.output = { pipelineName: child.pipelineName, pipelineRunId: child.runId };
  // waitOnCompletion defaults to false: the activity succeeds once the child run has started (after
  // the activity's own scenario durationMs, if one is set), whatever the child then does.
  if (typeProperties.waitOnCompletion !== true) {
    planned.end = Math.max(child.start, scenario.durationMs === undefined ? planned.start : planned.start + scenario.durationMs);
    if (scenario.outcome && scenario.outcome !== 'Succeeded') fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
    return;
  }
  planned.end = child.end;
  if (child.status === 'Failed') fail(planned, scenario, '2011', child.message || `Pipeline ${child.pipelineName} failed.`);
  else if (scenario.outcome && scenario.outcome !== 'Succeeded') fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
}

function container(context: PlanContext, run: PlannedRun, planned: PlannedActivity, type: string, typeProperties: Json, scenario: ActivityScenario): void {
  // One pass over the branch that runs: the loop body once, the true branch, the default case.
  const inner = type === 'ifcondition' ? typeProperties.ifTrueActivities : type === 'switch' ? typeProperties.defaultActivities : typeProperties.activities;
  const result = runScope(context, run, list(inner), planned.start);
  planned.end = Math.max(planned.end, result.end);
  if (result.outcome === 'Failed') fail(planned, scenario, '2011', `Activity failed because an inner activity failed: ${result.failures.map((f) => f.activityName).join(', ')}`);
  else if (scenario.outcome && scenario.outcome !== 'Succeeded') fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
}

/**
 * Cancels a run at `at`: it shows Canceling for `cancelingMs`, then Cancelled. Activities not yet
 * started never start (nor do the runs they would have executed, returned so the caller can drop
 * them); running ones stop when the run is Cancelled. A run already ended or cancelling is left be.
 */
export function cancelRun(run: PlannedRun, at: number, cancelingMs: number): string[] {
  if (at >= run.end || run.cancelRequestedAt !== undefined) return [];
  const neverStarted: string[] = [];
  run.cancelRequestedAt = at;
  run.status = 'Cancelled';
  run.end = Math.max(at, run.start) + cancelingMs;
  run.message = 'Cancelled by user.';
  for (let i = run.activities.length - 1; i >= 0; i--) {
    const activity = run.activities[i]!;
    if (activity.start >= at) {
      run.activities.splice(i, 1);
      const child = activity.output.pipelineRunId;
      if (activity.activityType.toLowerCase() === 'executepipeline' && typeof child === 'string') neverStarted.push(child);
    } else if (activity.end > at) {
      activity.end = run.end;
      activity.status = 'Cancelled';
      // ExecutePipeline still names the run it started.
      if (activity.activityType.toLowerCase() !== 'executepipeline') activity.output = {};
      activity.error = { errorCode: '', message: 'Activity was cancelled by user.', failureType: 'UserError', target: activity.activityName, details: '' };
    }
  }
  return neverStarted;
}
