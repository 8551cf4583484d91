import { dependencyTargets, mayHaveCycle, pipelineGraph, type ActivityNode } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import type { Rule } from '../../rule.js';

/** Activities of one list may not wait on each other in a circle (an activity depending on itself included). */
export const dependencyCycleRule: Rule = {
  id: 'adf/dependency-cycle',
  armTtk: null,
  severity: 'error',
  description: 'Break the dependsOn cycle so the activities can run in some order.',
  helpUri: ADF_DOCS.pipelines,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const scope of pipelineGraph(pipeline).scopes) {
        if (!mayHaveCycle(scope, pipeline)) continue;
        const state = new Map<ActivityNode, 'open' | 'done'>();
        const reported = new Set<ActivityNode>();
        const visit = (start: ActivityNode) => {
          // Iterative depth-first search; the path is kept to name the cycle.
          const path: { activity: ActivityNode; next: number; edges: readonly ActivityNode[] }[] = [];
          const push = (activity: ActivityNode) => {
            state.set(activity, 'open');
            path.push({ activity, next: 0, edges: dependencyTargets(activity, pipeline) });
          };
          push(start);
          while (path.length > 0) {
            const top = path[path.length - 1]!;
            if (top.next >= top.edges.length) {
              state.set(top.activity, 'done');
              path.pop();
              continue;
            }
            const target = top.edges[top.next++]!;
            const targetState = state.get(target);
            if (targetState === undefined) {
              push(target);
            } else if (targetState === 'open') {
              const from = path.findIndex((p) => p.activity === target);
              const cycle = path.slice(from).map((p) => p.activity);
              if (cycle.some((a) => reported.has(a))) continue;
              cycle.forEach((a) => reported.add(a));
              const names = [...cycle, target].map((a) => `'${a.name ?? ''}'`).join(' -> ');
              context.report(pipeline.document, target.nameNode ?? target.node, `Activities wait on each other in a cycle (${names} via dependsOn); none of them can start. Remove one dependency.`);
            }
          }
        };
        for (const activity of scope.activities) if (!state.has(activity)) visit(activity);
      }
    }
  },
};
