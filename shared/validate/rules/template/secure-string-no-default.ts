import type { Node } from 'jsonc-parser';
import { functionNamesIn } from '../../arm/expression-references.js';
import { parameterType } from '../../arm/secure-parameters.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateParameters } from '../../arm/template-model.js';
import { templateScopes } from '../../arm/template-scopes.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** What arm-ttk treats as "no default": an empty string, null, false, 0, an empty array. */
function isEmptyDefault(node: Node): boolean {
  switch (node.type) {
    case 'null':
      return true;
    case 'string':
      return node.value === '';
    case 'boolean':
      return node.value === false;
    case 'number':
      return node.value === 0;
    case 'array':
      return (node.children ?? []).length === 0;
    default:
      return false;
  }
}

/** A secureString parameter has no default, or an empty one, or one generated with newGuid(). */
export const secureStringNoDefaultRule: Rule = {
  id: 'template/secure-string-no-default',
  armTtk: 'Secure-String-Parameters-Cannot-Have-Default',
  severity: 'error',
  description: 'Remove the defaultValue of secureString parameters (an empty string or a [newGuid()] expression is allowed).',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        for (const parameter of templateParameters(scope.template)) {
          if (parameterType(parameter.value) !== 'securestring') continue;
          const defaultValue = prop(parameter.value, 'defaultValue');
          if (!defaultValue || isEmptyDefault(defaultValue)) continue;
          if (defaultValue.type === 'string' && functionNamesIn(defaultValue.value as string).some((n) => n.toLowerCase() === 'newguid')) continue;
          context.report(
            document,
            defaultValue,
            `Parameter '${parameter.name}' is a secureString with a default value; remove the default (or generate it with [newGuid()]) so no secret ships in the template.`,
          );
        }
      }
    }
  },
};
