import { activityValue, pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmText, objectsOfKind, type AdfObject } from '../../datafactory/factory-model.js';
import { dig, prop } from '../../json-nav.js';
import { rawProp } from '../../lazy-json-tree.js';
import type { Rule } from '../../rule.js';

/** The bounds of `retryIntervalInSeconds` in the Data Factory REST contract (ActivityPolicy). */
export const RETRY_INTERVAL_MIN = 30;
export const RETRY_INTERVAL_MAX = 86_400;

/**
 * A time span as .NET reads one in its constant form, `[d.]h:mm[:ss[.fffffff]]`. The contract
 * documents `[d.]hh:mm:ss`; the looser hours and seconds are what the service's parser also
 * takes, so they are not reported.
 */
const TIME_SPAN = /^(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?$/;
/** ISO 8601 durations and unit-suffixed numbers, written for a timeout often enough to be worth a precise message. */
const DURATION_LOOKALIKE = /^(P(?:T)?\d|\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?)$)/i;

/** Whether a value is computed (a Data Factory expression, or an ARM expression in a template): not judged here. */
function isComputed(object: AdfObject, value: unknown): boolean {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  return typeof value === 'string' && (value.startsWith('@') || isArmText(object.factory, value));
}

/** What is wrong with a literal timeout, or undefined when it is a time span. */
function timeoutProblem(value: unknown): string | undefined {
  const example = 'for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day';
  if (typeof value !== 'string') return `is ${JSON.stringify(value)}, not a time span; write it as a string [d.]hh:mm:ss, ${example}`;
  const match = TIME_SPAN.exec(value);
  if (match === null) {
    const hint = DURATION_LOOKALIKE.test(value.trim()) ? 'Data Factory does not read ISO 8601 durations or unit suffixes; ' : '';
    return `"${value}" is not a time span; ${hint}write it as [d.]hh:mm:ss, ${example}`;
  }
  const [, , hours, minutes, seconds] = match;
  if (Number(hours) > 23) return `"${value}" has ${Number(hours)} hours; hours run from 0 to 23, so write a day or more with a day count, ${example}`;
  // The contract's pattern takes 60 for minutes and seconds.
  if (Number(minutes) > 60 || (seconds !== undefined && Number(seconds) > 60)) return `"${value}" has more than 60 minutes or seconds; write it as [d.]hh:mm:ss, ${example}`;
  return undefined;
}

/** A whole number written as a JSON number, or as a string of digits (which the service's JSON reader also takes). */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** A value for a message: JSON for literals, its kind for containers. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(value);
}

/** The problems of one activity's policy, read from its parsed value: where (a path under the policy, empty for the policy itself) and what. */
export function policyProblems(object: AdfObject, activityName: string, policy: unknown): { at: string | undefined; message: string }[] {
  if (policy === undefined || policy === null || isArmText(object.factory, policy)) return [];
  const label = `Activity '${activityName}'`;
  if (typeof policy !== 'object' || Array.isArray(policy)) {
    return [{ at: undefined, message: `${label} has a policy that is not an object; write it as { "timeout": "0.12:00:00", "retry": 0, "retryIntervalInSeconds": 30 }.` }];
  }
  const problems: { at: string; message: string }[] = [];
  const value = (name: string) => rawProp(policy, name);

  const timeout = value('timeout');
  if (timeout !== undefined && timeout !== null && !isComputed(object, timeout)) {
    const problem = timeoutProblem(timeout);
    if (problem !== undefined) problems.push({ at: 'timeout', message: `${label}: policy.timeout ${problem}.` });
  }

  const retry = value('retry');
  if (retry !== undefined && retry !== null && !isComputed(object, retry)) {
    const count = wholeNumber(retry);
    if (count === undefined || count < 0) {
      problems.push({ at: 'retry', message: `${label}: policy.retry is ${shown(retry)}; it counts the retries after a failure, so use a whole number, 0 or more (0, the default, means no retry).` });
    }
  }

  // The contract types it as a plain integer: an expression is not taken here.
  const interval = value('retryIntervalInSeconds');
  if (interval !== undefined && interval !== null && !isArmText(object.factory, interval)) {
    const seconds = wholeNumber(interval);
    if (seconds === undefined || seconds < RETRY_INTERVAL_MIN || seconds > RETRY_INTERVAL_MAX) {
      const what = typeof interval === 'string' && interval.startsWith('@') ? 'an expression' : shown(interval);
      problems.push({
        at: 'retryIntervalInSeconds',
        message: `${label}: policy.retryIntervalInSeconds is ${what}; it takes a whole number of seconds from ${RETRY_INTERVAL_MIN} to ${RETRY_INTERVAL_MAX} (a day), written as a number. The default is 30.`,
      });
    }
  }

  for (const name of ['secureInput', 'secureOutput']) {
    const flag = value(name);
    if (flag === undefined || flag === null || typeof flag === 'boolean' || isArmText(object.factory, flag)) continue;
    if (typeof flag === 'string' && /^(true|false)$/i.test(flag)) continue;
    problems.push({ at: name, message: `${label}: policy.${name} is ${shown(flag)}; use true or false.` });
  }
  return problems;
}

/**
 * An activity's policy holds values the service checks when the pipeline is published or run: the
 * timeout as a time span, retry as a count, retryIntervalInSeconds from 30 to 86,400 (the
 * ActivityPolicy contract in the Data Factory REST API), and two flags.
 */
export const activityPolicyRule: Rule = {
  id: 'adf/activity-policy',
  armTtk: null,
  severity: 'error',
  description: 'Write an activity policy timeout as [d.]hh:mm:ss, retry as a whole number of 0 or more, and retryIntervalInSeconds as 30 to 86400 seconds.',
  helpUri: ADF_DOCS.activityPolicy,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        for (const problem of policyProblems(pipeline, activity.name ?? '', activityValue(activity, 'policy'))) {
          const policy = dig(activity.node, 'policy');
          context.report(pipeline.document, (problem.at === undefined ? policy : prop(policy, problem.at)) ?? activity.nameNode, problem.message);
        }
      }
    }
  },
};
