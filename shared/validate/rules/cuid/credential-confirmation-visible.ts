import type { Node } from 'jsonc-parser';
import { dig } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC, CuidModel } from './cuid-model.js';

const CREDENTIAL_TYPES = ['Microsoft.Common.PasswordBox', 'Microsoft.Compute.CredentialsCombo'];

function isTrue(node: Node | undefined): boolean {
  return node?.value === true || (node?.type === 'string' && String(node.value).trim().toLowerCase() === 'true');
}

/** Password boxes and credential combos must keep the confirmation box. */
export const credentialConfirmationVisibleRule: Rule = {
  id: 'cuid/credential-confirmation-visible',
  armTtk: 'Credential-Confirmation-Should-Not-Be-Hidden',
  severity: 'error',
  description: 'Remove "options.hideConfirmation": true (or set it to false) on password boxes and credential combos.',
  helpUri: `${CUID_TESTS_DOC}#dont-hide-credential-confirmation`,
  check(context) {
    const document = context.createUiDefinition;
    if (!document?.root) return;
    const model = new CuidModel(document);
    for (const type of CREDENTIAL_TYPES) {
      for (const control of model.controlsOfType(type)) {
        const hide = dig(control.node, 'options', 'hideConfirmation');
        if (isTrue(hide)) {
          context.report(document, hide, `${control.type} '${control.name}' hides the password confirmation; set "options.hideConfirmation" to false or remove it.`);
        }
      }
    }
  },
};
