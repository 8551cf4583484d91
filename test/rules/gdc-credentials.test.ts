import { parseTree } from 'jsonc-parser';
import { hasServicePrincipalSecret } from '../../shared/validate/datafactory/service-principal.js';
import { office365CredentialsRule } from '../../shared/validate/rules/gdc/office365-credentials.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const office365 = (typeProperties: Record<string, unknown>) => JSON.stringify({ name: 'O365', properties: { type: 'Office365', typeProperties } }, null, 2);
const ids = { office365TenantId: '2d2199a8-cb98-4269-b2ae-c63cf2b7c7f0', servicePrincipalTenantId: 'contoso.onmicrosoft.com', servicePrincipalId: '6f1c0a4e-2b7d-4c1e-9a3f-5d8e7b6a4c21' };
const messages = (typeProperties: Record<string, unknown>) => check(office365CredentialsRule, memoryUnit({ 'linkedService/O365.json': office365(typeProperties) })).map((f) => f.message);

describe('gdc/office365-credentials', () => {
  test('a key, a Key Vault secret, a certificate or a key the service encrypted pass', () => {
    expect(messages({ ...ids, servicePrincipalKey: { type: 'AzureKeyVaultSecret', store: { referenceName: 'KV', type: 'LinkedServiceReference' }, secretName: 's' } })).toEqual([]);
    expect(messages({ ...ids, servicePrincipalEmbeddedCert: { type: 'SecureString', value: '**********' } })).toEqual([]);
    // What the service writes to Git when the linked service was saved with its key.
    expect(messages({ ...ids, encryptedCredential: 'ew0KICAiVmVyc2lvbiI6ICIyMDE3LTExLTMwIg0KfQ==' })).toEqual([]);
  });

  test('an application ID that is not a GUID, or a tenant that is neither a GUID nor a domain, is an error there; computed ones are not judged', () => {
    const key = { servicePrincipalKey: { type: 'SecureString', value: '**********' } };
    expect(messages({ ...ids, ...key, servicePrincipalId: '10033FFFAE3DC04C' })).toEqual([
      "Linked service 'O365': servicePrincipalId '10033FFFAE3DC04C' is not an application (client) ID; give the GUID of the app registration the Microsoft 365 tenant approved.",
    ]);
    expect(messages({ ...ids, ...key, servicePrincipalId: '@{linkedService().appId}' })).toEqual([]);
    expect(messages({ ...ids, ...key, office365TenantId: '<tenant-id>', servicePrincipalTenantId: 'contoso' })).toEqual([
      "Linked service 'O365': office365TenantId '<tenant-id>' is not a tenant ID; give the GUID of the Microsoft 365 tenant (or one of its domain names).",
      "Linked service 'O365': servicePrincipalTenantId 'contoso' is not a tenant ID; give the GUID of the tenant the app registration lives in (or one of its domain names).",
    ]);
    expect(messages({ ...ids, ...key, servicePrincipalId: ' 6F1C0A4E-2B7D-4C1E-9A3F-5D8E7B6A4C21 ' })).toEqual([]);
  });

  test('a service principal without any secret is an error', () => {
    expect(messages(ids)).toEqual([expect.stringContaining('lacks servicePrincipalKey (or servicePrincipalEmbeddedCert)')]);
    expect(messages({ ...ids, encryptedCredential: '' })).toHaveLength(1);
  });
});

describe('hasServicePrincipalSecret (the Office 365 and the sink linked services)', () => {
  const has = (typeProperties: Record<string, unknown>) => hasServicePrincipalSecret(parseTree(JSON.stringify(typeProperties)));
  test('a key, a certificate, a credential or an encrypted key count; an id alone or an empty encrypted key does not', () => {
    expect(has({ servicePrincipalId: 'app', servicePrincipalKey: { type: 'SecureString', value: '**********' } })).toBe(true);
    expect(has({ servicePrincipalId: 'app', servicePrincipalEmbeddedCert: { type: 'SecureString', value: '**********' } })).toBe(true);
    expect(has({ servicePrincipalId: 'app', servicePrincipalCredential: { type: 'AzureKeyVaultSecret' } })).toBe(true);
    expect(has({ servicePrincipalId: 'app', encryptedCredential: 'ew0KfQ==' })).toBe(true);
    expect(has({ servicePrincipalId: 'app' })).toBe(false);
    expect(has({ servicePrincipalId: 'app', encryptedCredential: '' })).toBe(false);
  });
});
