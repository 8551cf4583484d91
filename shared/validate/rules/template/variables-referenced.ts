import type { Node } from 'jsonc-parser';
import { reportUnreferenced, type Declaration } from '../../arm/declared-references.js';
import { templateVariables } from '../../arm/template-model.js';
import { elements, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** Declared variables, with the variables a top-level `copy` loop declares (one per `name`). */
function declaredVariables(template: Node): Declaration[] {
  const declared: Declaration[] = [];
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
    reportUnreferenced(context, 'variables', declaredVariables, 'Variable');
  },
};
