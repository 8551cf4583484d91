import { activityValue, isDeactivated, pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmText, objectsOfKind, type AdfObject } from '../../datafactory/factory-model.js';
import { isBooleanLike, isComputedValue, shown, timeSpanProblem, wholeNumber } from '../../datafactory/literal-values.js';
import { dig, prop } from '../../json-nav.js';
import { rawProp } from '../../lazy-json-tree.js';
import type { Rule } from '../../rule.js';

/** The bounds of `retryIntervalInSeconds` in the Data Factory REST contract (ActivityPolicy). */
export const RETRY_INTERVAL_MIN = 30;
export const RETRY_INTERVAL_MAX = 86_400;

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
  if (timeout !== undefined && timeout !== null && !isComputedValue(object.factory, timeout)) {
    const problem = timeSpanProblem(timeout);
    if (problem !== undefined) problems.push({ at: 'timeout', message: `${label}: policy.timeout ${problem}.` });
  }

  const retry = value('retry');
  if (retry !== undefined && retry !== null && !isComputedValue(object.factory, retry)) {
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
    if (flag === undefined || flag === null || isBooleanLike(flag) || isArmText(object.factory, flag)) continue;
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
        // A deactivated activity is published without being checked; it may be left unfinished.
        if (isDeactivated(activity)) continue;
        for (const problem of policyProblems(pipeline, activity.name ?? '', activityValue(activity, 'policy'))) {
          const policy = dig(activity.node, 'policy');
          context.report(pipeline.document, (problem.at === undefined ? policy : prop(policy, problem.at)) ?? activity.nameNode, problem.message);
        }
      }
    }
  },
};
