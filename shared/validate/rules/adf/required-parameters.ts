import type { Node } from 'jsonc-parser';
import { isResolved } from '../../datafactory/arm-strings.js';
import { isDeactivated, pipelineGraph } from '../../datafactory/activity-graph.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, findObject, textOf, type AdfObject } from '../../datafactory/factory-model.js';
import { declaredParameters, hasDefault } from '../../datafactory/parameters.js';
import { dig, elements, prop, properties } from '../../json-nav.js';
import type { Rule, RuleContext } from '../../rule.js';

/** Checks one call of a pipeline: the parameters without a default are given, and only declared ones are. */
function checkCall(context: RuleContext, caller: AdfObject, reference: Node | undefined, parameters: Node | undefined, what: string): void {
  const name = textOf(caller.factory, prop(reference, 'referenceName'));
  if (name === undefined || !isResolved(name) || caller.factory.source === 'file') return;
  const pipeline = findObject(caller.factory, 'pipeline', name);
  if (!pipeline) return; // adf/reference-exists reports it
  const declared = declaredParameters(pipeline);
  const given = properties(parameters);
  const givenNames = new Set(given.map((g) => g.name.toLowerCase()));
  // One finding per parameter, though they share a place: fixing some of them then leaves the
  // others' findings as they were, which a baseline (and a code-scanning alert) can follow.
  for (const parameter of declared) {
    if (hasDefault(parameter.value) || givenNames.has(parameter.name.toLowerCase())) continue;
    context.report(caller.document, parameters ?? reference, `${what} runs pipeline '${name}' without its parameter '${parameter.name}', which has no default value; supply it under parameters.`);
  }
  const declaredNames = new Set(declared.map((d) => d.name.toLowerCase()));
  for (const extra of given) {
    if (!declaredNames.has(extra.name.toLowerCase())) {
      context.report(caller.document, extra.key, `${what} passes parameter '${extra.name}' to pipeline '${name}', which declares no such parameter; remove it or declare it in the pipeline.`);
    }
  }
}

/** Triggers and Execute Pipeline activities supply every pipeline parameter that has no default, and no undeclared ones. */
export const requiredParametersRule: Rule = {
  id: 'adf/required-parameters',
  armTtk: null,
  severity: 'error',
  description: 'Pass every parameter without a default value when a trigger or an Execute Pipeline activity starts a pipeline, and only declared parameters.',
  helpUri: ADF_DOCS.triggers,
  check(context) {
    for (const object of factoryModel(context).objects) {
      if (object.kind === 'trigger') {
        const single = prop(object.properties, 'pipeline');
        const entries = single ? [single] : elements(prop(object.properties, 'pipelines'));
        for (const entry of entries) checkCall(context, object, prop(entry, 'pipelineReference'), prop(entry, 'parameters'), describeObject(object));
      } else if (object.kind === 'pipeline') {
        for (const activity of pipelineGraph(object).all) {
          // A deactivated activity is published without being checked; it may be left unfinished.
          if ((activity.type ?? '').toLowerCase() !== 'executepipeline' || isDeactivated(activity)) continue;
          checkCall(context, object, dig(activity.node, 'typeProperties', 'pipeline'), dig(activity.node, 'typeProperties', 'parameters'), `Activity '${activity.name ?? ''}'`);
        }
      }
    }
  },
};
