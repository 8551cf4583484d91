import { mentionedOutsideExpression, namesReferenced } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateParameters } from '../../arm/template-model.js';
import { scopeStrings, templateScopes } from '../../arm/template-scopes.js';
import type { Rule } from '../../rule.js';

/**
 * Every declared parameter is used in an expression of its own scope: the template's, or an
 * inner-scope nested template's (outer-scope nested templates use the parameters around them).
 * Names starting with `__` are skipped, as arm-ttk does.
 */
export const parametersReferencedRule: Rule = {
  id: 'template/parameters-referenced',
  armTtk: 'Parameters-Must-Be-Referenced',
  severity: 'error',
  description: "Use each declared parameter in an expression such as [parameters('name')], or remove it.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        const declared = templateParameters(scope.template).filter((p) => !p.name.startsWith('__'));
        if (declared.length === 0) continue;
        const strings = scopeStrings(scope);
        const used = new Set(strings.flatMap((s) => namesReferenced(s.value, 'parameters')).map((n) => n.toLowerCase()));
        for (const parameter of declared) {
          const outside = strings.filter((s) => mentionedOutsideExpression(s.value, 'parameters', parameter.name));
          for (const s of outside) {
            context.report(
              document,
              s.node,
              `Parameter '${parameter.name}' is referenced outside an expression, so ARM reads it as plain text; put the whole value in brackets: "[...parameters('${parameter.name}')...]".`,
            );
          }
          if (!used.has(parameter.name.toLowerCase()) && outside.length === 0) {
            context.report(document, parameter.key, `Parameter '${parameter.name}' is declared but never used; use it in an expression or remove it.`);
          }
        }
      }
    }
  },
};
