import { enclosingContainers, pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import type { Rule } from '../../rule.js';

const LOOPS = new Set(['foreach', 'until']);
const article = (word: string | undefined) => (/^[aeiou]/i.test(word ?? '') ? `an ${word}` : `a ${word ?? ''}`);
const BRANCHES = new Set(['ifcondition', 'switch']);

/**
 * The nesting rules of container activities: a ForEach or Until holds no other loop; an
 * IfCondition or Switch holds no container at all; a Validation activity sits in no container.
 */
export const containerNestingRule: Rule = {
  id: 'adf/container-nesting',
  armTtk: null,
  severity: 'error',
  description: 'Move the nested container (or Validation) activity into its own pipeline and call it with an Execute Pipeline activity.',
  helpUri: ADF_DOCS.nested,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        const container = activity.scope.container;
        if (!container) continue;
        const type = (activity.type ?? '').toLowerCase();
        const outer = (container.type ?? '').toLowerCase();
        let problem: string | undefined;
        if (type === 'validation') problem = 'a Validation activity cannot be placed inside a container activity';
        else if (LOOPS.has(type) && enclosingContainers(activity).some((c) => LOOPS.has((c.type ?? '').toLowerCase()))) problem = `${article(activity.type)} loop cannot be nested inside a ForEach or Until loop`;
        else if ((LOOPS.has(type) || BRANCHES.has(type)) && BRANCHES.has(outer)) problem = `${article(container.type)} activity cannot contain ${article(activity.type)} activity`;
        if (problem) {
          context.report(pipeline.document, activity.nameNode ?? activity.node, `Activity '${activity.name ?? ''}' is inside '${container.name ?? ''}': ${problem}. Move it into another pipeline and call that with Execute Pipeline.`);
        }
      }
    }
  },
};
