import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmValue, objectsOfKind, textOf } from '../../datafactory/factory-model.js';
import { hasServicePrincipalSecret } from '../../datafactory/service-principal.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** An application's client ID, as Microsoft Entra writes it. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Graph Data Connect authorises an application: the Office 365 linked service signs in as a service principal, with a key (literal or Key Vault) or a certificate. */
export const office365CredentialsRule: Rule = {
  id: 'gdc/office365-credentials',
  armTtk: null,
  severity: 'error',
  description: 'Give the Office365 linked service office365TenantId, servicePrincipalTenantId, servicePrincipalId and a servicePrincipalKey (or Key Vault secret) or certificate.',
  helpUri: ADF_DOCS.office365,
  check(context) {
    for (const service of objectsOfKind(factoryModel(context), 'linkedService')) {
      if (stringOf(prop(service.properties, 'type'))?.toLowerCase() !== 'office365') continue;
      const settings = prop(service.properties, 'typeProperties');
      const missing = ['office365TenantId', 'servicePrincipalTenantId', 'servicePrincipalId'].filter((name) => !prop(settings, name));
      if (!hasServicePrincipalSecret(settings)) missing.push('servicePrincipalKey (or servicePrincipalEmbeddedCert)');
      // The application (client) ID is a GUID; a name or a placeholder left in fails only when the copy runs.
      const appId = prop(settings, 'servicePrincipalId');
      const app = appId?.type === 'string' && !isArmValue(service.factory, appId) ? textOf(service.factory, appId) : undefined;
      if (appId !== undefined && app !== undefined && !app.startsWith('@') && !OBJECT_ID.test(app.trim())) {
        context.report(service.document, appId, `${describeObject(service)}: servicePrincipalId '${app}' is not an application (client) ID; give the GUID of the app registration the Microsoft 365 tenant approved.`);
      }
      if (missing.length === 0) continue;
      context.report(
        service.document,
        settings ?? dig(service.properties, 'type') ?? service.nameNode,
        `${describeObject(service)} lacks ${missing.join(', ')}; Graph Data Connect only accepts a service principal (key, Key Vault secret or certificate) approved in the Microsoft 365 tenant.`,
      );
    }
  },
};
