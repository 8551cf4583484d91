import { functionCalls, tryParseArmExpression, type ArmExpression } from '../../arm/arm-expression.js';
import { describeApiVersionProblem, judgeApiVersion, parseApiVersion } from '../../arm/api-versions.js';
import { bareReference, isListFunction, type ArmCall } from '../../arm/expression-references.js';
import { scopeResources, variableNode, type ScopedResource } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { scopeStrings, templateScopes, type TemplateScope } from '../../arm/template-scopes.js';
import { isArmExpression, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

const RESOURCE_ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid']);

/** The resource type a `resourceId(...)`-family call names: its first `Namespace.Provider/type` argument. */
function typeOfResourceIdCall(expr: ArmExpression | undefined): string | undefined {
  if (expr?.type !== 'call' || !RESOURCE_ID_FUNCTIONS.has(expr.name.toLowerCase())) return undefined;
  for (const arg of expr.args) {
    if (arg.type === 'string' && /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\/[A-Za-z]/.test(arg.value)) return arg.value;
  }
  return undefined;
}

/**
 * The resource type a reference()/list*() call targets: a resourceId() call, or a variable that
 * holds one or that names a resource of the template. Undefined when it cannot be told offline.
 */
function targetType(call: ArmCall, scope: TemplateScope, resources: readonly ScopedResource[]): string | undefined {
  const target = call.args[0];
  const direct = typeOfResourceIdCall(target);
  if (direct) return direct;
  if (target?.type !== 'call' || target.name.toLowerCase() !== 'variables' || target.args[0]?.type !== 'string') return undefined;
  const variable = target.args[0].value;
  const value = stringOf(variableNode(scope, variable));
  if (value && isArmExpression(value)) {
    const viaVariable = typeOfResourceIdCall(tryParseArmExpression(value));
    if (viaVariable) return viaVariable;
  }
  const named = resources.find((r) => {
    const name = stringOf(prop(r.node, 'name'));
    return name !== undefined && bareReference(name.trim(), 'variables')?.toLowerCase() === variable.toLowerCase();
  });
  return named?.type || undefined;
}

/** The API versions passed to reference() and list*() are recent and not superseded previews. */
export const apiVersionsRecentInReferenceRule: Rule = {
  id: 'template/api-versions-recent-in-reference',
  armTtk: 'apiVersions-Should-Be-Recent-In-Reference-Functions',
  severity: 'warning',
  description:
    'Pass reference() and list*() an apiVersion that is the newest or under 2 years old, and no preview when a newer non-preview exists (offline: only for Storage, DataFactory, ManagedIdentity, KeyVault, Resources/deployments and Authorization types).',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    const today = context.now ?? new Date();
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        const resources = scopeResources(scope);
        for (const text of scopeStrings(scope)) {
          if (!isArmExpression(text.value)) continue;
          for (const call of functionCalls(tryParseArmExpression(text.value))) {
            const name = call.name.toLowerCase();
            if (name !== 'reference' && !(isListFunction(name) && name.length > 4)) continue;
            const versionArg = call.args[1];
            const version = versionArg?.type === 'string' ? parseApiVersion(versionArg.value) : undefined;
            if (!version) continue;
            const type = targetType(call, scope, resources);
            if (!type) continue;
            const problem = judgeApiVersion(type, version, today);
            if (problem) context.report(document, text.node, `In ${call.name}(): ${describeApiVersionProblem(type, version.text, problem)}`);
          }
        }
      }
    }
  },
};
