import { objectShapeRule } from '../../shared/validate/rules/adf/object-shape.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const run = (files: Record<string, unknown>) =>
  check(objectShapeRule, memoryUnit(Object.fromEntries(Object.entries(files).map(([path, value]) => [path, json(value)])))).map((f) => `${f.file}: ${f.message}`);

describe('adf/object-shape', () => {
  test('objects of each kind in their documented shape pass', () => {
    expect(
      run({
        'pipeline/P.json': { name: 'P', properties: { activities: [{ name: 'W', type: 'Wait', dependsOn: [], typeProperties: { waitTimeInSeconds: 1 } }], parameters: { a: { type: 'String' } } } },
        'dataset/D.json': { name: 'D', properties: { type: 'Json', linkedServiceName: { referenceName: 'L', type: 'LinkedServiceReference' } } },
        'linkedService/L.json': { name: 'L', properties: { type: 'AzureBlobFS', typeProperties: { url: 'https://contoso.dfs.core.windows.net/' } } },
        'trigger/T.json': { name: 'T', properties: { type: 'ScheduleTrigger', pipelines: [] } },
        'integrationRuntime/R.json': { name: 'R', properties: { type: 'Managed' } },
        'managedVirtualNetwork/default.json': { name: 'default', type: 'Microsoft.DataFactory/factories/managedvirtualnetworks' },
        // A managed private endpoint's properties have no type.
        'managedVirtualNetwork/default/managedPrivateEndpoint/Sql.json': { name: 'Sql', properties: { privateLinkResourceId: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Sql/servers/contoso', groupId: 'sqlServer' } },
      }),
    ).toEqual([]);
  });

  test('missing parts are named', () => {
    expect(
      run({
        'pipeline/P.json': { name: 'P', properties: { activities: {}, variables: { v: 'String' } } },
        'dataset/D.json': { name: 'D', properties: { type: 'Json' } },
        'integrationRuntime/R.json': { name: 'R', properties: {} },
        'managedVirtualNetwork/default/managedPrivateEndpoint/Sql.json': { name: 'Sql' },
      }),
    ).toEqual([
      'app/dataset/D.json: Dataset \'D\' has no properties.linkedServiceName; add it.',
      'app/integrationRuntime/R.json: Integration runtime \'R\' has no properties.type; add it.',
      "app/managedVirtualNetwork/default/managedPrivateEndpoint/Sql.json: Managed private endpoint 'Sql' has no 'properties' object; its definition goes there.",
      "app/pipeline/P.json: Pipeline 'P': properties.activities must be an array.",
      "app/pipeline/P.json: Pipeline 'P': variable 'v' needs an object with a 'type'.",
    ]);
  });
});
