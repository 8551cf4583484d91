import type { Node } from 'jsonc-parser';
import { callsWithStringArgument } from '../../datafactory/adf-expression.js';
import { isUpstream, pipelineGraph } from '../../datafactory/activity-graph.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites, type ExpressionSite } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/**
 * Whether the expression is an Until's condition and `name` (lowercase) one of the activities the
 * Until runs: the condition is evaluated after each pass of the loop, so it reads them as they
 * ended (`@equals(activity('Poll').output.status, 'Done')`).
 */
function readsOwnLoop(site: ExpressionSite, name: string): boolean {
  const until = site.activity;
  if (until === undefined || until.type?.toLowerCase() !== 'until') return false;
  const keys: string[] = [];
  for (let node: Node | undefined = site.node; node !== undefined && node !== until.node; node = node.parent) {
    if (node.type === 'property') keys.unshift(String(node.children?.[0]?.value).toLowerCase());
  }
  if (keys[0] !== 'typeproperties' || keys[1] !== 'expression') return false;
  const loop = pipelineGraph(site.object).scopes.find((scope) => scope.container === until);
  return loop !== undefined && loop.activities.some((a) => a.name?.toLowerCase() === name);
}

/**
 * `activity('A')` reads an activity that has run before this one: upstream through dependsOn, in
 * this list or around a container, or, in an Until's condition, one the Until runs.
 */
export const expressionActivityRule: Rule = {
  id: 'adf/expression-activity',
  armTtk: null,
  severity: 'error',
  description: "Make the activity that reads activity('A') depend on A (directly or through other activities), or fix the name.",
  helpUri: ADF_DOCS.expressions,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      for (const call of callsWithStringArgument(site.parsed, 'activity')) {
        const argument = call.args[0];
        const report = (message: string) => reportInString(context, site.object.document, site.node, argument.start, message);
        if (site.object.kind !== 'pipeline' || !site.activity) {
          report(`activity('${argument.value}') can only be used inside an activity of a pipeline; here ${describeObject(site.object).replace(/^./, (c) => c.toLowerCase())} has no activity to read from.`);
          continue;
        }
        const name = argument.value.toLowerCase();
        if (isUpstream(site.activity, name, site.object) || readsOwnLoop(site, name)) continue;
        const exists = pipelineGraph(site.object).all.some((a) => a.name?.toLowerCase() === name);
        report(
          exists
            ? `Activity '${site.activity.name ?? ''}' reads activity('${argument.value}'), which does not run before it; add a dependsOn chain from '${argument.value}' to '${site.activity.name ?? ''}' (in the same list, or to the container around it).`
            : `Activity '${site.activity.name ?? ''}' reads activity('${argument.value}'), but the pipeline has no activity of that name; fix the name.`,
        );
      }
    }
  },
};
