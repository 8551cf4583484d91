import type { Node } from 'jsonc-parser';
import { functionNamesIn, isListFunction, namesReferenced } from '../../arm/expression-references.js';
import { secureParameterNames } from '../../arm/secure-parameters.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { holdsInnerTemplate, looksLikeTemplate, templateScopes, walkScope } from '../../arm/template-scopes.js';
import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

const DEPLOYMENTS = 'microsoft.resources/deployments';

/** The inline templates of nested deployments evaluated in the outer scope, within one scope. */
function outerScopeDeployments(template: Node): { name: string; nested: Node }[] {
  const found: { name: string; nested: Node }[] = [];
  walkScope(template, (node) => {
    if (node.type !== 'object' || stringOf(prop(node, 'type'))?.toLowerCase() !== DEPLOYMENTS) return;
    const properties = prop(node, 'properties');
    const nested = prop(properties, 'template');
    if (!properties || !looksLikeTemplate(nested) || holdsInnerTemplate(properties)) return;
    found.push({ name: stringOf(prop(node, 'name')) ?? '(unnamed)', nested: nested! });
  });
  return found;
}

/**
 * A nested deployment with the default outer scope gets its expressions evaluated before it is
 * sent, so secure parameters and list*() results end up in clear text in the deployment object.
 */
export const secureParamsNestedDeploymentsRule: Rule = {
  id: 'template/secure-params-nested-deployments',
  armTtk: 'Secure-Params-In-Nested-Deployments',
  severity: 'error',
  description: "Set expressionEvaluationOptions.scope to 'inner' on nested deployments that use secure parameters or list*() functions, and pass those values as parameters.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      const reported = new Set<Node>();
      for (const scope of templateScopes(document.root)) {
        const secure = secureParameterNames(scope.template);
        for (const { name, nested } of outerScopeDeployments(scope.template)) {
          walkScope(nested, (node) => {
            if (node.type !== 'string' || reported.has(node)) return;
            const value = node.value as string;
            const secret = namesReferenced(value, 'parameters').find((n) => secure.has(n.toLowerCase()));
            const list = functionNamesIn(value).find(isListFunction);
            if (secret === undefined && list === undefined) return;
            reported.add(node);
            const what = secret !== undefined ? `secure parameter '${secure.get(secret.toLowerCase())}'` : `${list}()`;
            context.report(
              document,
              node,
              `Nested deployment '${name}' evaluates ${what} in the outer scope, which stores the value in clear text in the deployment; set properties.expressionEvaluationOptions.scope to 'inner' and pass the value as a parameter.`,
            );
          });
        }
      }
    }
  },
};
