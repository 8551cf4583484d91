import { literalCredentials } from '../../arm/credential-literals.js';
import { templateDocuments } from '../../arm/template-documents.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/** Properties that carry an administrator user name (VMs, and SQL, MySQL and PostgreSQL servers). */
const USERNAME_PROPERTIES = ['adminUsername', 'administratorLogin'];

/** adminUsername must come from an expression (a parameter), never a literal. */
export const adminUsernameNotLiteralRule: Rule = {
  id: 'template/admin-username-not-literal',
  armTtk: 'adminUsername-Should-Not-Be-A-Literal',
  severity: 'error',
  description: 'Set adminUsername (and administratorLogin) from a parameter ([parameters(\'adminUsername\')]) so each deployment chooses its own, never a literal.',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const found of literalCredentials(document.root, USERNAME_PROPERTIES)) {
        const message = found.viaVariable
          ? `'${found.property}' uses variable '${found.viaVariable}', which holds the literal "${found.value}"; take the user name from a parameter instead.`
          : `'${found.property}' is the literal "${found.value}"; take the user name from a parameter ([parameters('${found.property}')]).`;
        context.report(document, found.node, message);
      }
    }
  },
};
