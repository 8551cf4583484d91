import { readFileSync } from 'node:fs';
import { evaluateTemplate, uniqueString } from '../../shared/arm-eval/index.js';
import { scope } from './evaluate-expression.js';

const template = JSON.parse(readFileSync(new URL('../../examples/graph-data-connect-app/mainTemplate.json', import.meta.url), 'utf8')) as unknown;
const rg = '/subscriptions/3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03/resourceGroups/mrg-contoso';
const parameters = {
  namePrefix: 'contoso',
  servicePrincipalClientId: '11111111-1111-4111-8111-111111111111',
  servicePrincipalObjectId: '22222222-2222-4222-8222-222222222222',
  servicePrincipalClientSecret: 'not-a-real-secret',
  extractionStartTime: '2026-01-01T00:00:00Z',
  extractionEndTime: '2026-01-31T00:00:00Z',
};

describe('examples/graph-data-connect-app/mainTemplate.json', () => {
  test('evaluates to the factory, its children and the storage account', async () => {
    const suffix = uniqueString(rg);
    const factory = `contoso-adf-${suffix}`;
    const storage = `contoso${suffix}`;
    const references: string[] = [];
    const { resources, outputs } = await evaluateTemplate(template, parameters, {
      ...scope,
      reference: async (id, apiVersion) => {
        references.push(`${id}@${apiVersion}`);
        return { primaryEndpoints: { dfs: `https://${id.split('/').pop()}.dfs.core.windows.net/` } };
      },
    });

    expect(resources.map((r) => `${r.type} ${r.name}`)).toEqual([
      `Microsoft.Storage/storageAccounts ${storage}`,
      `Microsoft.Storage/storageAccounts/blobServices/containers ${storage}/default/graph-data-connect`,
      `Microsoft.Authorization/roleAssignments ${resources[2]!.name}`,
      `Microsoft.DataFactory/factories ${factory}`,
      `Microsoft.DataFactory/factories/integrationRuntimes ${factory}/TenantRegionRuntime`,
      `Microsoft.DataFactory/factories/linkedservices ${factory}/Office365LinkedService`,
      `Microsoft.DataFactory/factories/linkedservices ${factory}/DataLakeLinkedService`,
      `Microsoft.DataFactory/factories/datasets ${factory}/Office365Messages`,
      `Microsoft.DataFactory/factories/datasets ${factory}/MessagesJson`,
      `Microsoft.DataFactory/factories/pipelines ${factory}/CopyMessagesToDataLake`,
    ]);
    const byName = (name: string) => resources.find((r) => r.name === name)!;

    expect(byName(storage).body).toMatchObject({ location: 'westeurope', kind: 'StorageV2', sku: { name: 'Standard_LRS' } });
    expect(resources[2]!.id).toBe(`${rg}/providers/Microsoft.Storage/storageAccounts/${storage}/providers/Microsoft.Authorization/roleAssignments/${resources[2]!.name}`);
    expect(resources[2]!.body.properties).toEqual({
      roleDefinitionId: '/subscriptions/3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe',
      principalId: parameters.servicePrincipalObjectId,
      principalType: 'ServicePrincipal',
    });

    const lake = byName(`${factory}/DataLakeLinkedService`);
    expect(lake.id).toBe(`${rg}/providers/Microsoft.DataFactory/factories/${factory}/linkedservices/DataLakeLinkedService`);
    expect(lake.body.properties).toMatchObject({
      type: 'AzureBlobFS',
      connectVia: { referenceName: 'TenantRegionRuntime', type: 'IntegrationRuntimeReference' },
      typeProperties: {
        url: `https://${storage}.dfs.core.windows.net/`,
        servicePrincipalId: parameters.servicePrincipalClientId,
        servicePrincipalKey: { type: 'SecureString', value: 'not-a-real-secret' },
        tenant: '8f1c2b5e-3c4a-4e9b-9a51-5d1e0c7a2b01',
      },
    });
    expect(references).toEqual([`${rg}/providers/Microsoft.Storage/storageAccounts/${storage}@2025-06-01`]);

    const office = byName(`${factory}/Office365LinkedService`);
    expect(office.body.properties).toMatchObject({ typeProperties: { office365TenantId: '8f1c2b5e-3c4a-4e9b-9a51-5d1e0c7a2b01' } });

    const pipeline = byName(`${factory}/CopyMessagesToDataLake`);
    const properties = pipeline.body.properties as { parameters: unknown; activities: { inputs: unknown; outputs: unknown; typeProperties: { source: { startTime: unknown } } }[] };
    expect(properties.parameters).toEqual({
      windowStart: { type: 'String', defaultValue: '2026-01-01T00:00:00Z' },
      windowEnd: { type: 'String', defaultValue: '2026-01-31T00:00:00Z' },
    });
    expect(properties.activities[0]!.inputs).toEqual([{ referenceName: 'Office365Messages', type: 'DatasetReference' }]);
    // Data Factory expressions (@...) are not ARM expressions: they pass through untouched.
    expect(properties.activities[0]!.typeProperties.source.startTime).toEqual({ value: '@pipeline().parameters.windowStart', type: 'Expression' });
    expect(pipeline.dependsOn).toEqual([
      `${rg}/providers/Microsoft.DataFactory/factories/${factory}/datasets/Office365Messages`,
      `${rg}/providers/Microsoft.DataFactory/factories/${factory}/datasets/MessagesJson`,
    ]);

    const integrationRuntime = byName(`${factory}/TenantRegionRuntime`);
    expect(integrationRuntime.body.properties).toMatchObject({ typeProperties: { computeProperties: { location: 'westeurope' } } });

    expect(outputs).toEqual({ storageAccountName: storage, containerName: 'graph-data-connect', dataFactoryName: factory, pipelineName: 'CopyMessagesToDataLake' });
  });

  test('without the secret the evaluation names the parameter', async () => {
    const { servicePrincipalClientSecret: _omitted, ...withoutSecret } = parameters;
    await expect(evaluateTemplate(template, withoutSecret, scope)).rejects.toMatchObject({
      path: 'parameters.servicePrincipalClientSecret',
      message: "parameters.servicePrincipalClientSecret: The template parameter 'servicePrincipalClientSecret' has no value and no defaultValue; give it a value in the deployment's parameters.",
    });
  });
});
