import { isResolved } from '../../datafactory/arm-strings.js';
import { dependenciesOf, pipelineGraph, siblingNamed, type ActivityNode } from '../../datafactory/activity-graph.js';
import { closestName } from '../../datafactory/closest-name.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import type { Rule } from '../../rule.js';

/** What to do about a name no sibling has: the sibling it is likely a typo of, when one is close. */
function typoHint(activity: ActivityNode, name: string): string {
  const siblings = activity.scope.activities.filter((a) => a !== activity && a.name !== undefined).map((a) => a.name!);
  const closest = closestName(name, siblings);
  return closest ? `did you mean '${closest}'? Fix the name or remove the entry.` : 'fix the name or remove the entry.';
}

/** `dependsOn` may only name activities of the same list: a missing or out-of-scope name fails the deployment with InvalidTemplate. */
export const dependsOnExistsRule: Rule = {
  id: 'adf/depends-on-exists',
  armTtk: null,
  severity: 'error',
  description: "Make each dependsOn entry name an activity of the same list (the pipeline's activities, or the same container branch).",
  helpUri: ADF_DOCS.pipelines,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      const graph = pipelineGraph(pipeline);
      for (const activity of graph.all) {
        for (const dependency of dependenciesOf(activity, pipeline)) {
          if (dependency.activity === undefined) {
            context.report(pipeline.document, dependency.activityNode ?? dependency.entry, `A dependsOn entry of activity '${activity.name ?? '(unnamed)'}' has no 'activity' name; name the activity it waits for.`);
            continue;
          }
          const name = dependency.activity;
          if (!isResolved(name) || siblingNamed(activity.scope, name)) continue;
          const elsewhere = graph.all.find((a) => a.name?.toLowerCase() === name.toLowerCase());
          const where = activity.scope.container ? `inside '${activity.scope.container.name ?? ''}' (${activity.scope.branch})` : 'at the top level of the pipeline';
          const message = elsewhere
            ? `Activity '${activity.name ?? ''}' depends on '${name}', which is not in the same list (${where}); an activity can only depend on its siblings. Move one of them or drop the dependency.`
            : `Activity '${activity.name ?? ''}' depends on '${name}', but no activity of that name exists ${where}; ${typoHint(activity, name)}`;
          context.report(pipeline.document, dependency.activityNode, message);
        }
      }
    }
  },
};
