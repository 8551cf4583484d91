import type { Node } from 'jsonc-parser';
import { elements, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** What must not repeat across views, per the view definition documentation. */
const UNIQUE_KEYS: Record<string, readonly string[]> = {
  // One Overview replaces the managed application's overview page; a second has nowhere to go.
  Overview: [],
  // Each CustomResources view stands for one custom resource type and needs its own title.
  CustomResources: ['resourceType', 'displayName'],
  Associations: ['displayName'],
};

/**
 * Views that collide: a second Overview, two CustomResources views for the same resource type
 * or with the same title, two Associations views with the same title.
 */
export const viewUniqueViewsRule: Rule = {
  id: 'view/unique-views',
  armTtk: null,
  severity: 'error',
  description: 'Define at most one Overview view, and give each CustomResources and Associations view its own title (and resource type).',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/concepts-view-definition',
  check(context) {
    const document = context.viewDefinition;
    if (!document) return;
    const seen = new Map<string, Node>();
    for (const view of elements(prop(document.root, 'views'))) {
      const kind = stringOf(prop(view, 'kind'));
      if (kind === undefined || !(kind in UNIQUE_KEYS)) continue;
      if (kind === 'Overview') {
        if (seen.has('Overview')) context.report(document, view, 'viewDefinition.json has more than one Overview view; keep one.');
        else seen.set('Overview', view);
        continue;
      }
      for (const key of UNIQUE_KEYS[kind]!) {
        const node = prop(prop(view, 'properties'), key);
        const value = stringOf(node);
        if (value === undefined) continue;
        const id = `${kind}\u0000${key}\u0000${value.toLowerCase()}`;
        if (seen.has(id)) {
          context.report(document, node, `Another ${kind} view already has ${key} '${value}'; each ${kind} view needs its own ${key}.`);
        } else {
          seen.set(id, node!);
        }
      }
    }
  },
};
