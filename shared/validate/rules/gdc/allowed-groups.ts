import { ADF_DOCS } from '../../datafactory/docs.js';
import { office365Copies, sourceSetting } from '../../datafactory/office365-copies.js';
import { elements } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

export const MAX_ALLOWED_GROUPS = 10;

/** Graph Data Connect extracts for at most 10 groups of users. */
export const allowedGroupsRule: Rule = {
  id: 'gdc/allowed-groups',
  armTtk: null,
  severity: 'error',
  description: 'List at most 10 group object IDs in allowedGroups, or select users with userScopeFilterUri instead.',
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
  },
};
