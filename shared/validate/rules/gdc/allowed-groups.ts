import { ADF_DOCS } from '../../datafactory/docs.js';
import { arrayLength } from '../../datafactory/dataflow-script.js';
import { describeObject } from '../../datafactory/describe.js';
import { office365Copies, sourceSetting } from '../../datafactory/office365-copies.js';
import { office365FlowSources } from '../../datafactory/office365-flows.js';
import { elements } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

export const MAX_ALLOWED_GROUPS = 10;

/** Graph Data Connect extracts for at most 10 groups of users. */
export const allowedGroupsRule: Rule = {
  id: 'gdc/allowed-groups',
  armTtk: null,
  severity: 'error',
  description: 'List at most 10 group object IDs in allowedGroups (sourceAllowedGroups in a data flow), or select users with userScopeFilterUri instead.',
  helpUri: ADF_DOCS.gdcFiltering,
  check(context) {
    for (const copy of office365Copies(context)) {
      const groups = sourceSetting(copy, 'allowedGroups');
      if (!groups || groups.node.type !== 'array') continue;
      const count = elements(groups.node).length;
      if (count > MAX_ALLOWED_GROUPS) {
        context.report(groups.document.document, groups.node, `Copy activity '${copy.activity.name ?? ''}' lists ${count} allowedGroups; Graph Data Connect accepts at most ${MAX_ALLOWED_GROUPS}. Use fewer groups or a userScopeFilterUri.`);
      }
    }
    for (const source of office365FlowSources(context)) {
      const groups = source.option('sourceAllowedGroups');
      const count = groups === undefined ? undefined : arrayLength(groups.value);
      if (groups === undefined || count === undefined || count <= MAX_ALLOWED_GROUPS) continue;
      source.report(context, groups.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' lists ${count} allowed groups; Graph Data Connect accepts at most ${MAX_ALLOWED_GROUPS}. Use fewer groups or a user scope filter.`);
    }
  },
};
