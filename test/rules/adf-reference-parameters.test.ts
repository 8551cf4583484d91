import { referenceParametersRule } from '../../shared/validate/rules/adf/reference-parameters.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const lake = json({
  name: 'Lake',
  properties: {
    type: 'AzureBlobFS',
    parameters: { account: { type: 'String' }, suffix: { type: 'String', defaultValue: 'dfs.core.windows.net' } },
    typeProperties: { url: "@{concat('https://', linkedService().account, '.', linkedService().suffix)}" },
  },
});
const dataset = (linkedServiceParameters?: unknown) =>
  json({
    name: 'Files',
    properties: {
      type: 'Json',
      linkedServiceName: { referenceName: 'Lake', type: 'LinkedServiceReference', ...(linkedServiceParameters === undefined ? {} : { parameters: linkedServiceParameters }) },
      parameters: { folder: { type: 'String' }, file: { type: 'String', defaultValue: 'data.json' } },
      typeProperties: { location: { type: 'AzureBlobFSLocation', fileSystem: 'data', folderPath: { value: '@dataset().folder', type: 'Expression' } } },
    },
  });
const pipeline = (inputParameters?: unknown) =>
  json({
    name: 'P',
    properties: {
      activities: [
        {
          name: 'Read',
          type: 'Lookup',
          typeProperties: {
            source: { type: 'JsonSource' },
            dataset: { referenceName: 'Files', type: 'DatasetReference', ...(inputParameters === undefined ? {} : { parameters: inputParameters }) },
          },
        },
      ],
    },
  });
const run = (files: Record<string, string>) => check(referenceParametersRule, memoryUnit(files));

