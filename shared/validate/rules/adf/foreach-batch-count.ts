import { pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmValue, objectsOfKind } from '../../datafactory/factory-model.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import { jsonTypeWords } from '../../../report/words.js';
import type { Rule } from '../../rule.js';

export const MAX_BATCH_COUNT = 50;

/** A parallel ForEach runs at most 50 iterations at once; batchCount is a whole number from 1 to 50. */
export const forEachBatchCountRule: Rule = {
  id: 'adf/foreach-batch-count',
  armTtk: null,
  severity: 'error',
  description: 'Set the ForEach batchCount to a whole number from 1 to 50.',
  helpUri: ADF_DOCS.forEach,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        if ((activity.type ?? '').toLowerCase() !== 'foreach') continue;
        const node = dig(activity.node, 'typeProperties', 'batchCount');
        if (!node || isArmValue(pipeline.factory, node)) continue;
        const value = node.value;
        if (node.type === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_BATCH_COUNT) continue;
        // The service types batchCount as a plain integer: an expression is not evaluated there.
        const expression = node.type === 'object' ? stringOf(prop(node, 'type'))?.toLowerCase() === 'expression' : node.type === 'string' && String(value).startsWith('@');
        const name = activity.name ?? '';
        context.report(
          pipeline.document,
          node,
          expression
            ? `ForEach '${name}' sets batchCount with an expression, which Data Factory does not evaluate there; write a whole number from 1 to ${MAX_BATCH_COUNT}.`
            : `ForEach '${name}' has ${node.type === 'object' || node.type === 'array' ? `${jsonTypeWords(node.type)} as batchCount` : `batchCount ${JSON.stringify(value)}`}; use a whole number from 1 to ${MAX_BATCH_COUNT}.`,
        );
      }
    }
  },
};
