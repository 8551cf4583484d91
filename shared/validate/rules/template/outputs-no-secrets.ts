import { functionNamesIn, isListFunction, namesReferenced } from '../../arm/expression-references.js';
import { secureParameterNames } from '../../arm/secure-parameters.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateOutputs } from '../../arm/template-model.js';
import { allStrings, templateScopes } from '../../arm/template-scopes.js';
import { stringsThroughVariables } from '../../arm/variable-values.js';
import type { Rule } from '../../rule.js';

/**
 * Outputs are stored in the deployment history in clear text: they must not call list*()
 * functions, return secure parameters, or be named like a password.
 */
export const outputsNoSecretsRule: Rule = {
  id: 'template/outputs-no-secrets',
  armTtk: 'Outputs-Must-Not-Contain-Secrets',
  severity: 'error',
  description: 'Remove outputs that return secrets (list*() results, secure parameters, passwords); read secrets where they are needed instead.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        const secure = secureParameterNames(scope.template);
        for (const output of templateOutputs(scope.template)) {
          if (/password/i.test(output.name)) {
            context.report(document, output.key, `Output '${output.name}' is named like a password; outputs are visible in the deployment history, so do not return secrets.`);
          }
          for (const s of allStrings(output.value)) {
            // What the output evaluates: its own expression, then the variables it uses.
            const reached = [{ variable: undefined as string | undefined, value: s.value }, ...stringsThroughVariables(scope.template, s.value)];
            const via = (variable: string | undefined) => (variable === undefined ? '' : ` (through variable '${variable}')`);
            const list = reached.map((r) => ({ ...r, name: functionNamesIn(r.value).find(isListFunction) })).find((r) => r.name);
            if (list) {
              context.report(document, s.node, `Output '${output.name}' calls ${list.name}()${via(list.variable)}, which returns secrets; outputs are visible in the deployment history, so remove it.`);
            }
            const secret = reached
              .map((r) => ({ ...r, name: namesReferenced(r.value, 'parameters').find((n) => secure.has(n.toLowerCase())) }))
              .find((r) => r.name !== undefined);
            if (secret) {
              context.report(
                document,
                s.node,
                `Output '${output.name}' returns secure parameter '${secure.get(secret.name!.toLowerCase())}'${via(secret.variable)}; outputs are visible in the deployment history, so remove it.`,
              );
            }
          }
        }
      }
    }
  },
};
