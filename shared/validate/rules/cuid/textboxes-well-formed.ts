import { elements, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { controlAnchor, CUID_TESTS_DOC, CuidModel, regexProblem } from './cuid-model.js';

/** A text box must validate what is typed: a regex with a message, or `validations` with a regex. */
export const textboxesWellFormedRule: Rule = {
  id: 'cuid/textboxes-well-formed',
  armTtk: 'Textboxes-Are-Well-Formed',
  severity: 'error',
  description: 'Give each Microsoft.Common.TextBox "constraints" with a "regex" and "validationMessage" (or "validations" with a regex and message).',
  helpUri: `${CUID_TESTS_DOC}#text-box-must-use-validation`,
  check(context) {
    const document = context.createUiDefinition;
    if (!document?.root) return;
    for (const control of new CuidModel(document).controlsOfType('Microsoft.Common.TextBox')) {
      const constraints = prop(control.node, 'constraints');
      if (constraints?.type !== 'object') {
        context.report(document, constraints ?? controlAnchor(control), `Text box '${control.name}' has no "constraints"; add a "regex" and a "validationMessage" that say what is allowed.`);
        continue;
      }
      let regexNode = undefined;
      const validations = elements(prop(constraints, 'validations'));
      if (validations.length > 0) {
        regexNode = validations.map((v) => prop(v, 'regex')).find((r) => Boolean(stringOf(r)));
      } else {
        regexNode = prop(constraints, 'regex');
        if (stringOf(regexNode) && !stringOf(prop(constraints, 'validationMessage'))) {
          context.report(document, regexNode, `Text box '${control.name}' has a "regex" but no "validationMessage"; add a message that tells the user what is allowed.`);
        }
      }
      const pattern = stringOf(regexNode);
      if (!pattern) {
        context.report(document, constraints, `Text box '${control.name}' has no "constraints.regex" (nor a regex in "constraints.validations"); add one that limits what can be typed.`);
        continue;
      }
      const problem = regexProblem(pattern);
      if (problem) context.report(document, regexNode, `Text box '${control.name}' has an invalid regex (${problem}); fix the pattern.`);
    }
  },
};
