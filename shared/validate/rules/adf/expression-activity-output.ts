import { callNamed, memberName, memberStart, nodesWhere, type AdfExpression } from '../../datafactory/adf-expression.js';
import { activityValue, pipelineGraph, type ActivityNode } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel, type AdfObject } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/** `activity('A').output.field`: the activity named, and the field read of its output. */
interface OutputRead {
  readonly activity: string;
  readonly field: string;
  readonly start: number;
}

function outputRead(node: AdfExpression): OutputRead | undefined {
  if (node.type !== 'property' && node.type !== 'index') return undefined;
  const field = memberName(node);
  const output = node.target;
  if (field === undefined || (output.type !== 'property' && output.type !== 'index') || memberName(output)?.toLowerCase() !== 'output') return undefined;
  const call = callNamed(output.target, 'activity');
  const argument = call?.args[0];
  if (argument?.type !== 'string') return undefined;
  return { activity: argument.value, field, start: memberStart(node) };
}

/** The fields a Get Metadata activity returns only when its fieldList asks for them. */
const METADATA_FIELDS = ['itemName', 'itemType', 'size', 'created', 'lastModified', 'childItems', 'contentMD5', 'structure', 'columnCount', 'exists'];
const METADATA_LOWER = new Set(METADATA_FIELDS.map((f) => f.toLowerCase()));

const ACTIVITIES = new WeakMap<AdfObject, Map<string, ActivityNode>>();

function activityNamed(pipeline: AdfObject, name: string): ActivityNode | undefined {
  let byName = ACTIVITIES.get(pipeline);
  if (!byName) {
    byName = new Map();
    for (const a of pipelineGraph(pipeline).all) if (a.name !== undefined && !byName.has(a.name.toLowerCase())) byName.set(a.name.toLowerCase(), a);
    ACTIVITIES.set(pipeline, byName);
  }
  return byName.get(name.toLowerCase());
}

/** What is wrong with reading `field` of the output of `activity`, when its definition says for sure. */
function problem(activity: ActivityNode, read: OutputRead): string | undefined {
  const type = activity.type?.toLowerCase();
  const field = read.field.toLowerCase();
  if (type === 'lookup') {
    const setting = activityValue(activity, 'typeProperties', 'firstRowOnly');
    const firstRowOnly = setting === undefined ? true : setting;
    if (firstRowOnly === true && (field === 'value' || field === 'count')) {
      return `Lookup '${read.activity}' returns only its first row (firstRowOnly is ${setting === undefined ? 'true by default' : 'true'}), as output.firstRow; output.${read.field} exists only with firstRowOnly set to false.`;
    }
    if (firstRowOnly === false && field === 'firstrow') {
      return `Lookup '${read.activity}' has firstRowOnly set to false, so its output has value (the rows) and count, not firstRow; read activity('${read.activity}').output.value[0] or set firstRowOnly to true.`;
    }
    return undefined;
  }
  if (type === 'getmetadata' && METADATA_LOWER.has(field)) {
    const fieldList = activityValue(activity, 'typeProperties', 'fieldList');
    // Entries given as expressions are known only at run time.
    if (!Array.isArray(fieldList) || !fieldList.every((f) => typeof f === 'string')) return undefined;
    if (fieldList.some((f) => (f as string).toLowerCase() === field)) return undefined;
    return `Get Metadata '${read.activity}' returns only the fields its fieldList names (${fieldList.length > 0 ? fieldList.join(', ') : 'none'}), so output.${read.field} does not exist; add '${METADATA_FIELDS.find((f) => f.toLowerCase() === field)}' to its fieldList.`;
  }
  return undefined;
}

/**
 * `activity('A').output` holds what A's definition makes it return: a Lookup's first row or
 * all rows (firstRowOnly), a Get Metadata's fieldList. Reading the other fails the run.
 */
export const expressionActivityOutputRule: Rule = {
  id: 'adf/expression-activity-output',
  armTtk: null,
  severity: 'error',
  description: "Read what the activity returns: a Lookup's output.firstRow (firstRowOnly true, the default) or output.value and output.count (false), a Get Metadata's fields named in its fieldList.",
  helpUri: ADF_DOCS.lookup,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      if (site.object.kind !== 'pipeline') continue;
      for (const node of nodesWhere(site.parsed, 'activity().output member', (n): n is AdfExpression => outputRead(n) !== undefined)) {
        const read = outputRead(node)!;
        const activity = activityNamed(site.object, read.activity);
        const message = activity && problem(activity, read);
        if (message) reportInString(context, site.object.document, site.node, read.start, message);
      }
    }
  },
};
