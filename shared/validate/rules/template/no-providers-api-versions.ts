import { isExpressionString, tryParseArmExpression } from '../../arm/arm-expression.js';
import { expressionNodes, headCall } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { allStrings } from '../../arm/template-scopes.js';
import type { Rule } from '../../rule.js';

/** True when an expression reads `providers(...).apiVersions` (or `['apiVersions']`). */
function usesProviderApiVersions(value: string): boolean {
  if (!isExpressionString(value)) return false;
  const expr = tryParseArmExpression(value);
  if (!expr) return /providers\s*\(.*\)\s*(\.\s*apiVersions|\[\s*'apiVersions'\s*\])/i.test(value);
  return expressionNodes(expr).some((node) => {
    const member =
      node.type === 'property' ? node.name : node.type === 'index' && node.index.type === 'string' ? node.index.value : undefined;
    if (member?.toLowerCase() !== 'apiversions') return false;
    const target = node.type === 'property' || node.type === 'index' ? node.target : undefined;
    return headCall(target)?.name.toLowerCase() === 'providers';
  });
}

/** apiVersion values must be literal dates, not whatever the provider lists at deployment time. */
export const noProvidersApiVersionsRule: Rule = {
  id: 'template/no-providers-api-versions',
  armTtk: 'providers_apiVersions-Is-Not-Permitted',
  severity: 'error',
  description: 'Replace providers(...).apiVersions with a literal apiVersion such as 2023-01-01.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const s of allStrings(document.root)) {
        if (usesProviderApiVersions(s.value)) {
          context.report(document, s.node, 'This expression takes an apiVersion from providers(...).apiVersions, which changes over time; use a literal apiVersion instead.');
        }
      }
    }
  },
};
