import type { Node } from 'jsonc-parser';
import { mentionedOutsideExpression, namesReferenced } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateVariables } from '../../arm/template-model.js';
import { scopeStrings, templateScopes } from '../../arm/template-scopes.js';
import { elements, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

interface DeclaredVariable {
  readonly name: string;
  readonly at: Node;
}

/** Declared variables, with the variables a top-level `copy` loop declares (one per `name`). */
function declaredVariables(template: Node): DeclaredVariable[] {
  const declared: DeclaredVariable[] = [];
  for (const variable of templateVariables(template)) {
    if (variable.name.toLowerCase() === 'copy' && variable.value.type === 'array') {
      for (const loop of elements(variable.value)) {
        const nameNode = prop(loop, 'name');
        const name = stringOf(nameNode);
        if (name !== undefined) declared.push({ name, at: nameNode! });
      }
      continue;
    }
    declared.push({ name: variable.name, at: variable.key });
  }
  return declared;
}

/**
 * Every declared variable (copy-loop variables included) is used in an expression of its own
 * scope; inner-scope nested templates have their own variables.
 */
export const variablesReferencedRule: Rule = {
  id: 'template/variables-referenced',
  armTtk: 'Variables-Must-Be-Referenced',
  severity: 'error',
  description: "Use each declared variable in an expression such as [variables('name')], or remove it.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        const declared = declaredVariables(scope.template);
        if (declared.length === 0) continue;
        const strings = scopeStrings(scope);
        const used = new Set(strings.flatMap((s) => namesReferenced(s.value, 'variables')).map((n) => n.toLowerCase()));
        for (const variable of declared) {
          const outside = strings.filter((s) => mentionedOutsideExpression(s.value, 'variables', variable.name));
          for (const s of outside) {
            context.report(
              document,
              s.node,
              `Variable '${variable.name}' is referenced outside an expression, so ARM reads it as plain text; put the whole value in brackets: "[...variables('${variable.name}')...]".`,
            );
          }
          if (!used.has(variable.name.toLowerCase()) && outside.length === 0) {
            context.report(document, variable.at, `Variable '${variable.name}' is declared but never used; use it in an expression or remove it.`);
          }
        }
      }
    }
  },
};
