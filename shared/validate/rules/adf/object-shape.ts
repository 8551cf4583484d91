import type { Node } from 'jsonc-parser';
import { factoryModel, isArmText, isArmValue, type AdfObject } from '../../datafactory/factory-model.js';
import { shown } from '../../datafactory/literal-values.js';
import { activityValue, isDeactivated, isInsideDeactivated, pipelineGraph, type ActivityNode, type ActivityScope } from '../../datafactory/activity-graph.js';
import { activityShape, type ActivityShape } from '../../datafactory/activity-types.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { dig, elementAt, prop, properties, stringOf } from '../../json-nav.js';
import { rawProp } from '../../lazy-json-tree.js';
import { jsonTypeWords, jsonValueWords, orList } from '../../../report/words.js';
import type { Rule, RuleContext } from '../../rule.js';

type Report = (node: Node | undefined, message: string) => void;

function requireType(report: Report, object: AdfObject, node: Node | undefined, path: string, expected: Node['type']): Node | undefined {
  const found = prop(object.properties, path);
  if (found === undefined) report(node, `${describeObject(object)} has no properties.${path}; add it.`);
  else if (found.type !== expected) report(found, `${describeObject(object)}: properties.${path} must be ${jsonTypeWords(expected)}.`);
  return found;
}

function checkPipeline(report: Report, object: AdfObject): void {
  requireType(report, object, object.properties, 'activities', 'array');
  for (const section of ['parameters', 'variables']) {
    const declared = prop(object.properties, section);
    if (declared === undefined) continue;
    if (declared.type !== 'object') {
      report(declared, `${describeObject(object)}: properties.${section} must be an object of name to declaration.`);
      continue;
    }
    for (const entry of properties(declared)) {
      if (entry.value.type !== 'object' || prop(entry.value, 'type')?.type !== 'string') {
        report(entry.value, `${describeObject(object)}: ${section.slice(0, -1)} '${entry.name}' needs an object with a 'type'.`);
      }
    }
  }
  const graph = pipelineGraph(object);
  for (const scope of graph.scopes) checkEntries(report, object, scope);
  for (const activity of graph.all) {
    if (activity.name === undefined) report(activity.nameNode ?? activity.node, `${describeObject(object)} has an activity without a string 'name'; name it.`);
    if (typeof activity.type !== 'string') report(prop(activity.node, 'type') ?? activity.node, `Activity '${activity.name ?? '(unnamed)'}' has no string 'type' (Copy, ForEach, SetVariable, ...); add it.`);
    const dependsOn = activityValue(activity, 'dependsOn');
    if (dependsOn !== undefined && !Array.isArray(dependsOn)) report(prop(activity.node, 'dependsOn'), `Activity '${activity.name ?? '(unnamed)'}': dependsOn must be an array of { activity, dependencyConditions }.`);
    checkChoice(report, object, activity, 'state', ACTIVITY_STATES);
    checkChoice(report, object, activity, 'onInactiveMarkAs', INACTIVE_OUTCOMES);
    const shape = typeof activity.type === 'string' ? activityShape(activity.type) : undefined;
    // A deactivated activity (and what it holds) is saved and published without being validated, unfinished or not.
    if (shape !== undefined && !isDeactivated(activity)) checkActivityShape(report, object, activity, shape);
  }
}

/** The values of an activity's `state` (REST ActivityState), and of `onInactiveMarkAs`: how a deactivated activity ends. */
const ACTIVITY_STATES = ['Active', 'Inactive'];
const INACTIVE_OUTCOMES = ['Succeeded', 'Failed', 'Skipped'];

/** An activity setting that takes one of a few values (in any case) holds one of them. */
function checkChoice(report: Report, object: AdfObject, activity: ActivityNode, name: string, values: readonly string[]): void {
  const value = activityValue(activity, name);
  if (value === undefined || isArmText(object.factory, value)) return;
  if (typeof value === 'string' && values.some((v) => v.toLowerCase() === value.toLowerCase())) return;
  report(prop(activity.node, name), `Activity '${activity.name ?? '(unnamed)'}' has ${name} ${shown(value)}; use ${orList(values)}.`);
}

/** Every entry of a list of activities is an activity (an object); the graph passes over the others. */
function checkEntries(report: Report, object: AdfObject, scope: ActivityScope): void {
  const raw = scope.listRaw;
  const list = scope.listNode;
  const count = Array.isArray(raw) ? raw.length : list?.type === 'array' ? (list.children?.length ?? 0) : 0;
  if (count === 0 || (scope.container !== undefined && (isDeactivated(scope.container) || isInsideDeactivated(scope.container.node)))) return;
  for (let i = 0; i < count; i++) {
    const value = Array.isArray(raw) ? raw[i] : undefined;
    const isActivity = Array.isArray(raw) ? typeof value === 'object' && value !== null && !Array.isArray(value) : elementAt(list, i)?.type === 'object';
    if (isActivity) continue;
    const node = elementAt(list, i);
    const what = Array.isArray(raw) ? jsonValueWords(value) : jsonTypeWords(node?.type ?? 'value');
    const where = scope.container === undefined ? 'properties.activities' : `${scope.branch} of '${scope.container.name ?? '(unnamed)'}'`;
    report(node, `${describeObject(object)}: entry ${i + 1} of ${where} is ${what}, not an activity; remove it or make it an activity object.`);
  }
}

