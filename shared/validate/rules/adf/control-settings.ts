import { activityValue, isDeactivated, pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind, type AdfObject } from '../../datafactory/factory-model.js';
import { isBooleanLike, isComputedValue, shown, timeSpanProblem, wholeNumber } from '../../datafactory/literal-values.js';
import { dig, prop } from '../../json-nav.js';
import { rawProp } from '../../lazy-json-tree.js';
import type { Rule } from '../../rule.js';

/** What one setting must hold. */
type Expect = 'timeSpan' | 'seconds' | 'bytes' | 'boolean';

/**
 * The settings of the waiting control activities that the Data Factory REST contract types, by
 * activity type (lower case): each is a literal of that kind or an expression.
 */
const SETTINGS: ReadonlyMap<string, readonly { name: string; expect: Expect }[]> = new Map([
  ['until', [{ name: 'timeout', expect: 'timeSpan' }]],
  [
    'validation',
    [
      { name: 'timeout', expect: 'timeSpan' },
      { name: 'sleep', expect: 'seconds' },
      { name: 'minimumSize', expect: 'bytes' },
      { name: 'childItems', expect: 'boolean' },
    ],
  ],
  ['wait', [{ name: 'waitTimeInSeconds', expect: 'seconds' }]],
]);

/** What is wrong with one literal setting, or undefined. */
function settingProblem(expect: Expect, value: unknown): string | undefined {
  switch (expect) {
    case 'timeSpan':
      return timeSpanProblem(value);
    case 'seconds':
    case 'bytes': {
      const count = wholeNumber(value);
      if (count !== undefined && count >= 0) return undefined;
      return `is ${shown(value)}; write a whole number of ${expect === 'seconds' ? 'seconds' : 'bytes'}, 0 or more, or an expression`;
    }
    case 'boolean':
      return isBooleanLike(value) ? undefined : `is ${shown(value)}; use true or false, or an expression`;
  }
}

/** The problems of one activity's settings, from its parsed typeProperties. */
export function controlSettingProblems(object: AdfObject, activityName: string, type: string, typeProperties: unknown): { at: string; message: string }[] {
  const settings = SETTINGS.get(type.toLowerCase());
  if (settings === undefined || typeof typeProperties !== 'object' || typeProperties === null || Array.isArray(typeProperties)) return [];
  const problems: { at: string; message: string }[] = [];
  for (const setting of settings) {
    const value = rawProp(typeProperties, setting.name);
    if (value === undefined || value === null || isComputedValue(object.factory, value)) continue;
    const problem = settingProblem(setting.expect, value);
    if (problem !== undefined) problems.push({ at: setting.name, message: `Activity '${activityName}' (${type}): ${setting.name} ${problem}.` });
  }
  return problems;
}

/**
 * The waiting control activities take typed settings the service checks when the pipeline is
 * published: an Until's and a Validation's timeout is a `[d.]hh:mm:ss` time span, a Wait's
 * waitTimeInSeconds and a Validation's sleep and minimumSize are whole numbers, a Validation's
 * childItems is a boolean (the contract's UntilActivity, ValidationActivity and WaitActivity).
 */
export const controlSettingsRule: Rule = {
  id: 'adf/control-settings',
  armTtk: null,
  severity: 'error',
  description: "Write an Until's or Validation's timeout as [d.]hh:mm:ss, a Wait's waitTimeInSeconds and a Validation's sleep and minimumSize as whole numbers, and childItems as true or false.",
  helpUri: ADF_DOCS.until,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        if (typeof activity.type !== 'string' || !SETTINGS.has(activity.type.toLowerCase()) || isDeactivated(activity)) continue;
        for (const problem of controlSettingProblems(pipeline, activity.name ?? '(unnamed)', activity.type, activityValue(activity, 'typeProperties'))) {
          context.report(pipeline.document, prop(dig(activity.node, 'typeProperties'), problem.at) ?? activity.nameNode, problem.message);
        }
      }
    }
  },
};
