import { isInsideDeactivated } from '../../datafactory/activity-graph.js';
import { isResolved } from '../../datafactory/arm-strings.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject, kindWord } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, findObject, type AdfObject } from '../../datafactory/factory-model.js';
import { declaredParameters, hasDefault, hasName } from '../../datafactory/parameters.js';
import { referenceSites, type ReferenceSite } from '../../datafactory/references.js';
import { prop, valueOf, type JsonProperty } from '../../json-nav.js';
import { rawProp, rawPropertyName } from '../../lazy-json-tree.js';
import type { Rule } from '../../rule.js';

/** The `parameters` a reference passes, as parsed; undefined when it has none. */
function passed(site: ReferenceSite): unknown {
  return site.raw !== undefined ? rawProp(site.raw, 'parameters') : valueOf(prop(site.node, 'parameters'));
}

const REQUIRED = new WeakMap<AdfObject, JsonProperty[]>();

/** The parameters an object declares without a default value (listed once per object: it may be referenced thousands of times). */
function requiredParameters(object: AdfObject): JsonProperty[] {
  let found = REQUIRED.get(object);
  if (found === undefined) REQUIRED.set(object, (found = declaredParameters(object).filter((p) => !hasDefault(p.value))));
  return found;
}

/**
 * A reference to a parameterised dataset or linked service supplies every parameter the object
 * declares without a default value: nothing else can, and the run fails when the object reads
 * it (`dataset().folder` cannot be evaluated). Pipelines called by triggers and Execute Pipeline
 * are `adf/required-parameters`; data flows declare their parameters in their script, not here.
 * The datasets of a data flow's sources and sinks take their values from the Execute Data Flow
 * activity that runs it (`datasetParameters`, by source or sink name), not from the reference.
 */
export const referenceParametersRule: Rule = {
  id: 'adf/reference-parameters',
  armTtk: null,
  severity: 'error',
  description: 'Pass every parameter that a referenced dataset or linked service declares without a default value, under the reference\'s parameters.',
  helpUri: ADF_DOCS.parameters,
  check(context) {
    for (const site of referenceSites(factoryModel(context))) {
      const { object, target, name } = site;
      if ((target !== 'dataset' && target !== 'linkedService') || name === undefined || !isResolved(name) || object.factory.source === 'file' || object.kind === 'dataflow') continue;
      const referenced = findObject(object.factory, target, name);
      if (referenced === undefined) continue; // adf/reference-exists reports it
      const required = requiredParameters(referenced);
      if (required.length === 0) continue;
      const given = passed(site);
      // An expression or a template value: what it passes is not known here.
      if (given !== undefined && given !== null && (typeof given !== 'object' || Array.isArray(given))) continue;
      let missing: JsonProperty[] | undefined;
      for (const parameter of required) if (rawPropertyName(given, parameter.name) === undefined) (missing ??= []).push(parameter);
      if (missing === undefined) continue;
      // A deactivated activity is published without being checked; it may be left unfinished.
      if (object.kind === 'pipeline' && isInsideDeactivated(site.node)) continue;
      const declared = declaredParameters(referenced);
      const undeclared = given ? Object.keys(given).filter((n) => !hasName(declared, n)) : [];
      for (const parameter of missing) {
        const typo = closestName(parameter.name, undeclared);
        const hint = typo !== undefined ? ` It passes '${typo}', which the ${kindWord(target)} does not declare: is that it?` : '';
        context.report(
          object.document,
          prop(site.node, 'parameters') ?? site.nameNode,
          `${describeObject(object)} references ${kindWord(target)} '${name}' without its parameter '${parameter.name}', which has no default value; pass it under the reference's parameters, or give the parameter a default.${hint}`,
        );
      }
    }
  },
};
