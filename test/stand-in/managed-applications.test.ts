import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BlobServiceClient, BlobSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import { strToU8, zipSync } from 'fflate';
import { templateGuid, uniqueString } from '../../shared/arm-eval/index.js';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type Azurite } from '../helpers/azurite.js';
import { armToken, call } from '../helpers/stand-in-client.js';

// Managed applications in the stand-in: a ServiceCatalog definition's mainTemplate (the example
// Graph Data Connect app) deployed into the managed resource group with the ARM evaluator, then
// read back through the application, resource group, Data Factory and generic resource routes.
let standIn: StandIn;
let token: string;
let sub: string;
const SOLUTIONS = '?api-version=2021-07-01';
const ADF = '?api-version=2018-06-01';
const mainTemplate = JSON.parse(readFileSync(new URL('../../examples/graph-data-connect-app/mainTemplate.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const createUiDefinition = JSON.parse(readFileSync(new URL('../../examples/graph-data-connect-app/createUiDefinition.json', import.meta.url), 'utf8')) as unknown;
const SECRET = 'app-secret-never-echoed';
const parameters = {
  namePrefix: { value: 'contoso' },
  servicePrincipalClientId: { value: '11111111-1111-4111-8111-111111111111' },
  servicePrincipalObjectId: { value: '22222222-2222-4222-8222-222222222222' },
  servicePrincipalClientSecret: { value: SECRET },
  extractionStartTime: { value: '2026-01-01T00:00:00Z' },
  extractionEndTime: { value: '2026-01-31T00:00:00Z' },
};

const definitionPath = (name: string) => `/subscriptions/${sub}/resourceGroups/apps/providers/Microsoft.Solutions/applicationDefinitions/${name}`;
const applicationPath = (name: string) => `/subscriptions/${sub}/resourceGroups/apps/providers/Microsoft.Solutions/applications/${name}`;
const groupId = (name: string) => `/subscriptions/${sub}/resourceGroups/${name}`;

async function publishDefinition(name: string, properties: Record<string, unknown>): Promise<string> {
  const reply = await call(standIn, 'PUT', `${definitionPath(name)}${SOLUTIONS}`, { token, body: { location: 'westeurope', properties: { lockLevel: 'ReadOnly', ...properties } } });
  expect(reply.status).toBe(201);
  return reply.json.id as string;
}

function putApplication(name: string, definitionId: string, mrg: string, values: Record<string, unknown> = parameters) {
  return call(standIn, 'PUT', `${applicationPath(name)}${SOLUTIONS}`, {
    token,
    body: { location: 'westeurope', kind: 'ServiceCatalog', properties: { managedResourceGroupId: groupId(mrg), applicationDefinitionId: definitionId, parameters: values } },
  });
}

beforeAll(async () => {
  standIn = await startStandIn();
  sub = standIn.env.AZURE_SUBSCRIPTION_ID!;
  token = await armToken(standIn);
  expect((await call(standIn, 'PUT', `/subscriptions/${sub}/resourcegroups/apps?api-version=2021-04-01`, { token, body: { location: 'westeurope' } })).status).toBe(201);
});
afterAll(async () => {
  await standIn.stop();
});

describe('an application of the example definition (inline mainTemplate)', () => {
  const suffix = () => uniqueString(groupId('mrg-contoso'));
  const factoryPath = () => `${groupId('mrg-contoso')}/providers/Microsoft.DataFactory/factories/contoso-adf-${suffix()}`;
  let definitionId: string;

  beforeAll(async () => {
    definitionId = await publishDefinition('gdc-app', { mainTemplate, createUiDefinition });
  });

  test('PUT deploys the template and answers like ARM, without the secure parameter', async () => {
    const reply = await putApplication('contoso', definitionId, 'mrg-contoso');
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({
      id: applicationPath('contoso'),
      name: 'contoso',
      type: 'Microsoft.Solutions/applications',
      kind: 'ServiceCatalog',
      location: 'westeurope',
      properties: {
        provisioningState: 'Succeeded',
        managedResourceGroupId: groupId('mrg-contoso'),
        applicationDefinitionId: definitionId,
        outputs: {
          storageAccountName: { type: 'String', value: `contoso${suffix()}` },
          dataFactoryName: { type: 'String', value: `contoso-adf-${suffix()}` },
          pipelineName: { type: 'String', value: 'CopyMessagesToDataLake' },
          containerName: { type: 'String', value: 'graph-data-connect' },
        },
      },
    });
    expect(Object.keys(reply.json.properties.parameters).sort()).toEqual(['extractionEndTime', 'extractionStartTime', 'namePrefix', 'servicePrincipalClientId', 'servicePrincipalObjectId']);
    expect(reply.json.properties.parameters.namePrefix).toEqual({ type: 'String', value: 'contoso' });
    expect(reply.text).not.toContain(SECRET);
  });

  test('GET returns the application; the managed resource group is managed by it', async () => {
    const app = await call(standIn, 'GET', `${applicationPath('contoso')}${SOLUTIONS}`, { token });
    expect(app.status).toBe(200);
    expect(app.json.properties.provisioningState).toBe('Succeeded');
    expect(app.text).not.toContain(SECRET);
    const group = await call(standIn, 'GET', `${groupId('mrg-contoso')}?api-version=2021-04-01`, { token });
    expect(group.status).toBe(200);
    expect(group.json).toMatchObject({ name: 'mrg-contoso', location: 'westeurope', managedBy: applicationPath('contoso') });
    const listed = await call(standIn, 'GET', `/subscriptions/${sub}/resourceGroups/apps/providers/Microsoft.Solutions/applications${SOLUTIONS}`, { token });
    expect(listed.json.value.map((a: { name: string }) => a.name)).toEqual(['contoso']);
  });

  test('the factory objects are in the Data Factory routes, and the pipeline runs', async () => {
    const pipelines = await call(standIn, 'GET', `${factoryPath()}/pipelines${ADF}`, { token });
    expect(pipelines.status).toBe(200);
    expect(pipelines.json.value.map((p: { name: string }) => p.name)).toEqual(['CopyMessagesToDataLake']);
    const linked = await call(standIn, 'GET', `${factoryPath()}/linkedservices${ADF}`, { token });
    expect(linked.json.value.map((p: { name: string }) => p.name).sort()).toEqual(['DataLakeLinkedService', 'Office365LinkedService']);
    const lake = await call(standIn, 'GET', `${factoryPath()}/linkedservices/DataLakeLinkedService${ADF}`, { token });
    expect(lake.json.properties.typeProperties.url).toBe(`https://contoso${suffix()}.dfs.core.windows.net/`);
    const runtime = await call(standIn, 'GET', `${factoryPath()}/integrationRuntimes/TenantRegionRuntime${ADF}`, { token });
    expect(runtime.json.properties.typeProperties.computeProperties.location).toBe('westeurope');
    const factory = await call(standIn, 'GET', `${factoryPath()}${ADF}`, { token });
    expect(factory.json).toMatchObject({ location: 'westeurope', identity: { type: 'SystemAssigned' }, properties: { provisioningState: 'Succeeded' } });
    const run = await call(standIn, 'POST', `${factoryPath()}/pipelines/CopyMessagesToDataLake/createRun${ADF}`, { token, body: {} });
    expect(run.status).toBe(200);
    const status = await call(standIn, 'GET', `${factoryPath()}/pipelineruns/${run.json.runId}${ADF}`, { token });
    expect(status.json.pipelineName).toBe('CopyMessagesToDataLake');
  });

  test('the storage account and the other resources answer the generic ARM GET', async () => {
    const account = await call(standIn, 'GET', `${groupId('mrg-contoso')}/providers/Microsoft.Storage/storageAccounts/contoso${suffix()}?api-version=2025-06-01`, { token });
    expect(account.status).toBe(200);
    expect(account.json).toMatchObject({
      type: 'Microsoft.Storage/storageAccounts',
      name: `contoso${suffix()}`,
      kind: 'StorageV2',
      sku: { name: 'Standard_LRS' },
      properties: {
        isHnsEnabled: true,
        provisioningState: 'Succeeded',
        primaryEndpoints: { blob: `https://contoso${suffix()}.blob.core.windows.net/`, dfs: `https://contoso${suffix()}.dfs.core.windows.net/` },
      },
    });
    const container = await call(standIn, 'GET', `${groupId('mrg-contoso')}/providers/Microsoft.Storage/storageAccounts/contoso${suffix()}/blobServices/default/containers/graph-data-connect?api-version=2025-06-01`, { token });
    expect(container.json.properties).toMatchObject({ publicAccess: 'None' });
    const accountId = `${groupId('mrg-contoso')}/providers/Microsoft.Storage/storageAccounts/contoso${suffix()}`;
    const assignmentName = templateGuid(accountId, '22222222-2222-4222-8222-222222222222', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe');
    const assignment = await call(standIn, 'GET', `${accountId}/providers/Microsoft.Authorization/roleAssignments/${assignmentName}?api-version=2022-04-01`, { token });
    expect(assignment.status).toBe(200);
    expect(assignment.json.properties).toMatchObject({ principalId: '22222222-2222-4222-8222-222222222222', principalType: 'ServicePrincipal' });
    const resources = await call(standIn, 'GET', `${groupId('mrg-contoso')}/resources?api-version=2021-04-01`, { token });
    expect(resources.json.value.map((r: { type: string }) => r.type).sort()).toEqual(['Microsoft.DataFactory/factories', 'Microsoft.Storage/storageAccounts']);
    const missing = await call(standIn, 'GET', `${groupId('mrg-contoso')}/providers/Microsoft.Storage/storageAccounts/nothere?api-version=2025-06-01`, { token });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('ResourceNotFound');
    expect(missing.json.error.message).toContain("'Microsoft.Storage/storageAccounts/nothere' under resource group 'mrg-contoso'");
  });

  test('a second PUT redeploys into the same managed group and answers 200; factories list by group', async () => {
    const again = await putApplication('contoso', definitionId, 'mrg-contoso');
    expect(again.status).toBe(200);
    expect(again.json.properties.provisioningState).toBe('Succeeded');
    const factories = await call(standIn, 'GET', `${groupId('mrg-contoso')}/providers/Microsoft.DataFactory/factories${ADF}`, { token });
    expect(factories.json.value.map((f: { name: string }) => f.name)).toEqual([`contoso-adf-${suffix()}`]);
    const moved = await putApplication('contoso', definitionId, 'mrg-elsewhere');
    expect(moved.status).toBe(409);
    expect(moved.json.error.code).toBe('ApplicationManagedResourceGroupCannotBeChanged');
  });

  test('DELETE removes the application and its managed resource group', async () => {
    expect((await call(standIn, 'DELETE', `${applicationPath('contoso')}${SOLUTIONS}`, { token })).status).toBe(200);
    expect((await call(standIn, 'GET', `${applicationPath('contoso')}${SOLUTIONS}`, { token })).status).toBe(404);
    expect((await call(standIn, 'GET', `${groupId('mrg-contoso')}?api-version=2021-04-01`, { token })).json.error.code).toBe('ResourceGroupNotFound');
    expect((await call(standIn, 'GET', `${factoryPath()}${ADF}`, { token })).status).toBe(404);
  });
});

test('the official SDK (@azure/arm-managedapplications) creates, gets, lists and deletes an application', async () => {
  const definitionId = await publishDefinition('gdc-app-sdk', { mainTemplate, createUiDefinition });
  const script = fileURLToPath(new URL('./sdk-applications.mjs', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, 'apps', definitionId, JSON.stringify(parameters)], { env: { PATH: process.env.PATH ?? '', ...standIn.env } });
  expect(JSON.parse(stdout.trim())).toEqual([
    ['created', 'sdk-app', 'Succeeded', 'CopyMessagesToDataLake'],
    ['got', groupId('mrg-sdk'), false],
    ['listed', ['sdk-app']],
    ['deleted'],
  ]);
});

describe('failures', () => {
  test('an invalid template fails the PUT with InvalidTemplate naming the path, and leaves nothing behind', async () => {
    const broken = { ...mainTemplate, variables: { ...(mainTemplate.variables as object), nameSuffix: "[listKeys('x', '2020-01-01').keys[0].value]" } };
    const definitionId = await publishDefinition('broken', { mainTemplate: broken, createUiDefinition });
    const reply = await putApplication('broken-app', definitionId, 'mrg-broken');
    expect(reply.status).toBe(400);
    expect(reply.json.error.code).toBe('InvalidTemplate');
    expect(reply.json.error.message).toBe(
      "Deployment template validation failed: 'variables.nameSuffix: The template function 'listKeys' is not supported by this evaluator (it needs a live Azure or is not implemented); pass the value as a parameter instead.'.",
    );
    expect((await call(standIn, 'GET', `${groupId('mrg-broken')}?api-version=2021-04-01`, { token })).status).toBe(404);
    expect((await call(standIn, 'GET', `${applicationPath('broken-app')}${SOLUTIONS}`, { token })).status).toBe(404);
  });

  test('a reference() to a resource that does not exist fails the PUT with DeploymentFailed', async () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.DataFactory/factories', apiVersion: '2018-06-01', name: 'adf-ghost', location: 'westeurope', tags: { lake: "[reference(resourceId('Microsoft.Storage/storageAccounts', 'ghost'), '2025-06-01').primaryEndpoints.dfs]" } }],
    };
    const definitionId = await publishDefinition('ghost', { mainTemplate: template, createUiDefinition });
    const reply = await putApplication('ghost-app', definitionId, 'mrg-ghost', {});
    expect(reply.status).toBe(400);
    expect(reply.json.error.code).toBe('DeploymentFailed');
    expect(reply.json.error.message).toBe(
      `At least one resource deployment operation failed: 'resources[0].tags.lake: reference('${groupId('mrg-ghost')}/providers/Microsoft.Storage/storageAccounts/ghost') failed: the resource '${groupId('mrg-ghost')}/providers/Microsoft.Storage/storageAccounts/ghost' was not found. Deploy that resource first, or pass the value as a parameter instead.'.`,
    );
  });

  test('a missing parameter is InvalidTemplate naming it; a group managed by no one is 409; an unknown definition is 404', async () => {
    const definitionId = await publishDefinition('gdc-app-2', { mainTemplate, createUiDefinition });
    const { namePrefix: _omitted, ...withoutPrefix } = parameters;
    const reply = await putApplication('no-prefix', definitionId, 'mrg-no-prefix', withoutPrefix);
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toContain("parameters.namePrefix: The template parameter 'namePrefix' has no value and no defaultValue");
    expect((await call(standIn, 'PUT', `/subscriptions/${sub}/resourcegroups/someone-elses?api-version=2021-04-01`, { token, body: { location: 'westeurope' } })).status).toBe(201);
    const taken = await putApplication('squatter', definitionId, 'someone-elses');
    expect(taken.status).toBe(409);
    expect(taken.json.error.code).toBe('ManagedResourceGroupAlreadyExists');
    const unknown = await putApplication('orphan', definitionPath('nope'), 'mrg-orphan');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('ApplicationDefinitionNotFound');
  });
});

describe('a definition published with packageFileUri (Azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite.stop();
  });

  test('the template is read from mainTemplate.json in the downloaded app.zip', async () => {
    const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
    const container = new BlobServiceClient(azurite.blobEndpoint, credential).getContainerClient('packages');
    await container.create();
    const zip = zipSync({ 'mainTemplate.json': strToU8(JSON.stringify(mainTemplate)), 'createUiDefinition.json': strToU8(JSON.stringify(createUiDefinition)) });
    const blob = container.getBlockBlobClient('app.zip');
    await blob.uploadData(zip);
    const sas = generateBlobSASQueryParameters(
      { containerName: 'packages', blobName: 'app.zip', permissions: BlobSASPermissions.parse('r'), expiresOn: new Date(Date.now() + 3600_000) },
      credential,
    ).toString();
    const definitionId = await publishDefinition('from-package', { packageFileUri: `${blob.url}?${sas}` });
    const reply = await putApplication('packaged', definitionId, 'mrg-packaged');
    expect(reply.status).toBe(201);
    const factory = `contoso-adf-${uniqueString(groupId('mrg-packaged'))}`;
    expect(reply.json.properties.outputs.dataFactoryName.value).toBe(factory);
    const pipeline = await call(standIn, 'GET', `${groupId('mrg-packaged')}/providers/Microsoft.DataFactory/factories/${factory}/pipelines/CopyMessagesToDataLake${ADF}`, { token });
    expect(pipeline.status).toBe(200);
  });

  test('a package that cannot be downloaded (no SAS on a private container) fails the PUT with DownloadItemFromBlobFailed', async () => {
    const definitionId = await publishDefinition('missing-package', { packageFileUri: `${azurite.blobEndpoint}/packages/none.zip` });
    const reply = await putApplication('unpackaged', definitionId, 'mrg-unpackaged');
    expect(reply.status).toBe(400);
    expect(reply.json.error.code).toBe('DownloadItemFromBlobFailed');
    expect(reply.json.error.message).toBe(`Failed to download package file from '${azurite.blobEndpoint}/packages/none.zip'. Status code: 403.`);
  });
});
