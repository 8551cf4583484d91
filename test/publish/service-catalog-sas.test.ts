import type { UserDelegationKey } from '@azure/storage-blob';
import { blobUrl, maskedUrl, sasSecrets, userDelegationSas, type BlobTarget } from '../../shared/publish/service-catalog/package-upload.js';
import { diffDefinitions, describeChanges } from '../../shared/publish/service-catalog/definition-diff.js';
import { parseAuthorizations } from '../../shared/publish/service-catalog/role-names.js';

// The user-delegation SAS (the Entra sign-in path) cannot be exercised against Azurite without
// its HTTPS + OAuth mode, so its construction is checked here against the documented format.
const target: BlobTarget = { endpoint: 'https://contoso.blob.core.windows.net', accountName: 'contoso', container: 'mapp-packages', blobName: 'app/abc.zip' };
const key: UserDelegationKey = {
  signedObjectId: '11111111-1111-4111-8111-111111111111',
  signedTenantId: '22222222-2222-4222-8222-222222222222',
  signedStartsOn: new Date('2026-01-01T00:00:00Z'),
  signedExpiresOn: new Date('2026-01-02T00:00:00Z'),
  signedService: 'b',
  signedVersion: '2025-01-05',
  value: Buffer.from('a user delegation key, 32 bytes!').toString('base64'),
};

test('a user-delegation SAS is read-only, for one blob, https only, short-lived, and signed with the delegation key', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const sas = new URLSearchParams(userDelegationSas(target, key, now, 60));
  expect(sas.get('sv')).toBe('2025-07-05');
  expect(sas.get('sp')).toBe('r');
  expect(sas.get('sr')).toBe('b');
  expect(sas.get('spr')).toBe('https');
  expect(sas.get('st')).toBe('2026-01-01T11:55:00Z');
  expect(sas.get('se')).toBe('2026-01-01T13:00:00Z');
  expect(sas.get('skoid')).toBe(key.signedObjectId);
  expect(sas.get('sktid')).toBe(key.signedTenantId);
  expect(sas.get('sks')).toBe('b');
  expect(sas.get('skv')).toBe('2025-01-05');
  // No account key anywhere: the signature is HMAC-SHA256 over the string-to-sign with the delegation key.
  const signature = sas.get('sig')!;
  expect(signature).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  const other = new URLSearchParams(userDelegationSas(target, { ...key, value: Buffer.from('another delegation key, 32 bytes').toString('base64') }, now, 60));
  expect(other.get('sig')).not.toBe(signature);
});

test('signatures are what gets masked, and shown URLs carry *** instead', () => {
  const sas = userDelegationSas(target, key, new Date('2026-01-01T12:00:00Z'), 60);
  const url = `${blobUrl(target)}?${sas}`;
  const [raw, encoded] = sasSecrets(sas);
  expect(url).toContain(encoded);
  expect(raw).toBe(new URLSearchParams(sas).get('sig'));
  const shown = maskedUrl(url);
  expect(shown).toMatch(/^https:\/\/contoso\.blob\.core\.windows\.net\/mapp-packages\/app\/abc\.zip\?.*&sig=\*\*\*/);
  expect(shown).not.toContain(encoded);
});

test('the diff ignores SAS renewals and authorization order, and names real changes', () => {
  const existing = { location: 'West Europe', lockLevel: 'ReadOnly' as const, packageFileUri: 'https://a/b.zip?sig=old', authorizations: [{ principalId: 'A', roleDefinitionId: 'X' }, { principalId: 'B', roleDefinitionId: 'Y' }] };
  expect(diffDefinitions(existing, { ...existing, location: 'westeurope', packageFileUri: 'https://a/b.zip?sig=new', authorizations: [...existing.authorizations].reverse() })).toEqual([]);
  expect(describeChanges(diffDefinitions(existing, { ...existing, packageFileUri: 'https://a/c.zip?sig=new' }))).toEqual(['packageFileUri: https://a/b.zip -> https://a/c.zip']);
});

test('built-in role names and role definition paths resolve to role ids', () => {
  const principal = '4b1d8c2e-0f3a-4c5d-9e6f-7a8b9c0d1e2f';
  expect(parseAuthorizations([`${principal}:Reader`, `${principal}:/providers/Microsoft.Authorization/roleDefinitions/B24988AC-6180-42A0-AB88-20F7382DD24C`], "input 'authorizations'")).toEqual([
    { principalId: principal, roleDefinitionId: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' },
    { principalId: principal, roleDefinitionId: 'b24988ac-6180-42a0-ab88-20f7382dd24c' },
  ]);
});
