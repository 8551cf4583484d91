import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { controlAnchor, CUID_TESTS_DOC, CuidModel, regexProblem } from './cuid-model.js';
import { isExpressionString } from '../../arm/arm-expression.js';

/** Shortest password the certification accepts. */
export const PASSWORD_MIN_LENGTH = 12;

/** Sum of the lower bounds of every `{n}`, `{n,}` and `{n,m}` quantifier, as arm-ttk counts them. */
function minimumLength(pattern: string): number | undefined {
  const bounds = [...pattern.matchAll(/(?<!\\)\{(\d+)(?:,\d*)?\}/g)].map((m) => Number(m[1]));
  return bounds.length === 0 ? undefined : bounds.reduce((sum, n) => sum + n, 0);
}

/** A password box must constrain the password to at least 12 characters (no regex: the portal's default does). */
export const passwordMinLengthRule: Rule = {
  id: 'cuid/password-min-length',
  armTtk: 'PasswordBoxes-Must-Have-Min-Length',
  severity: 'error',
  description: `Give each Microsoft.Common.PasswordBox "constraints" whose regex requires at least ${PASSWORD_MIN_LENGTH} characters (e.g. {${PASSWORD_MIN_LENGTH},}).`,
  helpUri: `${CUID_TESTS_DOC}#password-box-requires-minimum-length`,
  check(context) {
    const document = context.createUiDefinition;
    if (!document?.root) return;
    for (const control of new CuidModel(document).controlsOfType('Microsoft.Common.PasswordBox')) {
      const constraints = prop(control.node, 'constraints');
      if (constraints?.type !== 'object') {
        context.report(document, constraints ?? controlAnchor(control), `Password box '${control.name}' has no "constraints"; add "constraints" with a "regex" that requires at least ${PASSWORD_MIN_LENGTH} characters.`);
        continue;
      }
      const regexNode = prop(constraints, 'regex');
      const pattern = stringOf(regexNode);
      // Without a regex the portal applies its own complexity rules, which are long enough.
      if (!pattern || isExpressionString(pattern.trim())) continue;
      const problem = regexProblem(pattern);
      if (problem) {
        context.report(document, regexNode, `Password box '${control.name}' has an invalid regex (${problem}); fix the pattern.`);
        continue;
      }
      const minimum = minimumLength(pattern);
      if (minimum === undefined) {
        context.report(document, regexNode, `Password box '${control.name}' regex has no length quantifier; require at least ${PASSWORD_MIN_LENGTH} characters, e.g. {${PASSWORD_MIN_LENGTH},}.`);
      } else if (minimum < PASSWORD_MIN_LENGTH) {
        context.report(document, regexNode, `Password box '${control.name}' regex allows passwords shorter than ${PASSWORD_MIN_LENGTH} characters (minimum ${minimum}); raise the quantifier to {${PASSWORD_MIN_LENGTH},}.`);
      }
    }
  },
};
