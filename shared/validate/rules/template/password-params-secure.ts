import { parameterType } from '../../arm/secure-parameters.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateParameters } from '../../arm/template-model.js';
import { templateScopes } from '../../arm/template-scopes.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

const SECRET_NAME = /password|secret|accountkey/i;
/** Names with "secret" that describe a secret rather than hold one (Key Vault permissions, versions, URLs, names). */
const SECRET_METADATA = /permission|version|url|uri|name/i;
const ALLOWED_TYPES = new Set(['securestring', 'secureobject', 'bool']);

/** Parameters named like a password, secret or account key must be secureString or secureObject. */
export const passwordParamsSecureRule: Rule = {
  id: 'template/password-params-secure',
  armTtk: 'Password-params-must-be-secure',
  severity: 'error',
  description: 'Declare parameters that hold passwords, secrets or account keys as secureString (or secureObject).',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        for (const parameter of templateParameters(scope.template)) {
          const { name } = parameter;
          if (!SECRET_NAME.test(name)) continue;
          const type = parameterType(parameter.value);
          if (ALLOWED_TYPES.has(type)) continue;
          if (/secret/i.test(name) && SECRET_METADATA.test(name)) continue;
          const at = prop(parameter.value, 'type') ?? parameter.key;
          context.report(document, at, `Parameter '${name}' looks like it holds a secret but is of type '${type || 'none'}'; declare it as secureString (or secureObject).`);
        }
      }
    }
  },
};
