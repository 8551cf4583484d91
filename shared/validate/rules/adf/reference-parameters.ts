import { activityValue, isDeactivated, isInsideDeactivated, pipelineGraph, type ActivityNode } from '../../datafactory/activity-graph.js';
import { isResolved } from '../../datafactory/arm-strings.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject, kindWord } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, findObject, objectsOfKind, textOf, type AdfObject } from '../../datafactory/factory-model.js';
import { declaredParameters, hasDefault, hasName } from '../../datafactory/parameters.js';
import { referenceSites, type ReferenceSite } from '../../datafactory/references.js';
import { dig, elements, prop, stringOf, valueOf, type JsonProperty } from '../../json-nav.js';
import { rawProp, rawPropertyName } from '../../lazy-json-tree.js';
import type { Rule, RuleContext } from '../../rule.js';

/** The `parameters` a reference passes, as parsed; undefined when it has none. */
function passed(site: ReferenceSite): unknown {
  return site.raw !== undefined ? rawProp(site.raw, 'parameters') : valueOf(prop(site.node, 'parameters'));
}

/**
 * Whether passed parameters are given some other way than as an object of name to value: an
 * expression or a template value, whose names are not known here.
 */
function isOpaque(given: unknown): boolean {
  return given !== undefined && given !== null && (typeof given !== 'object' || Array.isArray(given));
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
 * activity that runs it (`datasetParameters`, by source or sink name), not from the reference:
 * that activity is checked instead.
 */
export const referenceParametersRule: Rule = {
  id: 'adf/reference-parameters',
  armTtk: null,
  severity: 'error',
  description: "Pass every parameter that a referenced dataset or linked service declares without a default value, under the reference's parameters (a data flow's datasets: under the Execute Data Flow activity's datasetParameters).",
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
      if (isOpaque(given)) continue;
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
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      if (pipeline.factory.source === 'file') continue;
      for (const activity of pipelineGraph(pipeline).all) {
        if ((activity.type ?? '').toLowerCase() === 'executedataflow' && !isDeactivated(activity)) checkDataFlowRun(context, pipeline, activity);
      }
    }
  },
};

/** The datasets a data flow's sources and sinks read and write, by source or sink name. */
function flowDatasets(flow: AdfObject): { role: string; stream: string; dataset: AdfObject }[] {
  const found: { role: string; stream: string; dataset: AdfObject }[] = [];
  for (const [list, role] of [['sources', 'source'], ['sinks', 'sink']] as const) {
    for (const entry of elements(dig(flow.properties, 'typeProperties', list))) {
      const stream = stringOf(prop(entry, 'name'));
      const name = textOf(flow.factory, dig(entry, 'dataset', 'referenceName'));
      const dataset = name !== undefined && isResolved(name) ? findObject(flow.factory, 'dataset', name) : undefined;
      if (stream !== undefined && dataset !== undefined) found.push({ role, stream, dataset });
    }
  }
  return found;
}

/**
 * An Execute Data Flow activity passes the parameters without a default of the datasets its data
 * flow uses, under `dataflow.datasetParameters.<source or sink name>`: the flow's own references
 * cannot.
 */
function checkDataFlowRun(context: RuleContext, pipeline: AdfObject, activity: ActivityNode): void {
  const reference = activityValue(activity, 'typeProperties', 'dataflow');
  const name = rawProp(reference, 'referenceName');
  if (typeof name !== 'string' || !isResolved(name) || name.startsWith('@')) return;
  const flow = findObject(pipeline.factory, 'dataflow', name);
  if (flow === undefined) return; // adf/reference-exists reports it
  const datasets = flowDatasets(flow).filter((d) => requiredParameters(d.dataset).length > 0);
  if (datasets.length === 0) return;
  const all = rawProp(reference, 'datasetParameters');
  if (isOpaque(all)) return;
  for (const { role, stream, dataset } of datasets) {
    const given = all === undefined || all === null ? undefined : rawProp(all, stream);
    if (isOpaque(given)) continue;
    for (const parameter of requiredParameters(dataset)) {
      if (rawPropertyName(given, parameter.name) !== undefined) continue;
      const dataflowNode = dig(activity.node, 'typeProperties', 'dataflow');
      context.report(
        pipeline.document,
        prop(dataflowNode, 'datasetParameters') ?? dataflowNode ?? activity.nameNode,
        `Activity '${activity.name ?? ''}' runs data flow '${name}' without parameter '${parameter.name}' of dataset '${dataset.name ?? ''}' (its ${role} '${stream}'), which has no default value; pass it under dataflow.datasetParameters.${stream}, or give the parameter a default.`,
      );
    }
  }
}
