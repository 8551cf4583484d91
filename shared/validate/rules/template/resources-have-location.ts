import { templateDocuments } from '../../arm/template-documents.js';
import { templateResources } from '../../arm/template-model.js';
import { inlineTemplates } from '../../arm/template-scopes.js';
import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** A resource's location is an expression (a parameter, usually) or 'global', never a region name. */
export const resourcesHaveLocationRule: Rule = {
  id: 'template/resources-have-location',
  armTtk: 'Resources-Should-Have-Location',
  severity: 'error',
  description: "Set each resource's location with an expression such as [parameters('location')], or 'global'.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const template of [document.root, ...inlineTemplates(document.root)]) {
        for (const resource of templateResources(template)) {
          const location = prop(resource.node, 'location');
          if (!location || location.type === 'null' || (location.type === 'string' && location.value === '')) continue;
          const text = (stringOf(location) ?? '').trim();
          if ((text.startsWith('[') && text.endsWith(']')) || text.toLowerCase() === 'global') continue;
          const name = stringOf(prop(resource.node, 'name')) ?? '(unnamed)';
          const shown = location.type === 'string' ? `'${text}'` : `a ${location.type}`;
          context.report(
            document,
            location,
            `Resource '${name}' (${resource.type || 'no type'}) has location ${shown}; use an expression such as [parameters('location')], or 'global'.`,
          );
        }
      }
    }
  },
};
