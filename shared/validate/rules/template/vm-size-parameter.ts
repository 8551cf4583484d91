import type { Node } from 'jsonc-parser';
import { namesReferenced } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { looksLikeTemplate, templateScopes, walkScope } from '../../arm/template-scopes.js';
import { dependsOnParameter } from '../../arm/variable-values.js';
import { prop, properties, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** The nearest enclosing resource (an object with a type and a name), for messages. */
function resourceAround(node: Node): string {
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (current.type !== 'object') continue;
    const type = stringOf(prop(current, 'type'));
    const name = stringOf(prop(current, 'name'));
    if (type?.includes('/') && name !== undefined) return `resource '${name}' (${type})`;
  }
  return 'this resource';
}

/**
 * True for the `parameters` or `variables` object of a template: a vmSize key there declares a
 * parameter or variable (its uses are checked where it is used).
 */
function isDeclarations(object: Node): boolean {
  const property = object.parent;
  const section = String(property?.children?.[0]?.value).toLowerCase();
  return property?.type === 'property' && (section === 'parameters' || section === 'variables') && looksLikeTemplate(property.parent);
}

/** VM sizes come from parameters (directly or through variables), so customers can pick one available to them. */
export const vmSizeParameterRule: Rule = {
  id: 'template/vm-size-parameter',
  armTtk: 'VM-Size-Should-Be-A-Parameter',
  severity: 'error',
  description: "Take every vmSize from a parameter, e.g. [parameters('vmSize')], instead of a fixed size.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        walkScope(scope.template, (node) => {
          if (node.type !== 'object' || isDeclarations(node)) return;
          for (const p of properties(node)) {
            if (p.name.toLowerCase() !== 'vmsize') continue;
            // A value passed to a nested deployment is wrapped: { "value": ... }.
            const value = p.value.type === 'object' ? prop(p.value, 'value') : p.value;
            if (value?.type !== 'string') continue;
            const text = value.value as string;
            if (dependsOnParameter(scope.template, text)) continue;
            const variable = namesReferenced(text, 'variables')[0];
            const what = variable === undefined ? `is fixed ('${text}')` : `comes from variable '${variable}', which does not use a parameter`;
            context.report(
              document,
              value,
              `The vmSize of ${resourceAround(node)} ${what}; take it from a parameter so customers can choose a size offered in their region and subscription.`,
            );
          }
        });
      }
    }
  },
};
