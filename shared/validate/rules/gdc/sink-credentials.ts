import type { Node } from 'jsonc-parser';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { office365Copies } from '../../datafactory/office365-copies.js';
import { hasServicePrincipalSecret } from '../../datafactory/service-principal.js';
import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { GDC_SINK_TYPES } from './sink-store.js';

/**
 * How a storage linked service signs in, when it is not a service principal, and the setting
 * that says so (none when it is what is missing that says it).
 */
function otherAuthentication(settings: Node | undefined): { what: string; at?: Node } | undefined {
  const connection = prop(settings, 'connectionString');
  const connectionText = stringOf(connection) ?? stringOf(prop(connection, 'value')) ?? '';
  const accountKey = prop(settings, 'accountKey');
  if (accountKey) return { what: 'an account key', at: accountKey };
  if (/accountkey=/i.test(connectionText)) return { what: 'an account key', at: connection };
  const sas = prop(settings, 'sasUri') ?? prop(settings, 'sasToken');
  if (sas) return { what: 'a shared access signature', at: sas };
  if (/sharedaccesssignature=|[?&]sig=/i.test(connectionText)) return { what: 'a shared access signature', at: connection };
  const credential = prop(settings, 'credential');
  if (credential) return { what: 'a user-assigned managed identity', at: credential };
  if (!prop(settings, 'servicePrincipalId')) return { what: 'the factory managed identity' };
  if (!hasServicePrincipalSecret(settings)) return { what: 'a service principal without a key or certificate', at: prop(settings, 'servicePrincipalId') };
  return undefined;
}

/** Graph Data Connect writes to the sink as the approved application: the sink linked service must authenticate with a service principal. */
export const sinkCredentialsRule: Rule = {
  id: 'gdc/sink-credentials',
  armTtk: null,
  severity: 'error',
  description: 'Authenticate the Office 365 copy sink linked service with a service principal (servicePrincipalId and servicePrincipalKey or certificate), not an account key, SAS or managed identity.',
  helpUri: ADF_DOCS.office365,
  check(context) {
    const reported = new Set<unknown>();
    for (const copy of office365Copies(context)) {
      const service = copy.sinkLinkedService;
      const type = stringOf(prop(service?.properties, 'type'));
      if (!service || type === undefined || !GDC_SINK_TYPES.has(type.toLowerCase()) || reported.has(service)) continue;
      const settings = prop(service.properties, 'typeProperties');
      const other = otherAuthentication(settings);
      if (!other) continue;
      reported.add(service);
      context.report(service.document, other.at ?? settings ?? service.nameNode, `${describeObject(service)} receives Office 365 data but authenticates with ${other.what}; Graph Data Connect requires a service principal. Set servicePrincipalId, servicePrincipalKey (or a certificate) and the tenant.`);
    }
  },
};
