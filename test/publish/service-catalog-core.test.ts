import { closeSync, openSync, ftruncateSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApplicationClient } from '@azure/arm-managedapplications';
import { ClientSecretCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { publishServiceCatalogCommand } from '../../shared/commands/publish-service-catalog.js';
import { runCommand } from '../../shared/commands/run-command.js';
import { publishServiceCatalog } from '../../shared/publish/service-catalog/publish-service-catalog.js';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { azureHost, everythingRecorded } from '../helpers/azure-host.js';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type Azurite } from '../helpers/azurite.js';
import { armToken, call } from '../helpers/stand-in-client.js';
import { trustCertificate } from '../helpers/trust-stand-in.js';
import { EXAMPLE_APP, FIXTURES } from '../helpers/validate-fixture.js';

// Layer one: the use case with a recording host, against the stand-in's ARM and a real Azurite.
const scenario: { denyWrites?: boolean; downloadPackages?: boolean } = { downloadPackages: true };
const PRINCIPAL = '4b1d8c2e-0f3a-4c5d-9e6f-7a8b9c0d1e2f';
let standIn: StandIn;
let azurite: Azurite;
let untrust: () => void;

beforeAll(async () => {
  [standIn, azurite] = await Promise.all([startStandIn({ config: { scenario: { 'managed-app-definitions': scenario } } }), startAzurite()]);
  untrust = trustCertificate(standIn.ca);
  const token = await armToken(standIn);
  for (const group of ['apps', 'portal']) {
    await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/${group}?api-version=2021-04-01`, { token, body: { location: 'westeurope' } });
  }
});
afterAll(async () => {
  untrust?.();
  await Promise.all([standIn?.stop(), azurite?.stop()]);
});
beforeEach(() => {
  standIn.requests.clear();
  standIn.clearFaults();
  scenario.denyWrites = false;
});

const connection = () => ({
  auth: 'secret',
  cloud: 'Custom',
  'authority-host': standIn.env.AZURE_AUTHORITY_HOST,
  'arm-endpoint': standIn.env.MAPP_ARM_ENDPOINT,
  'tenant-id': standIn.env.AZURE_TENANT_ID,
  'client-id': standIn.env.AZURE_CLIENT_ID,
  'client-secret': standIn.env.AZURE_CLIENT_SECRET,
  'subscription-id': standIn.env.AZURE_SUBSCRIPTION_ID,
});

const upload = () => ({ 'storage-account': AZURITE_ACCOUNT, 'blob-endpoint': azurite.blobEndpoint, 'storage-account-key': AZURITE_KEY });

async function publish(inputs: Record<string, string>, workingDirectory = EXAMPLE_APP) {
  const { host, fake } = azureHost('cli', {}, workingDirectory);
  const all: Record<string, string> = { ...connection(), location: 'westeurope', 'resource-group': 'apps', ...inputs };
  const result = await runCommand(host, publishServiceCatalogCommand, { get: (name) => all[name], describe: (name) => `input '${name}'` }, publishServiceCatalog);
  const recorded = everythingRecorded(fake);
  // No secret reaches a log line, an output or the summary: the client secret, the account key, any SAS signature.
  for (const secret of [standIn.env.AZURE_CLIENT_SECRET, AZURITE_KEY, ...fake.masked.filter((m) => m.length > 20)]) expect(recorded).not.toContain(secret);
  expect(recorded).not.toMatch(/sig=(?!\*\*\*)/);
  return { result, fake, recorded };
}

function client(): ApplicationClient {
  const credential = new ClientSecretCredential(standIn.env.AZURE_TENANT_ID, standIn.env.AZURE_CLIENT_ID, standIn.env.AZURE_CLIENT_SECRET, {
    authorityHost: standIn.env.AZURE_AUTHORITY_HOST,
    disableInstanceDiscovery: true,
  });
  return new ApplicationClient(credential, standIn.env.AZURE_SUBSCRIPTION_ID, { endpoint: standIn.env.MAPP_ARM_ENDPOINT, $host: standIn.env.MAPP_ARM_ENDPOINT });
}

const routes = () => standIn.requests.list().map((e) => `${e.method} ${e.route} ${e.status}`);
const writes = () => standIn.requests.list().filter((e) => e.method !== 'GET' && e.route !== 'entra.token');

describe('publish-service-catalog against the stand-in and Azurite', () => {
  test('first publish uploads the built example app with a read-only SAS; every property reads back as given', async () => {
    const { result, fake } = await publish({
      ...upload(),
      name: 'gdc-app',
      'display-name': 'Graph Data Connect app',
      description: 'Copies Microsoft 365 data',
      'lock-level': 'CanNotDelete',
      authorizations: `${PRINCIPAL}:Contributor`,
      'deployment-mode': 'Incremental',
      'management-mode': 'Managed',
      'notification-endpoint': 'https://hooks.example.com/managed-apps',
      'allowed-actions': 'Microsoft.Compute/virtualMachines/restart/action',
      'allowed-data-actions': 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read',
      policies: '[{"name": "tags", "policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/1e30110a-5ceb-460c-a204-c1c3969c6d62", "parameters": {"tagName": {"value": "team"}}}]',
      tags: 'team=platform',
      version: '1.4.0',
    });
    expect(result).toEqual({ exitCode: 0 });
    expect(fake.outputsSet.result).toBe('created');
    expect(fake.outputsSet.version).toBe('1.4.0');
    expect(fake.outputsSet['package-url']).toMatch(new RegExp(`^${azurite.blobEndpoint}/mapp-packages/gdc-app/[0-9a-f]{64}\\.zip\\?.*sp=r.*&sig=\\*\\*\\*`));
    expect(fake.outputsSet['portal-url']).toContain('/#resource/subscriptions/');
    expect(fake.summaries.join('\n')).toContain('| Result | created |');
    expect(fake.masked.some((m) => m.length > 30)).toBe(true);
    // The stand-in downloaded the package with that SAS, as Azure does.
    expect(routes()).toEqual(expect.arrayContaining(['GET arm.applicationDefinitions.get 404', 'PUT arm.applicationDefinitions.put 201']));

    const read = await client().applicationDefinitions.get('apps', 'gdc-app');
    expect(read).toMatchObject({
      id: fake.outputsSet['definition-id'],
      location: 'westeurope',
      lockLevel: 'CanNotDelete',
      displayName: 'Graph Data Connect app',
      description: 'Copies Microsoft 365 data',
      isEnabled: true,
      authorizations: [{ principalId: PRINCIPAL, roleDefinitionId: 'b24988ac-6180-42a0-ab88-20f7382dd24c' }],
      deploymentPolicy: { deploymentMode: 'Incremental' },
      managementPolicy: { mode: 'Managed' },
      notificationPolicy: { notificationEndpoints: [{ uri: 'https://hooks.example.com/managed-apps' }] },
      lockingPolicy: { allowedActions: ['Microsoft.Compute/virtualMachines/restart/action'], allowedDataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'] },
      policies: [{ name: 'tags', policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/1e30110a-5ceb-460c-a204-c1c3969c6d62', parameters: '{"tagName":{"value":"team"}}' }],
      tags: { team: 'platform', 'mapp-version': '1.4.0', 'mapp-package-sha256': expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(read.packageFileUri).toContain('sig=');

    // Unchanged re-publish: one token and one GET, no write, no upload.
    standIn.requests.clear();
    const again = await publish({ ...upload(), name: 'gdc-app', 'lock-level': 'CanNotDelete', tags: 'team=platform', version: '1.4.0' });
    expect(again.result).toEqual({ exitCode: 0 });
    expect(again.fake.outputsSet.result).toBe('unchanged');
    expect(again.fake.infos.join('\n')).toContain('unchanged: the package and every property match, nothing written');
    // MSAL reads the authority's metadata, then the token; then one GET. Three calls, no write.
    expect(routes()).toEqual(['GET entra.openidConfiguration 200', 'POST entra.token 200', 'GET arm.applicationDefinitions.get 200']);

    // Changed re-publish: the one property that changed is named, and written once.
    standIn.requests.clear();
    const changed = await publish({ ...upload(), name: 'gdc-app', 'lock-level': 'CanNotDelete', tags: 'team=platform', version: '1.4.0', 'display-name': 'GDC app' });
    expect(changed.fake.outputsSet.result).toBe('updated');
    expect(changed.fake.infos).toContain('  displayName: Graph Data Connect app -> GDC app');
    expect(writes().map((e) => e.route)).toEqual(['arm.applicationDefinitions.put']);
  });

  test('what-if prints the difference and writes nothing, not even the blob', async () => {
    const { result, fake } = await publish({ ...upload(), name: 'what-if-app', 'what-if': 'true', version: '2.0.0' });
    expect(result).toEqual({ exitCode: 0 });
    expect(fake.outputsSet.result).toBe('what-if');
    expect(fake.infos.join('\n')).toMatch(/what-if: would create the definition; nothing written[\s\S]*lockLevel: \(none\) -> ReadOnly/);
    expect(writes()).toEqual([]);
    const container = new BlobServiceClient(azurite.blobEndpoint, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY)).getContainerClient('mapp-packages');
    const names: string[] = [];
    if (await container.exists()) for await (const blob of container.listBlobsFlat({ prefix: 'what-if-app/' })) names.push(blob.name);
    expect(names).toEqual([]);
  });

  test('a definition made in the portal with a Managed policy is updated without the lock conflict, its policies kept', async () => {
    await client().applicationDefinitions.createOrUpdate('portal', 'made-in-portal', {
      location: 'westeurope', lockLevel: 'ReadOnly', displayName: 'Portal', packageFileUri: undefined,
      mainTemplate: { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [] },
      createUiDefinition: { handler: 'Microsoft.Azure.CreateUIDef', version: '0.1.2-preview', parameters: { basics: [], steps: [], outputs: {} } },
      managementPolicy: { mode: 'Managed' }, lockingPolicy: { allowedActions: ['Microsoft.Web/sites/restart/action'] },
    });
    const minimal = path.join(FIXTURES, 'minimal-app');
    const { result, fake } = await publish({ name: 'made-in-portal', 'resource-group': 'portal', path: minimal }, minimal);
    expect(result).toEqual({ exitCode: 0 });
    expect(fake.outputsSet.result).toBe('updated');
    const read = await client().applicationDefinitions.get('portal', 'made-in-portal');
    expect(read.managementPolicy).toEqual({ mode: 'Managed' });
    expect(read.lockingPolicy).toEqual({ allowedActions: ['Microsoft.Web/sites/restart/action'] });
    expect(read.mainTemplate).toMatchObject({ contentVersion: expect.any(String) });

    const conflict = await publish({ name: 'made-in-portal', 'resource-group': 'portal', path: minimal, 'management-mode': 'Unmanaged' }, minimal);
    expect(conflict.result.exitCode).toBe(1);
    expect(conflict.result.message).toContain('ApplicationDefinitionApplicationManagementPolicyLockConflict, HTTP 409');
    expect(conflict.result.message).toContain("Leave out input 'management-mode' to keep the existing mode");
  });

  test('clear failures: missing resource group, provider not registered, no permission, bad authorizations', async () => {
    const missing = await publish({ ...upload(), name: 'x-app', 'resource-group': 'nowhere' });
    expect(missing.result.exitCode).toBe(2);
    expect(missing.result.message).toMatch(/resource group 'nowhere' of subscription .* does not exist \(ResourceGroupNotFound, HTTP 404: .*\)\. Create it \(az group create --name nowhere/);

    standIn.state.providers.set('microsoft.solutions', { namespace: 'Microsoft.Solutions', registrationState: 'NotRegistered' });
    try {
      const unregistered = await publish({ ...upload(), name: 'x-app' });
      expect(unregistered.result.exitCode).toBe(1);
      expect(unregistered.result.message).toContain('MissingSubscriptionRegistration, HTTP 409');
      expect(unregistered.result.message).toContain('az provider register --namespace Microsoft.Solutions');
    } finally {
      standIn.state.providers.set('microsoft.solutions', { namespace: 'Microsoft.Solutions', registrationState: 'Registered' });
    }

    scenario.denyWrites = true;
    const denied = await publish({ ...upload(), name: 'x-app' });
    expect(denied.result.exitCode).toBe(1);
    expect(denied.result.message).toMatch(/may not write Microsoft.Solutions\/applicationDefinitions .*\(AuthorizationFailed, HTTP 403: .*\)\. Give it the Contributor role/);
    scenario.denyWrites = false;

    standIn.requests.clear();
    const bad = await publish({ ...upload(), name: 'x-app', authorizations: 'not-a-guid:Contributor, 4b1d8c2e-0f3a-4c5d-9e6f-7a8b9c0d1e2f:Janitor' });
    expect(bad.result.exitCode).toBe(2);
    expect(bad.result.message).toContain("input 'authorizations' has invalid authorizations (InvalidAuthorization): 'not-a-guid' in 'not-a-guid:Contributor' is not a principal (object) id GUID; 'Janitor' in");
    expect(writes()).toEqual([]);
  });

  test('a package over 120 MB is refused before any call or upload (sparse file, nothing written)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mapp-big-'));
    const zip = path.join(dir, 'big.zip');
    const fd = openSync(zip, 'w');
    ftruncateSync(fd, 121 * 1024 * 1024);
    closeSync(fd);
    const { result } = await publish({ ...upload(), name: 'big-app', path: 'big.zip' }, dir);
    expect(result.exitCode).toBe(1);
    expect(result.message).toBe('big.zip: The package is 121.0 MB; the service catalog accepts at most 120 MB. Move large files to your own storage and download them from the template, or leave them out with .mappignore. (ApplicationDefinitionPackageTooLarge)');
    expect(standIn.requests.list()).toEqual([]);
  });

  test('429 and 503 replies are retried (Retry-After honoured) and the publish completes', async () => {
    standIn.addFault({ route: 'arm.applicationDefinitions.get', kind: 'throttle', retryAfterSeconds: 1, count: 1 });
    standIn.addFault({ route: 'arm.applicationDefinitions.put', kind: 'error', status: 503, count: 1 });
    const { result, fake } = await publish({ ...upload(), name: 'faulty-app', version: '1.0.0' });
    expect(result).toEqual({ exitCode: 0 });
    expect(fake.outputsSet.result).toBe('created');
    expect(routes()).toEqual(['GET entra.openidConfiguration 200', 'POST entra.token 200', 'GET arm.applicationDefinitions.get 429', 'GET arm.applicationDefinitions.get 404', 'PUT arm.applicationDefinitions.put 503', 'PUT arm.applicationDefinitions.put 201']);
  });

  test('per-version strategy names one definition per version; inline needs a two-template package', async () => {
    const { fake } = await publish({ ...upload(), name: 'versioned', versioning: 'per-version', version: '3.1.0' });
    expect(fake.outputsSet['definition-name']).toBe('versioned-3.1.0');
    const inline = await publish({ name: 'inline-app', 'package-source': 'inline' });
    expect(inline.result.exitCode).toBe(2);
    expect(inline.result.message).toMatch(/has .*README\.md.* besides the two templates.*give input 'storage-account'/);
  });
});
