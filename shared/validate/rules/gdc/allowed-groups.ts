import { ADF_DOCS } from '../../datafactory/docs.js';
import { arrayElements, stringLiteral } from '../../datafactory/dataflow-script.js';
import { describeObject } from '../../datafactory/describe.js';
import { office365Copies, sourceSetting } from '../../datafactory/office365-copies.js';
import { office365FlowSources } from '../../datafactory/office365-flows.js';
import { literalText } from '../../datafactory/literal-values.js';
import { isGuid } from '../../../guid.js';
import { elements } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

export const MAX_ALLOWED_GROUPS = 10;

/** What to say of a group written other than by its object ID. */
const notAnId = (group: string) => `'${group}' is not a group object ID; Graph Data Connect selects groups by their object ID (a GUID such as 2234df73-a3ba-4538-9d3a-79ae0eb25e86), not by name or address.`;

/**
 * Graph Data Connect extracts for at most 10 groups of users, each given by its object ID.
 * Values computed when the pipeline runs are not judged.
 */
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
      const listed = elements(groups.node);
      if (listed.length > MAX_ALLOWED_GROUPS) {
        context.report(groups.document.document, groups.node, `Copy activity '${copy.activity.name ?? ''}' lists ${listed.length} allowedGroups; Graph Data Connect accepts at most ${MAX_ALLOWED_GROUPS}. Use fewer groups or a userScopeFilterUri.`);
      }
      const factory = groups.document.factory;
      for (const group of listed) {
        const text = literalText(factory, group);
        if (text === undefined || isGuid(text.trim())) continue;
        context.report(groups.document.document, group, `Copy activity '${copy.activity.name ?? ''}': allowedGroups entry ${notAnId(text)}`);
      }
    }
    for (const source of office365FlowSources(context)) {
      const groups = source.option('sourceAllowedGroups');
      const listed = groups === undefined ? undefined : arrayElements(groups.value);
      if (groups === undefined || listed === undefined) continue;
      if (listed.length > MAX_ALLOWED_GROUPS) {
        source.report(context, groups.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' lists ${listed.length} allowed groups; Graph Data Connect accepts at most ${MAX_ALLOWED_GROUPS}. Use fewer groups or a user scope filter.`);
      }
      for (const group of listed) {
        const text = stringLiteral(group.text);
        if (text === undefined || isGuid(text.trim())) continue;
        source.report(context, groups.valueStart + group.offset, `${describeObject(source.dataflow)}: source '${source.name}': sourceAllowedGroups entry ${notAnId(text)}`);
      }
    }
  },
};
