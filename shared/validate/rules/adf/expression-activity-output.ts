import { nodesWhere, type AdfExpression } from '../../datafactory/adf-expression.js';
import { activityValue, type ActivityNode } from '../../datafactory/activity-graph.js';
import { activityNamed, lookupFirstRowOnly, METADATA_FIELDS, metadataFieldList, outputRead, type OutputRead } from '../../datafactory/activity-outputs.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/** What is wrong with reading `field` of the output of `activity`, when its definition says for sure. */
function problem(activity: ActivityNode, read: OutputRead): string | undefined {
  const type = activity.type?.toLowerCase();
  const field = read.field.toLowerCase();
  if (type === 'lookup') {
    const firstRowOnly = lookupFirstRowOnly(activity);
    if (firstRowOnly === true && (field === 'value' || field === 'count')) {
      const stated = activityValue(activity, 'typeProperties', 'firstRowOnly') === undefined ? 'true by default' : 'true';
      return `Lookup '${read.activity}' returns only its first row (firstRowOnly is ${stated}), as output.firstRow; output.${read.field} exists only with firstRowOnly set to false.`;
    }
    if (firstRowOnly === false && field === 'firstrow') {
      return `Lookup '${read.activity}' has firstRowOnly set to false, so its output has value (the rows) and count, not firstRow; read activity('${read.activity}').output.value[0] or set firstRowOnly to true.`;
    }
    return undefined;
  }
  const known = METADATA_FIELDS.get(field);
  if (type === 'getmetadata' && known !== undefined) {
    const fieldList = metadataFieldList(activity);
    // Entries given as expressions are known only at run time.
    if (fieldList === undefined || fieldList.includes(field)) return undefined;
    const named = activityValue(activity, 'typeProperties', 'fieldList') as string[];
    return `Get Metadata '${read.activity}' returns only the fields its fieldList names (${named.length > 0 ? named.join(', ') : 'none'}), so output.${read.field} does not exist; add '${known.name}' to its fieldList.`;
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
