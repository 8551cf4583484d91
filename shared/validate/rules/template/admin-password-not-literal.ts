import { literalCredentials } from '../../arm/credential-literals.js';
import { templateDocuments } from '../../arm/template-documents.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/** Properties that carry an administrator password. */
const PASSWORD_PROPERTIES = ['adminPassword', 'administratorLoginPassword'];

/** adminPassword (and administratorLoginPassword) must come from an expression, never a literal. */
export const adminPasswordNotLiteralRule: Rule = {
  id: 'template/admin-password-not-literal',
  armTtk: 'adminPassword-Should-Not-Be-A-Literal',
  severity: 'error',
  description: 'Set adminPassword and administratorLoginPassword from a secureString parameter ([parameters(\'adminPassword\')]), never a literal.',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const found of literalCredentials(document.root, PASSWORD_PROPERTIES)) {
        // The password itself is never repeated in the message: findings end up in CI logs.
        const message = found.viaVariable
          ? `'${found.property}' uses variable '${found.viaVariable}', which holds a literal password; take the password from a secureString parameter instead.`
          : `'${found.property}' is a literal password; take it from a secureString parameter ([parameters('${found.property}')]).`;
        context.report(document, found.node, message);
      }
    }
  },
};
