import type { Node } from 'jsonc-parser';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC, CuidModel } from './cuid-model.js';

function hasValue(node: Node | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'null':
      return false;
    case 'string':
      return (node.value as string).length > 0;
    case 'boolean':
    case 'number':
      return Boolean(node.value);
    default:
      return (node.children?.length ?? 0) > 0;
  }
}

/** A user name box must start empty so nobody deploys with a guessable default admin name. */
export const usernamesNoDefaultRule: Rule = {
  id: 'cuid/usernames-no-default',
  armTtk: 'Usernames-Should-Not-Have-A-Default',
  severity: 'error',
  description: 'Remove "defaultValue" from Microsoft.Compute.UserNameTextBox controls.',
  helpUri: `${CUID_TESTS_DOC}#dont-set-a-default-user-name`,
  check(context) {
    const document = context.createUiDefinition;
    if (!document?.root) return;
    for (const control of new CuidModel(document).controlsOfType('Microsoft.Compute.UserNameTextBox')) {
      const value = prop(control.node, 'defaultValue');
      if (hasValue(value)) {
        context.report(document, value, `User name box '${control.name}' has a default value; remove "defaultValue" so the user types a name.`);
      }
    }
  },
};
