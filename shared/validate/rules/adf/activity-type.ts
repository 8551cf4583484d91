import { pipelineGraph } from '../../datafactory/activity-graph.js';
import { ACTIVITY_TYPES, knownActivityType } from '../../datafactory/activity-types.js';
import { closestName } from '../../datafactory/closest-name.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmValue, objectsOfKind } from '../../datafactory/factory-model.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/**
 * An activity's type names one the service knows: a misspelt type (`Coppy`, `SetVariables`)
 * is refused when the pipeline is published. A warning, not an error: the service gains
 * activity types before mapp's list does.
 */
export const activityTypeRule: Rule = {
  id: 'adf/activity-type',
  armTtk: null,
  severity: 'warning',
  description: 'Give each activity a type Data Factory knows (Copy, Lookup, ForEach, SetVariable, ...), spelled as the service spells it.',
  helpUri: ADF_DOCS.pipelines,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        const type = activity.type;
        // A missing or non-string type is adf/object-shape's.
        if (type === undefined || knownActivityType(type, pipeline.factory.synapse === true) !== undefined) continue;
        const node = prop(activity.node, 'type');
        if (isArmValue(pipeline.factory, node)) continue;
        const closest = closestName(type, ACTIVITY_TYPES);
        const hint = closest !== undefined ? `did you mean '${closest}'?` : `the types are listed at ${ADF_DOCS.pipelines}.`;
        context.report(
          pipeline.document,
          node ?? activity.nameNode,
          `Activity '${activity.name ?? ''}' has type '${type}', which is not a Data Factory activity type; ${hint} If it is a type newer than mapp's list, skip the rule adf/activity-type.`,
        );
      }
    }
  },
};
