import { callNamed, nodesWhere, type AdfCall } from '../../datafactory/adf-expression.js';
import { enclosingContainers } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites, type ExpressionSite } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import { dig, prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** Whether a site is a Filter activity's condition, which is evaluated once per element of its items, item() being the element. */
function isFilterCondition(site: ExpressionSite): boolean {
  const activity = site.activity;
  if (activity === undefined || (activity.type ?? '').toLowerCase() !== 'filter') return false;
  const condition = dig(activity.node, 'typeProperties', 'condition');
  return condition !== undefined && (site.node === condition || site.node === prop(condition, 'value'));
}

/**
 * `item()` has a value only in activities inside a ForEach (not in the ForEach's own `items`),
 * and in a Filter activity's condition.
 */
export const expressionItemRule: Rule = {
  id: 'adf/expression-item',
  armTtk: null,
  severity: 'error',
  description: 'Use item() only in activities inside a ForEach loop or in a Filter condition; elsewhere pass the value as a parameter.',
  helpUri: ADF_DOCS.forEach,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      const calls = nodesWhere(site.parsed, 'item()', (n): n is AdfCall => callNamed(n, 'item') !== undefined);
      if (calls.length === 0) continue;
      const inLoop = site.activity !== undefined && enclosingContainers(site.activity).some((c) => (c.type ?? '').toLowerCase() === 'foreach');
      if (inLoop || isFilterCondition(site)) continue;
      for (const call of calls) {
        const where = site.activity ? `activity '${site.activity.name ?? ''}', which is not inside a ForEach` : 'a place outside any ForEach activity';
        reportInString(context, site.object.document, site.node, call.start, `item() is used in ${where}; it only has a value inside a ForEach loop and in a Filter activity's condition.`);
      }
    }
  },
};
