import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import { literalText } from '../../datafactory/literal-values.js';
import { isGuid } from '../../../guid.js';
import { hasServicePrincipalSecret } from '../../datafactory/service-principal.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** A domain name, as a tenant may be given by one of its own (contoso.onmicrosoft.com). */
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
const isTenant = (text: string) => isGuid(text) || DOMAIN.test(text);
/** The identifiers of the Office 365 linked service, what each must be, and the test it passes. */
const IDS: readonly (readonly [string, string, (text: string) => boolean])[] = [
  ['office365TenantId', 'a tenant ID; give the GUID of the Microsoft 365 tenant (or one of its domain names)', isTenant],
  ['servicePrincipalTenantId', 'a tenant ID; give the GUID of the tenant the app registration lives in (or one of its domain names)', isTenant],
  ['servicePrincipalId', 'an application (client) ID; give the GUID of the app registration the Microsoft 365 tenant approved', isGuid],
];

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
      // The application (client) ID is a GUID, a tenant a GUID or one of its domain names; a
      // name or a placeholder left in fails only when the copy runs.
      for (const [name, what, accepts] of IDS) {
        const node = prop(settings, name);
        const value = literalText(service.factory, node);
        if (node === undefined || value === undefined || accepts(value.trim())) continue;
        context.report(service.document, node, `${describeObject(service)}: ${name} '${value}' is not ${what}.`);
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
