import { bareReference } from '../../arm/expression-references.js';
import { parameterType } from '../../arm/secure-parameters.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateParameters } from '../../arm/template-model.js';
import { deploymentNameOf, templateScopes } from '../../arm/template-scopes.js';
import { prop, properties } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/**
 * A parameter handed to an inner-scope nested template as `[parameters('x')]` keeps the type the
 * outer template gave it, so the nested template must declare it with that same type. Values
 * that transform the parameter (string(), property access, concat()) are not compared.
 */
export const parameterTypesConsistentRule: Rule = {
  id: 'template/parameter-types-consistent',
  armTtk: 'Parameter-Types-Should-Be-Consistent',
  severity: 'error',
  description: 'Declare parameters of nested templates with the same type as the parameters passed to them.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        if (!scope.holder || !scope.parent) continue;
        const outerTypes = new Map(templateParameters(scope.parent.template).map((p) => [p.name.toLowerCase(), parameterType(p.value)]));
        const innerTypes = new Map(templateParameters(scope.template).map((p) => [p.name.toLowerCase(), parameterType(p.value)]));
        for (const passed of properties(prop(scope.holder, 'parameters'))) {
          const value = prop(passed.value, 'value');
          const mapped = value?.type === 'string' ? bareReference(value.value as string, 'parameters') : undefined;
          if (mapped === undefined) continue;
          const outerType = outerTypes.get(mapped.toLowerCase());
          const innerType = innerTypes.get(passed.name.toLowerCase());
          if (!outerType || !innerType || outerType === innerType) continue;
          context.report(
            document,
            passed.value,
            `Nested deployment '${deploymentNameOf(scope.holder)}' passes parameter '${mapped}' (${outerType}) to '${passed.name}', which its template declares as ${innerType}; declare both with the same type.`,
          );
        }
      }
    }
  },
};
