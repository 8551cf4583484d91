import type { Node } from 'jsonc-parser';
import { callsWithStringArgument } from '../../datafactory/adf-expression.js';
import { enclosingContainers, isUpstream, pipelineGraph, type ActivityNode } from '../../datafactory/activity-graph.js';
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
 * Where a dependsOn chain cannot reach the activity read: inside a container around it that is
 * not around the reader (no activity outside a ForEach, If, Switch or Until sees the ones inside),
 * or in another branch of a container around both.
 */
function outOfReach(reader: ActivityNode, read: ActivityNode): { container: ActivityNode; branch: boolean } | undefined {
  // The reader itself counts as around: an Until's condition reads its own list, not deeper.
  const around = new Set([reader, ...enclosingContainers(reader)]);
  let outermost: ActivityNode | undefined;
  for (const container of enclosingContainers(read)) {
    if (around.has(container)) break;
    outermost = container;
  }
  if (outermost !== undefined) return { container: outermost, branch: false };
  const container = read.scope.container;
  if (container === undefined || container === reader) return undefined;
  // Both inside the same container: the branch the read one is in must be around the reader.
  for (let at: ActivityNode = reader; at.scope.container !== undefined; at = at.scope.container) {
    if (at.scope === read.scope) return undefined;
  }
  return { container, branch: true };
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
        const target = pipelineGraph(site.object).all.find((a) => a.name?.toLowerCase() === name);
        const reader = `Activity '${site.activity.name ?? ''}' reads activity('${argument.value}')`;
        if (target === undefined) {
          report(`${reader}, but the pipeline has no activity of that name; fix the name.`);
          continue;
        }
        const apart = outOfReach(site.activity, target);
        report(
          apart === undefined
            ? `${reader}, which does not run before it; add a dependsOn chain from '${argument.value}' to '${site.activity.name ?? ''}' (in the same list, or to the container around it).`
            : apart.branch
              ? `${reader}, which is in another branch of ${apart.container.type ?? 'container'} '${apart.container.name ?? ''}': only one branch runs, so this one cannot read it.`
              : `${reader}, which runs inside ${apart.container.type ?? 'container'} '${apart.container.name ?? ''}'; activities outside it cannot read it: read it inside '${apart.container.name ?? ''}', or have an activity there set a variable to read.`,
        );
      }
    }
  },
};