describe('adf/reference-parameters', () => {
  test('references that pass every parameter without a default pass, in any case, as values or expressions', () => {
    expect(run({ 'linkedService/Lake.json': lake, 'dataset/Files.json': dataset({ account: 'contoso' }), 'pipeline/P.json': pipeline({ folder: 'in' }) })).toEqual([]);
    expect(
      run({
        'linkedService/Lake.json': lake,
        'dataset/Files.json': dataset({ Account: { value: '@dataset().folder', type: 'Expression' } }),
        'pipeline/P.json': pipeline({ FOLDER: { value: '@pipeline().RunId', type: 'Expression' }, file: 'x.json' }),
      }),
    ).toEqual([]);
  });

  test('a missing parameter is an error at the reference, with the parameter and the object named', () => {
    const text = pipeline();
    expect(run({ 'linkedService/Lake.json': lake, 'dataset/Files.json': dataset({ account: 'contoso' }), 'pipeline/P.json': text })).toEqual([
      expect.objectContaining({
        ruleId: 'adf/reference-parameters',
        severity: 'error',
        file: 'app/pipeline/P.json',
        ...at(text, '"referenceName"'),
        message:
          "Pipeline 'P' references dataset 'Files' without its parameter 'folder', which has no default value; pass it under the reference's parameters, or give the parameter a default.",
      }),
    ]);
  });

  test('datasets pass their linked service parameters too; a close undeclared name is pointed at', () => {
    const text = dataset({ acount: 'contoso' });
    expect(run({ 'linkedService/Lake.json': lake, 'dataset/Files.json': text, 'pipeline/P.json': pipeline({ folder: 'in' }) })).toEqual([
      expect.objectContaining({
        file: 'app/dataset/Files.json',
        ...at(text, '"parameters"'),
        message:
          "Dataset 'Files' references linked service 'Lake' without its parameter 'account', which has no default value; pass it under the reference's parameters, or give the parameter a default. It passes 'acount', which the linked service does not declare: is that it?",
      }),
    ]);
  });

  test('parameters passed as an expression, missing objects and unparameterised objects are left alone', () => {
    expect(run({ 'linkedService/Lake.json': lake, 'dataset/Files.json': dataset('@json(dataset().lake)'), 'pipeline/P.json': pipeline({ folder: 'in' }) })).toEqual([]);
    expect(run({ 'pipeline/P.json': pipeline() })).toEqual([]);
    const plain = json({ name: 'Files', properties: { type: 'Json', linkedServiceName: { referenceName: 'Lake', type: 'LinkedServiceReference' }, typeProperties: {} } });
    expect(run({ 'dataset/Files.json': plain, 'pipeline/P.json': pipeline() })).toEqual([]);
  });

  test('references inside a deactivated activity, or a deactivated container, are left alone', () => {
    const files = { 'linkedService/Lake.json': lake, 'dataset/Files.json': dataset({ account: 'contoso' }) };
    const inactive = (activity: Record<string, unknown>, nested: boolean) => {
      const lookup = { name: 'Read', type: 'Lookup', typeProperties: { source: { type: 'JsonSource' }, dataset: { referenceName: 'Files', type: 'DatasetReference' } } };
      const body = nested
        ? { name: 'Loop', type: 'ForEach', ...activity, typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: [lookup] } }
        : { ...lookup, ...activity };
      return json({ name: 'P', properties: { activities: [body] } });
    };
    const off = { state: 'Inactive', onInactiveMarkAs: 'Succeeded' };
    expect(run({ ...files, 'pipeline/P.json': inactive(off, false) })).toEqual([]);
    expect(run({ ...files, 'pipeline/P.json': inactive(off, true) })).toEqual([]);
    // The same activities, active, are reported.
    expect(run({ ...files, 'pipeline/P.json': inactive({ state: 'Active' }, false) })).toHaveLength(1);
    expect(run({ ...files, 'pipeline/P.json': inactive({}, true) })).toHaveLength(1);
  });

  test("a data flow's own dataset references pass nothing: the Execute Data Flow activity passes their parameters, by source and sink", () => {
    const flow = json({
      name: 'Shape',
      properties: {
        type: 'MappingDataFlow',
        typeProperties: {
          sources: [{ dataset: { referenceName: 'Files', type: 'DatasetReference' }, name: 'In' }],
          sinks: [{ dataset: { referenceName: 'Files', type: 'DatasetReference' }, name: 'Out' }],
          scriptLines: ['source(allowSchemaDrift: true) ~> In', 'In sink(allowSchemaDrift: true) ~> Out'],
        },
      },
    });
    const caller = json({
      name: 'P',
      properties: {
        activities: [
          {
            name: 'RunShape',
            type: 'ExecuteDataFlow',
            typeProperties: { dataflow: { referenceName: 'Shape', type: 'DataFlowReference', datasetParameters: { In: { folder: 'in' }, Out: { folder: 'out' } } } },
          },
        ],
      },
    });
    const files = { 'linkedService/Lake.json': lake, 'dataset/Files.json': dataset({ account: 'contoso' }), 'dataflow/Shape.json': flow };
    expect(run({ ...files, 'pipeline/P.json': caller })).toEqual([]);
    // The activity has to pass them, for each source and sink by its name.
    const short = caller.replace('"Out": {\n                "folder": "out"\n              }', '"Out": {}');
    expect(short).not.toBe(caller);
    expect(run({ ...files, 'pipeline/P.json': short })).toEqual([
      expect.objectContaining({
        ...at(short, '"datasetParameters"'),
        message:
          "Activity 'RunShape' runs data flow 'Shape' without parameter 'folder' of dataset 'Files' (its sink 'Out'), which has no default value; pass it under dataflow.datasetParameters.Out, or give the parameter a default.",
      }),
    ]);
    const none = caller.replace(/,\s*"datasetParameters": \{[\s\S]*?\n {12}\}/, '');
    expect(none).not.toBe(caller);
    expect(run({ ...files, 'pipeline/P.json': none }).map((f) => f.message)).toEqual([expect.stringContaining("(its sink 'Out')"), expect.stringContaining("(its source 'In')")]);
    const off = caller.replace('"type": "ExecuteDataFlow",', '"type": "ExecuteDataFlow",\n            "state": "Inactive",');
    expect(run({ ...files, 'pipeline/P.json': off.replace(/"In": \{[^}]*\}/, '"In": {}') })).toEqual([]);
  });

  test('in a template, references between factory resources are checked', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        { type: 'Microsoft.DataFactory/factories/linkedservices', apiVersion: '2018-06-01', name: 'contoso-adf/Lake', properties: JSON.parse(lake).properties },
        { type: 'Microsoft.DataFactory/factories/datasets', apiVersion: '2018-06-01', name: 'contoso-adf/Files', properties: JSON.parse(dataset()).properties },
      ],
    };
    expect(run({ 'mainTemplate.json': json(template) }).map((f) => f.message)).toEqual([
      "Dataset 'Files' references linked service 'Lake' without its parameter 'account', which has no default value; pass it under the reference's parameters, or give the parameter a default.",
    ]);
  });
});
