import { allStrings } from '../../arm/template-scopes.js';
import { callsIn } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/** Quotes a name as an ARM string literal. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * `variables(concat('prefix', parameters('p')))` picks a variable by a parameter's value; an object
 * variable indexed by the parameter says the same and can be checked: `variables('prefix')[parameters('p')]`.
 */
export const dynamicVariableNoConcatRule: Rule = {
  id: 'template/dynamic-variable-no-concat',
  armTtk: 'Dynamic-Variable-References-Should-Not-Use-Concat',
  severity: 'warning',
  description: "Replace variables(concat('name', parameters('p'))) with an object variable indexed by the parameter: variables('name')[parameters('p')].",
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const text of allStrings(document.root)) {
        for (const call of callsIn(text.value)) {
          if (call.name.toLowerCase() !== 'variables' || call.args.length !== 1) continue;
          const inner = call.args[0]!;
          if (inner.type !== 'call' || inner.name.toLowerCase() !== 'concat' || inner.args.length !== 2) continue;
          const [prefix, parameter] = inner.args;
          if (prefix?.type !== 'string' || parameter?.type !== 'call' || parameter.name.toLowerCase() !== 'parameters') continue;
          const parameterName = parameter.args[0];
          if (parameter.args.length !== 1 || parameterName?.type !== 'string') continue;
          context.report(
            document,
            text.node,
            `variables(concat(${literal(prefix.value)}, parameters(${literal(parameterName.value)}))) builds a variable name at deployment time; make '${prefix.value}' an object variable and use variables(${literal(prefix.value)})[parameters(${literal(parameterName.value)})].`,
          );
        }
      }
    }
  },
};