/** The properties an activity's type requires (`activityShape`), read from the parsed value; nodes are made only to report. */
function checkActivityShape(report: Report, object: AdfObject, activity: ActivityNode, shape: ActivityShape): void {
  const label = `Activity '${activity.name ?? '(unnamed)'}' (${shape.type})`;
  const missing = (name: unknown) => name === undefined || name === null;
  for (const name of shape.activity ?? []) {
    if (missing(activityValue(activity, name))) report(activity.nameNode ?? activity.node, `${label} has no ${name}, which its type requires; add it.`);
  }
  const typeProperties = activityValue(activity, 'typeProperties');
  if (missing(typeProperties)) {
    report(activity.nameNode ?? activity.node, `${label} has no typeProperties; its type requires ${shape.typeProperties.join(', ')} there.`);
    return;
  }
  if (typeof typeProperties !== 'object' || Array.isArray(typeProperties)) {
    if (!isArmValue(object.factory, prop(activity.node, 'typeProperties'))) report(prop(activity.node, 'typeProperties'), `${label}: typeProperties must be an object.`);
    return;
  }
  for (const name of shape.typeProperties) {
    const value = rawProp(typeProperties, name);
    if (missing(value)) {
      report(prop(activity.node, 'typeProperties'), `${label} has no typeProperties.${name}, which its type requires; add it.`);
    } else if (shape.typed?.includes(name) && typeof value === 'object' && !Array.isArray(value) && missing(rawProp(value, 'type'))) {
      report(dig(activity.node, 'typeProperties', name), `${label}: typeProperties.${name} has no type; add the one that matches its dataset (${name.toLowerCase() === 'sink' ? 'JsonSink' : 'JsonSource'} for a Json dataset, for example).`);
    }
  }
}

function checkObject(context: RuleContext, object: AdfObject): void {
  const report: Report = (node, message) => context.report(object.document, node ?? object.root, message);
  if (object.root.type !== 'object') {
    // A template's resources are objects by construction; a file of a Git integration may hold anything.
    if (object.factory.source !== 'arm') report(object.root, `This ${object.kind} file holds ${jsonTypeWords(object.root.type)}, not an object with 'name' and 'properties'; write the ${object.kind}'s definition there.`);
    return;
  }
  if (object.factory.source !== 'arm' && object.nameNode?.type !== 'string') report(object.nameNode, `This ${object.kind} has no string 'name'; add one (it must equal the file name).`);
  if (object.kind === 'factory' || object.kind === 'managedVirtualNetwork') return;
  if (object.properties?.type !== 'object') {
    report(object.properties ?? object.root, `${describeObject(object)} has no 'properties' object; its definition goes there.`);
    return;
  }
  switch (object.kind) {
    case 'pipeline':
      checkPipeline(report, object);
      return;
    case 'dataset': {
      const type = requireType(report, object, object.properties, 'type', 'string');
      // A Synapse dedicated SQL pool table is reached through the pool, not a linked service.
      const sqlPoolTable = object.factory.synapse === true && stringOf(type)?.toLowerCase() === 'sqlpooltable';
      requireType(report, object, object.properties, sqlPoolTable ? 'sqlPool' : 'linkedServiceName', 'object');
      return;
    }
    case 'linkedService':
      requireType(report, object, object.properties, 'type', 'string');
      if (prop(object.properties, 'typeProperties') && prop(object.properties, 'typeProperties')?.type !== 'object') {
        report(prop(object.properties, 'typeProperties'), `${describeObject(object)}: properties.typeProperties must be an object.`);
      }
      return;
    case 'trigger': {
      const type = stringOf(requireType(report, object, object.properties, 'type', 'string'));
      const pipelines = prop(object.properties, 'pipelines');
      if (type?.toLowerCase() === 'tumblingwindowtrigger') {
        // It runs one pipeline per window: `pipeline`, not the `pipelines` list of other triggers,
        // which it would ignore. Without either it runs nothing yet, as Studio saves it.
        const pipeline = prop(object.properties, 'pipeline');
        if (pipeline === undefined && pipelines !== undefined) {
          report(pipelines, `${describeObject(object)}: a TumblingWindowTrigger runs one pipeline, given as properties.pipeline { pipelineReference, parameters }; move the entry of pipelines there (that list is for other triggers).`);
        } else if (pipeline !== undefined && pipeline.type !== 'object' && !isArmValue(object.factory, pipeline)) {
          report(pipeline, `${describeObject(object)}: properties.pipeline must be an object { pipelineReference, parameters }.`);
        }
      } else if (pipelines && pipelines.type !== 'array' && !isArmValue(object.factory, pipelines)) {
        report(pipelines, `${describeObject(object)}: properties.pipelines must be an array of { pipelineReference, parameters }.`);
      }
      return;
    }
    case 'managedPrivateEndpoint':
      // Its properties (privateLinkResourceId, groupId, fqdns) carry no type.
      return;
    default:
      requireType(report, object, object.properties, 'type', 'string');
  }
}

/** Each Data Factory object has the JSON shape its kind needs (name, properties, type, activities, ...). */
export const objectShapeRule: Rule = {
  id: 'adf/object-shape',
  armTtk: null,
  severity: 'error',
  description: "Give each Data Factory object its required JSON shape: 'name', 'properties' with 'type' ('activities' for a pipeline, 'linkedServiceName' for a dataset), and each activity the properties its type requires.",
  helpUri: ADF_DOCS.pipelines,
  check(context) {
    for (const object of factoryModel(context).objects) checkObject(context, object);
  },
};
