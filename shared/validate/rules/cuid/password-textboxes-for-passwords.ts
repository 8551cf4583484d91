import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { controlAnchor, CUID_TESTS_DOC, CuidModel, describeControl, fileName, templateParameter } from './cuid-model.js';

const SECURE_TYPES = ['securestring', 'secureobject'];

/** What a password box collects must reach the template through a secure parameter. */
export const passwordTextboxesForPasswordsRule: Rule = {
  id: 'cuid/password-textboxes-for-passwords',
  armTtk: 'Password-Textboxes-Must-Be-Used-For-Password-Parameters',
  severity: 'error',
  description: 'Pass each Microsoft.Common.PasswordBox through an output to a mainTemplate parameter of type secureString or secureObject.',
  helpUri: `${CUID_TESTS_DOC}#use-secure-parameter-with-password-box`,
  check(context) {
    const { createUiDefinition: document, template } = context;
    if (document?.root?.type !== 'object' || template?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    for (const control of model.controlsOfType('Microsoft.Common.PasswordBox')) {
      const output = model.outputsReferencing(control)[0]?.output;
      if (!output) {
        context.report(document, controlAnchor(control), `Password box '${control.name}' is not passed to the template: no output reads ${describeControl(control)}; add an output for it and a secureString parameter.`);
        continue;
      }
      const parameter = templateParameter(template, output.name);
      if (parameter?.value.type !== 'object') {
        context.report(document, output.value, `Password box '${control.name}' goes to output "${output.name}", which has no parameter in ${fileName(template)}; add a secureString parameter "${output.name}".`);
        continue;
      }
      const typeNode = prop(parameter.value, 'type');
      const type = stringOf(typeNode) ?? '';
      if (!SECURE_TYPES.includes(type.toLowerCase())) {
        context.report(template, typeNode ?? parameter.key, `Parameter "${parameter.name}" receives password box '${control.name}' but its type is '${type}'; make it secureString (or secureObject).`);
      }
    }
  },
};
