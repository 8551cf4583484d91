import { activityValue, enclosingContainers, pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import { dig } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/**
 * Variables belong to the whole pipeline run, not to one iteration: a Set Variable inside a
 * ForEach whose iterations run in parallel (isSequential false, the default) races with itself,
 * and each iteration may read another's value. The ForEach documentation lists it as a limitation.
 */
export const forEachParallelVariablesRule: Rule = {
  id: 'adf/foreach-parallel-variables',
  armTtk: null,
  severity: 'warning',
  description: 'Run the ForEach sequentially (isSequential: true), or move the Set Variable into a pipeline the loop calls with Execute Pipeline.',
  helpUri: ADF_DOCS.forEach,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        if (activity.type?.toLowerCase() !== 'setvariable' || activityValue(activity, 'typeProperties', 'setSystemVariable') === true) continue;
        const loop = enclosingContainers(activity).find((c) => {
          if (c.type?.toLowerCase() !== 'foreach') return false;
          const sequential = activityValue(c, 'typeProperties', 'isSequential');
          return sequential === false || sequential === undefined;
        });
        if (loop === undefined) continue;
        const variable = activityValue(activity, 'typeProperties', 'variableName');
        const what = typeof variable === 'string' ? `variable '${variable}'` : 'a variable';
        context.report(
          pipeline.document,
          dig(activity.node, 'typeProperties', 'variableName') ?? activity.nameNode,
          `Set Variable '${activity.name ?? ''}' sets ${what} inside ForEach '${loop.name ?? ''}', whose iterations run in parallel; variables belong to the whole run, so iterations overwrite each other. Set isSequential to true, or move the work into a pipeline run by Execute Pipeline.`,
        );
      }
    }
  },
};
