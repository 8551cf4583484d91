import type { ArmExpression } from '../../arm/arm-expression.js';
import { callsIn, headCall, isListFunction } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { allStrings } from '../../arm/template-scopes.js';
import { dig, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

const ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid']);

/** What is wrong with the first argument of a resource id or resource function call, if anything. */
function problemOf(functionName: string, first: ArmExpression | undefined): string | undefined {
  const written = headCall(first)?.name;
  if (!written) return undefined;
  const head = written.toLowerCase();
  const fn = functionName.toLowerCase();
  const builtFromText = head === 'concat' || head === 'format';
  if (ID_FUNCTIONS.has(fn) && builtFromText) {
    return `${functionName}() gets its first argument from ${written}(); pass the resource type and name segments as separate arguments instead`;
  }
  if (fn === 'resourceid' && (head === 'resourcegroup' || head === 'subscription')) {
    return `resourceId() is given ${written}() values, which are its defaults; leave them out`;
  }
  if (fn === 'subscriptionresourceid' && head === 'subscription') {
    return 'subscriptionResourceId() is given subscription() values, which are its default; leave them out';
  }
  if ((fn === 'reference' || isListFunction(fn)) && builtFromText) {
    return `${functionName}() is given a resource id built with ${written}(); build it with resourceId() instead`;
  }
  return undefined;
}

/**
 * Resource ids are built with resourceId() and its siblings from separate segments, not from
 * concat()/format() text, and without passing the defaults resourceGroup() or subscription().
 */
export const resourceIdsWellFormedRule: Rule = {
  id: 'template/resource-ids-well-formed',
  armTtk: 'ResourceIds-should-not-contain',
  severity: 'error',
  description: 'Build resource ids with resourceId() from separate segments: no concat()/format() ids, no resourceGroup()/subscription() defaults.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      // Bicep writes these forms itself; arm-ttk skips generated templates.
      if (stringOf(dig(document.root, 'metadata', '_generator', 'name'))?.toLowerCase() === 'bicep') continue;
      for (const s of allStrings(document.root)) {
        for (const call of callsIn(s.value)) {
          const problem = problemOf(call.name, call.args[0]);
          if (problem) context.report(document, s.node, `${problem}.`);
        }
      }
    }
  },
};
