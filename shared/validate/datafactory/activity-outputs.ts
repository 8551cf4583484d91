import { activityValue, pipelineGraph, type ActivityNode } from './activity-graph.js';
import { callNamed, memberName, memberStart, type AdfExpression } from './adf-expression.js';
import type { AdfObject } from './factory-model.js';

/** `activity('A').output.field`: the activity named, and the field read of its output. */
export interface OutputRead {
  readonly activity: string;
  readonly field: string;
  readonly start: number;
}

/** The read when a node is `activity('A').output.field` (or `['field']`), else undefined. */
export function outputRead(node: AdfExpression): OutputRead | undefined {
  if (node.type !== 'property' && node.type !== 'index') return undefined;
  const field = memberName(node);
  const output = node.target;
  if (field === undefined || (output.type !== 'property' && output.type !== 'index') || memberName(output)?.toLowerCase() !== 'output') return undefined;
  const call = callNamed(output.target, 'activity');
  const argument = call?.args[0];
  if (argument?.type !== 'string') return undefined;
  return { activity: argument.value, field, start: memberStart(node) };
}

const ACTIVITIES = new WeakMap<AdfObject, Map<string, ActivityNode>>();

/** A pipeline's activity by name, nested ones included (names are unique across a pipeline, in any case). */
export function activityNamed(pipeline: AdfObject, name: string): ActivityNode | undefined {
  let byName = ACTIVITIES.get(pipeline);
  if (!byName) {
    byName = new Map();
    for (const a of pipelineGraph(pipeline).all) if (a.name !== undefined && !byName.has(a.name.toLowerCase())) byName.set(a.name.toLowerCase(), a);
    ACTIVITIES.set(pipeline, byName);
  }
  return byName.get(name.toLowerCase());
}

/** A Lookup's `firstRowOnly`: true when left out; undefined when it is not a literal boolean. */
export function lookupFirstRowOnly(activity: ActivityNode): boolean | undefined {
  const setting = activityValue(activity, 'typeProperties', 'firstRowOnly');
  return setting === undefined ? true : typeof setting === 'boolean' ? setting : undefined;
}

/** The fields a Get Metadata activity returns only when its fieldList names them, with their types. */
export const METADATA_FIELDS: ReadonlyMap<string, { name: string; type: 'String' | 'Bool' | 'Number' | 'Array' }> = new Map(
  (
    [
      ['itemName', 'String'],
      ['itemType', 'String'],
      ['size', 'Number'],
      ['created', 'String'],
      ['lastModified', 'String'],
      ['childItems', 'Array'],
      ['contentMD5', 'String'],
      ['structure', 'Array'],
      ['columnCount', 'Number'],
      ['exists', 'Bool'],
    ] as const
  ).map(([name, type]) => [name.toLowerCase(), { name, type }]),
);

/** A Get Metadata's fieldList in lowercase, when every entry is a literal name; undefined otherwise. */
export function metadataFieldList(activity: ActivityNode): string[] | undefined {
  const fieldList = activityValue(activity, 'typeProperties', 'fieldList');
  if (!Array.isArray(fieldList) || !fieldList.every((f) => typeof f === 'string')) return undefined;
  return (fieldList as string[]).map((f) => f.toLowerCase());
}

/** The copy metrics a Copy activity's output reports as numbers (the copy activity monitoring page). */
const COPY_METRICS = new Set(['dataread', 'datawritten', 'filesread', 'fileswritten', 'rowsread', 'rowscopied', 'rowsskipped', 'copyduration', 'throughput']);

/**
 * The type of `activity('A').output.field` when A's definition says for sure: a Lookup's
 * firstRow (an Object) or value and count, a Get Metadata field its fieldList names, a Copy's
 * metrics (numbers).
 */
export function outputFieldType(pipeline: AdfObject, read: OutputRead): 'String' | 'Bool' | 'Number' | 'Array' | 'Object' | undefined {
  const activity = activityNamed(pipeline, read.activity);
  const type = activity?.type?.toLowerCase();
  const field = read.field.toLowerCase();
  if (type === 'lookup') {
    const firstRowOnly = lookupFirstRowOnly(activity!);
    if (firstRowOnly === true) return field === 'firstrow' ? 'Object' : undefined;
    if (firstRowOnly === false) return field === 'value' ? 'Array' : field === 'count' ? 'Number' : undefined;
    return undefined;
  }
  if (type === 'copy') return COPY_METRICS.has(field) ? 'Number' : undefined;
  if (type === 'getmetadata') {
    const known = METADATA_FIELDS.get(field);
    return known !== undefined && metadataFieldList(activity!)?.includes(field) ? known.type : undefined;
  }
  return undefined;
}
