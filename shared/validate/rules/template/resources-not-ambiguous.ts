import { callsIn } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { allStrings } from '../../arm/template-scopes.js';
import type { Rule } from '../../rule.js';

const ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid']);
const TYPE_WITH_TRAILING_SLASH = /^[A-Za-z0-9.]+\/[A-Za-z0-9./]*\/$/;

/**
 * arm-ttk keeps this test but has it switched off (its name-segment matching gave many false
 * results, arm-ttk issue #478), so it passes everything there. We keep the one part its
 * maintainers still wanted as lint, at note level: a resource type with a trailing slash.
 */
export const resourcesNotAmbiguousRule: Rule = {
  id: 'template/resources-not-ambiguous',
  armTtk: 'Resources-Should-Not-Be-Ambiguous',
  severity: 'note',
  description: "Write resource types in resourceId() without a trailing slash ('Microsoft.Storage/storageAccounts').",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const s of allStrings(document.root)) {
        for (const call of callsIn(s.value)) {
          if (!ID_FUNCTIONS.has(call.name.toLowerCase())) continue;
          const args = call.name.toLowerCase() === 'extensionresourceid' ? call.args.slice(1) : call.args;
          const type = args.find((arg) => arg.type === 'string' && arg.value.includes('/'));
          if (type?.type === 'string' && TYPE_WITH_TRAILING_SLASH.test(type.value)) {
            context.report(document, s.node, `Resource type '${type.value}' in ${call.name}() ends with '/'; remove the trailing slash.`);
          }
        }
      }
    }
  },
};
