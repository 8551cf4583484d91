/**
 * How the stand-in's Data Factory runs behave: per-activity outcome and duration, copy results.
 * Read from the `--config` file's `scenario["data-factory"]`, replaced through the control API
 * (`PUT /_stand-in/data-factory/scenario`) or from code (`dataFactoryScenario(standIn)`).
 */

/** `Office365Unauthorised`: the copy fails the way it does while the app is not approved for Graph Data Connect. */
export type ActivityOutcome = 'Succeeded' | 'Failed' | 'Office365Unauthorised';

export interface ActivityScenario {
  readonly outcome?: ActivityOutcome;
  readonly durationMs?: number;
  /** Copy activities: replaces fields of the copy output (rowsRead, rowsCopied, filesWritten, dataWritten, ...). */
  readonly output?: Readonly<Record<string, unknown>>;
  /** Failed activities: the error to report instead of the default one. */
  readonly error?: { readonly errorCode?: string; readonly message?: string; readonly failureType?: string };
}

export interface DataFactoryScenario {
  /** Duration of an activity with no entry of its own. */
  readonly defaultDurationMs: number;
  /** Time a run stays Queued before it starts. */
  readonly queueMs: number;
  /** Time a cancelled run stays Canceling (running activities stop) before it is Cancelled. */
  readonly cancelingMs: number;
  /** Output of a successful copy with no entry of its own. */
  readonly copy: Readonly<Record<string, unknown>>;
  /** Keyed by `Pipeline/Activity` or by `Activity` alone (any pipeline), case-insensitively. */
  readonly activities: Readonly<Record<string, ActivityScenario>>;
}

export const DEFAULT_SCENARIO: DataFactoryScenario = {
  defaultDurationMs: 1000,
  queueMs: 0,
  cancelingMs: 1000,
  copy: { dataRead: 524288, dataWritten: 524288, filesRead: 0, filesWritten: 3, rowsRead: 1200, rowsCopied: 1200 },
  activities: {},
};

const OUTCOMES: readonly string[] = ['Succeeded', 'Failed', 'Office365Unauthorised'];

/** What is wrong with a scenario object, or undefined when it is usable. */
export function scenarioProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the data-factory scenario must be a JSON object';
  const record = value as Record<string, unknown>;
  for (const key of ['defaultDurationMs', 'queueMs', 'cancelingMs']) {
    if (record[key] !== undefined && (typeof record[key] !== 'number' || (record[key] as number) < 0)) return `${key} must be a number of milliseconds, 0 or more`;
  }
  const activities = record.activities ?? {};
  if (typeof activities !== 'object' || activities === null || Array.isArray(activities)) return 'activities must be an object keyed by Pipeline/Activity or Activity';
  for (const [name, entry] of Object.entries(activities)) {
    const e = entry as Record<string, unknown>;
    if (typeof e !== 'object' || e === null) return `activities.${name} must be an object`;
    if (e.outcome !== undefined && !OUTCOMES.includes(String(e.outcome))) return `activities.${name}.outcome must be one of ${OUTCOMES.join(', ')}`;
    if (e.durationMs !== undefined && (typeof e.durationMs !== 'number' || e.durationMs < 0)) return `activities.${name}.durationMs must be a number of milliseconds`;
  }
  return undefined;
}

/** A scenario from config or the control API, over the defaults. */
export function resolveScenario(value: unknown): DataFactoryScenario {
  if (value === undefined) return DEFAULT_SCENARIO;
  const problem = scenarioProblem(value);
  if (problem) throw new Error(`stand-in config scenario["data-factory"]: ${problem}`);
  const given = value as Partial<DataFactoryScenario>;
  return {
    defaultDurationMs: given.defaultDurationMs ?? DEFAULT_SCENARIO.defaultDurationMs,
    queueMs: given.queueMs ?? DEFAULT_SCENARIO.queueMs,
    cancelingMs: given.cancelingMs ?? DEFAULT_SCENARIO.cancelingMs,
    copy: { ...DEFAULT_SCENARIO.copy, ...(given.copy ?? {}) },
    activities: given.activities ?? {},
  };
}

/** The entry for an activity of a pipeline: `Pipeline/Activity` first, then `Activity`. */
export function activityScenario(scenario: DataFactoryScenario, pipeline: string, activity: string): ActivityScenario {
  const wanted = [`${pipeline}/${activity}`.toLowerCase(), activity.toLowerCase()];
  for (const key of wanted) {
    const found = Object.entries(scenario.activities).find(([name]) => name.toLowerCase() === key);
    if (found) return found[1];
  }
  return {};
}
