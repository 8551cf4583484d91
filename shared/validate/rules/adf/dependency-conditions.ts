import { dependenciesOf, pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import { elements, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

const CONDITIONS = ['Succeeded', 'Failed', 'Skipped', 'Completed'];

/** Each dependency lists one or more of Succeeded, Failed, Skipped and Completed. */
export const dependencyConditionsRule: Rule = {
  id: 'adf/dependency-conditions',
  armTtk: null,
  severity: 'error',
  description: 'Give each dependsOn entry a dependencyConditions array of Succeeded, Failed, Skipped or Completed.',
  helpUri: ADF_DOCS.pipelines,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        for (const dependency of dependenciesOf(activity, pipeline)) {
          // Built only for a finding: most dependencies are fine.
          const on = () => `The dependency of '${activity.name ?? ''}' on '${dependency.activity ?? ''}'`;
          const conditions = dependency.conditions;
          if (conditions === undefined || conditions.length === 0) {
            context.report(pipeline.document, dependency.conditionsNode ?? dependency.entry, `${on()} has no dependencyConditions; list one or more of ${CONDITIONS.join(', ')}.`);
            continue;
          }
          for (let i = 0; i < conditions.length; i++) {
            const raw = conditions[i];
            const value = typeof raw === 'string' ? raw : undefined;
            if (value !== undefined && CONDITIONS.includes(value)) continue;
            // The node is made for the finding only.
            const condition = elements(dependency.conditionsNode)[i];
            const fixed = value && CONDITIONS.find((c) => c.toLowerCase() === value.toLowerCase());
            const hint = fixed ? ` Write it as '${fixed}'.` : '';
            context.report(pipeline.document, condition, `${on()} has condition ${value === undefined ? 'that is not a string' : `'${value}'`}; use ${CONDITIONS.join(', ')}.${hint}`);
          }
        }
      }
    }
  },
};
