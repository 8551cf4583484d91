import { reportUnreferenced } from '../../arm/declared-references.js';
import { templateParameters } from '../../arm/template-model.js';
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
    reportUnreferenced(
      context,
      'parameters',
      (template) => templateParameters(template).filter((p) => !p.name.startsWith('__')).map((p) => ({ name: p.name, at: p.key })),
      'Parameter',
    );
  },
};
