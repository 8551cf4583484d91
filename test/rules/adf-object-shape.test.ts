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

  test('a file that holds no object, and entries of an activity list that are no activity, are named', () => {
    const loop = { name: 'Loop', type: 'ForEach', typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: [[]] } };
    const off = { ...loop, name: 'Off', state: 'Inactive', onInactiveMarkAs: 'Succeeded' };
    const pipeline = { name: 'P', properties: { activities: [null, 1, 'x', loop, off] } };
    expect(run({ 'pipeline/N.json': null, 'dataset/A.json': [], 'pipeline/P.json': pipeline })).toEqual([
      "app/dataset/A.json: This dataset file holds an array, not an object with 'name' and 'properties'; write the dataset's definition there.",
      "app/pipeline/N.json: This pipeline file holds null, not an object with 'name' and 'properties'; write the pipeline's definition there.",
      "app/pipeline/P.json: Pipeline 'P': entry 1 of properties.activities is null, not an activity; remove it or make it an activity object.",
      "app/pipeline/P.json: Pipeline 'P': entry 2 of properties.activities is a number, not an activity; remove it or make it an activity object.",
      "app/pipeline/P.json: Pipeline 'P': entry 3 of properties.activities is a string, not an activity; remove it or make it an activity object.",
      "app/pipeline/P.json: Pipeline 'P': entry 1 of activities of 'Loop' is an array, not an activity; remove it or make it an activity object.",
    ]);
    // The same pipeline as a template resource: read through nodes rather than parsed values.
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.DataFactory/factories/pipelines', apiVersion: '2018-06-01', name: 'f/P', properties: pipeline.properties }],
    };
    expect(run({ 'mainTemplate.json': template }).map((m) => m.replace(/^[^:]+: /, ''))).toEqual([
      "Pipeline 'P': entry 1 of properties.activities is null, not an activity; remove it or make it an activity object.",
      "Pipeline 'P': entry 2 of properties.activities is a number, not an activity; remove it or make it an activity object.",
      "Pipeline 'P': entry 3 of properties.activities is a string, not an activity; remove it or make it an activity object.",
      "Pipeline 'P': entry 1 of activities of 'Loop' is an array, not an activity; remove it or make it an activity object.",
    ]);
  });

  test('a tumbling window trigger runs its pipeline from pipeline, not pipelines; an activity state and inactive outcome take their documented values', () => {
    const reference = { pipelineReference: { referenceName: 'P', type: 'PipelineReference' } };
    const window = (properties: object) => ({ name: 'W', properties: { type: 'TumblingWindowTrigger', typeProperties: { frequency: 'Hour', interval: 1, startTime: '2026-01-01T00:00:00Z', maxConcurrency: 1 }, ...properties } });
    const wait = (settings: object) => ({ name: 'P', properties: { activities: [{ name: 'Pause', type: 'Wait', typeProperties: { waitTimeInSeconds: 1 }, ...settings }] } });
    expect(run({ 'trigger/W.json': window({ pipeline: reference }), 'pipeline/P.json': wait({ state: 'Inactive', onInactiveMarkAs: 'Skipped' }) })).toEqual([]);
    expect(run({ 'pipeline/P.json': wait({ state: 'inactive', onInactiveMarkAs: 'failed' }) })).toEqual([]);
    // Studio saves a window trigger before a pipeline is attached; real factories hold such triggers.
    expect(run({ 'trigger/W.json': window({}) })).toEqual([]);
    expect(run({ 'trigger/W.json': window({ pipelines: [reference] }) })).toEqual([
      "app/trigger/W.json: Trigger 'W': a TumblingWindowTrigger runs one pipeline, given as properties.pipeline { pipelineReference, parameters }; move the entry of pipelines there (that list is for other triggers).",
    ]);
    expect(run({ 'trigger/W.json': window({ pipeline: [reference] }) })).toEqual(["app/trigger/W.json: Trigger 'W': properties.pipeline must be an object { pipelineReference, parameters }."]);
    expect(run({ 'pipeline/P.json': wait({ state: 'Disabled', onInactiveMarkAs: 'Completed' }) })).toEqual([
      `app/pipeline/P.json: Activity 'Pause' has state "Disabled"; use Active or Inactive.`,
      `app/pipeline/P.json: Activity 'Pause' has onInactiveMarkAs "Completed"; use Succeeded, Failed or Skipped.`,
    ]);
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

  describe('activity types and what they require', () => {
    const pipeline = (...activities: unknown[]) => ({ 'pipeline/P.json': { name: 'P', properties: { activities } } });
    const lookup = { name: 'Read', type: 'Lookup', typeProperties: { source: { type: 'JsonSource' }, dataset: { referenceName: 'D', type: 'DatasetReference' } } };

    test('activities holding what their type requires pass, in any case of type and property', () => {
      expect(
        run(
          pipeline(
            lookup,
            { name: 'Copy', type: 'copy', typeProperties: { Source: { type: 'JsonSource' }, sink: { type: 'JsonSink' } } },
            { name: 'Run', type: 'ExecutePipeline', typeProperties: { pipeline: { referenceName: 'Q', type: 'PipelineReference' } } },
            { name: 'Proc', type: 'SqlServerStoredProcedure', linkedServiceName: { referenceName: 'Sql', type: 'LinkedServiceReference' }, typeProperties: { storedProcedureName: 'dbo.Load' } },
            // Types that require nothing, and types mapp does not know, are left alone.
            { name: 'Set', type: 'SetVariable' },
            { name: 'New', type: 'SomeNewActivity' },
          ),
        ),
      ).toEqual([]);
    });

    test('missing required properties are named, with the type', () => {
      expect(
        run(
          pipeline(
            { name: 'Read', type: 'Lookup', typeProperties: { source: { type: 'JsonSource' } } },
            { name: 'Copy', type: 'Copy', typeProperties: { source: { type: 'JsonSource' } } },
            { name: 'Pause', type: 'Wait' },
            { name: 'Loop', type: 'ForEach', typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: [{ name: 'Fetch', type: 'WebActivity', typeProperties: { url: 'https://contoso.example' } }] } },
            { name: 'Proc', type: 'SqlServerStoredProcedure', typeProperties: { storedProcedureName: 'dbo.Load' } },
            { name: 'Copy2', type: 'Copy', typeProperties: { source: { storeSettings: {} }, sink: { type: 'JsonSink' } } },
            { name: 'Bad', type: 'GetMetadata', typeProperties: 'dataset' },
          ),
        ),
      ).toEqual([
        "app/pipeline/P.json: Activity 'Read' (Lookup) has no typeProperties.dataset, which its type requires; add it.",
        "app/pipeline/P.json: Activity 'Copy' (Copy) has no typeProperties.sink, which its type requires; add it.",
        "app/pipeline/P.json: Activity 'Pause' (Wait) has no typeProperties; its type requires waitTimeInSeconds there.",
        "app/pipeline/P.json: Activity 'Fetch' (WebActivity) has no typeProperties.method, which its type requires; add it.",
        "app/pipeline/P.json: Activity 'Proc' (SqlServerStoredProcedure) has no linkedServiceName, which its type requires; add it.",
        "app/pipeline/P.json: Activity 'Copy2' (Copy): typeProperties.source has no type; add the one that matches its dataset (JsonSource for a Json dataset, for example).",
        "app/pipeline/P.json: Activity 'Bad' (GetMetadata): typeProperties must be an object.",
      ]);
    });

    test('deactivated activities, and those inside them, are not judged: the service publishes them unfinished', () => {
      const unfinished = { name: 'Copy', type: 'Copy', typeProperties: { source: { type: 'JsonSource' } } };
      expect(
        run(
          pipeline(
            { ...unfinished, state: 'Inactive', onInactiveMarkAs: 'Succeeded' },
            { name: 'Loop', type: 'ForEach', state: 'Inactive', typeProperties: { activities: [{ ...unfinished, name: 'Inner' }] } },
          ),
        ),
      ).toEqual([]);
    });

    test('in a template, typeProperties set by the deployment are not judged', () => {
      const template = {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { lookup: { type: 'object' } },
        resources: [{ type: 'Microsoft.DataFactory/factories/pipelines', apiVersion: '2018-06-01', name: 'contoso-adf/P', properties: { activities: [{ name: 'Read', type: 'Lookup', typeProperties: "[parameters('lookup')]" }] } }],
      };
      expect(run({ 'mainTemplate.json': template })).toEqual([]);
    });
  });
});
