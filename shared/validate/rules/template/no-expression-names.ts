import { templateDocuments } from '../../arm/template-documents.js';
import { templateParameters, templateVariables } from '../../arm/template-model.js';
import { templateScopes } from '../../arm/template-scopes.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

function looksLikeExpression(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.startsWith('[') && trimmed.endsWith(']');
}

/** Parameter and variable names are plain names: ARM does not evaluate an expression written as a name. */
export const noExpressionNamesRule: Rule = {
  id: 'template/no-expression-names',
  armTtk: 'Expressions-May-Not-Be-Used-As-Parameter-Or-Variable-Names',
  severity: 'error',
  description: 'Give parameters and variables plain names; a name written as [expression] is not evaluated.',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        for (const [kind, declared] of [['Parameter', templateParameters(scope.template)], ['Variable', templateVariables(scope.template)]] as const) {
          for (const entry of declared) {
            if (!looksLikeExpression(entry.name)) continue;
            context.report(document, entry.key, `${kind} name '${entry.name}' is written as an expression, which ARM does not evaluate in a name; use a plain name.`);
          }
        }
      }
    }
  },
};
