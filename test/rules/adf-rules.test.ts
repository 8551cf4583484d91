import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadUnit } from '../../shared/validate/load-unit.js';
import { loadZip } from '../../shared/validate/load-zip.js';
import { allRules } from '../../shared/validate/rules/index.js';
import { dependsOnExistsRule } from '../../shared/validate/rules/adf/depends-on-exists.js';
import { expressionActivityRule } from '../../shared/validate/rules/adf/expression-activity.js';
import { expressionParametersRule } from '../../shared/validate/rules/adf/expression-parameters.js';
import { referenceExistsRule } from '../../shared/validate/rules/adf/reference-exists.js';
import { dateFilterRule } from '../../shared/validate/rules/gdc/date-filter.js';
import { runRules } from '../../shared/validate/run-rules.js';
import { collectFindings } from '../../shared/validate/validate.js';
import { findingsFor } from '../helpers/validate-fixture.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const at = (text: string, needle: string, from = 0) => {
  const offset = text.indexOf(needle, from);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
};

const PIPELINE = JSON.stringify(
  {
    name: 'P',
    properties: {
      parameters: { start: { type: 'String', defaultValue: '2026-01-01' } },
      activities: [
        { name: 'First', type: 'Wait', typeProperties: { waitTimeInSeconds: 1 } },
        {
          name: 'Second',
          type: 'SetVariable',
          dependsOn: [{ activity: 'First', dependencyConditions: ['Succeeded'] }],
          typeProperties: { variableName: 'v', value: "@concat(pipeline().parameters.start, string(activity('First').output))" },
        },
      ],
      variables: { v: { type: 'String' } },
    },
  },
  null,
  2,
);

describe('the three findings the issue names, at the right line and column', () => {
  test('a clean pipeline has none of them', () => {
    const unit = memoryUnit({ 'pipeline/P.json': PIPELINE });
    for (const rule of [dependsOnExistsRule, expressionParametersRule, expressionActivityRule]) expect(check(rule, unit)).toEqual([]);
  });

  test('a broken dependsOn points at the activity name in the entry', () => {
    const text = PIPELINE.replace('"activity": "First"', '"activity": "Frist"');
    const [finding] = check(dependsOnExistsRule, memoryUnit({ 'pipeline/P.json': text }));
    expect(finding).toMatchObject({ file: 'app/pipeline/P.json', ...at(text, '"activity": "Frist"') });
    expect(finding!.message).toContain("depends on 'Frist'");
    expect(finding!.message).toContain("did you mean 'First'?");
  });

  test('a dependsOn name close to no sibling gets no suggestion', () => {
    const text = PIPELINE.replace('"activity": "First"', '"activity": "LoadEverything"');
    const [finding] = check(dependsOnExistsRule, memoryUnit({ 'pipeline/P.json': text }));
    expect(finding!.message).toMatch(/no activity of that name exists at the top level of the pipeline; fix the name or remove the entry\.$/);
  });

  test('an undeclared parameter points inside the expression string', () => {
    const text = PIPELINE.replace('parameters.start,', 'parameters.begin,');
    const [finding] = check(expressionParametersRule, memoryUnit({ 'pipeline/P.json': text }));
    expect(finding).toMatchObject(at(text, 'begin,'));
    expect(finding!.message).toContain("parameter 'begin'");
  });

  test('activity() of an activity that does not run before points at its name', () => {
    const pipeline = JSON.parse(PIPELINE);
    pipeline.properties.activities[1].dependsOn = [];
    const text = JSON.stringify(pipeline, null, 2);
    const [finding] = check(expressionActivityRule, memoryUnit({ 'pipeline/P.json': text }));
    expect(finding).toMatchObject(at(text, "'First').output"));
  });

  test('a Message copy without a date filter points at the copy source', () => {
    const root = 'test/fixtures/rules/gdc--date-filter';
    const [finding] = collectFindings(process.cwd(), [root], [dateFilterRule]);
    expect(finding).toMatchObject({ ruleId: 'gdc/date-filter', file: `${root}/pipeline/CopyMessages.json` });
    expect(finding!.message).toContain('BasicDataSet_v0.Message_v1 without dateFilterColumn, startTime and endTime');
  });
});

describe('inputs', () => {
  test('the realistic factory fixture validates clean with every rule', () => {
    expect(findingsFor('test/fixtures/adf-factory').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
  });

  test('a Git-integration folder without mainTemplate.json is a unit', () => {
    const unit = loadUnit(process.cwd(), 'test/fixtures/adf-factory', loadZip);
    expect(unit.dataFactory?.roots).toEqual(['']);
    expect(unit.template).toBeUndefined();
  });

  test('a single pipeline file is recognised and checked, without cross-object references', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'mapp-adf-'));
    writeFileSync(path.join(folder, 'p.json'), PIPELINE.replace('"activity": "First"', '"activity": "Frist"'));
    const findings = collectFindings(folder, ['p.json'], allRules);
    expect(findings.map((f) => f.ruleId)).toContain('adf/depends-on-exists');
    expect(findings.map((f) => f.ruleId)).not.toContain('adf/reference-exists');
  });

  test('ARM resources with factory/child names and child resources are resolved through variables', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { prefix: { type: 'string' } },
      variables: { factory: "[concat(parameters('prefix'), '-adf')]", sinkName: 'Sink' },
      resources: [
        { type: 'Microsoft.DataFactory/factories', apiVersion: '2018-06-01', name: "[variables('factory')]", properties: {},
          resources: [{ type: 'datasets', apiVersion: '2018-06-01', name: "[variables('sinkName')]", properties: { type: 'Json', linkedServiceName: { referenceName: 'Lake', type: 'LinkedServiceReference' } } }] },
        { type: 'Microsoft.DataFactory/factories/linkedservices', apiVersion: '2018-06-01', name: "[format('{0}/{1}', variables('factory'), 'Lake')]", properties: { type: 'AzureBlobFS', typeProperties: {} } },
        { type: 'Microsoft.DataFactory/factories/pipelines', apiVersion: '2018-06-01', name: "[concat(variables('factory'), '/P')]",
          properties: { activities: [{ name: 'C', type: 'Copy', inputs: [{ referenceName: "[variables('sinkName')]", type: 'DatasetReference' }], outputs: [{ referenceName: 'Missing', type: 'DatasetReference' }] }] } },
      ],
    };
    const unit = memoryUnit({ 'mainTemplate.json': JSON.stringify(template, null, 2) });
    const findings = runRules(unit, [referenceExistsRule]);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("references dataset 'Missing'")]);
  });

  test('names a template builds per copy, from a parameter or in a nested deployment are not reported missing; other kinds still are', () => {
    const factory = "[parameters('factoryName')]";
    const copyPipeline = {
      type: 'Microsoft.DataFactory/factories/pipelines',
      apiVersion: '2018-06-01',
      name: "[concat(parameters('factoryName'), '/P')]",
      properties: {
        activities: [
          {
            name: 'C',
            type: 'Copy',
            inputs: [{ referenceName: 'Messages', type: 'DatasetReference' }],
            outputs: [{ referenceName: 'Sink', type: 'DatasetReference' }],
            typeProperties: { source: { type: 'JsonSource' }, sink: { type: 'JsonSink' } },
          },
        ],
      },
    };
    const base = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { factoryName: { type: 'string' }, sinkName: { type: 'string' } },
      variables: { tables: [{ dataset: 'Messages' }, { dataset: 'Events' }] },
    };
    const dataset = (name: string, extra: object = {}) => ({
      type: 'Microsoft.DataFactory/factories/datasets',
      apiVersion: '2018-06-01',
      name,
      properties: { type: 'Json', linkedServiceName: { referenceName: 'Lake', type: 'LinkedServiceReference' } },
      ...extra,
    });
    const messages = (resources: object[]) =>
      runRules(memoryUnit({ 'mainTemplate.json': JSON.stringify({ ...base, resources: [{ type: 'Microsoft.DataFactory/factories', apiVersion: '2018-06-01', name: factory, location: 'westeurope', properties: {} }, ...resources] }, null, 2) }), [
        referenceExistsRule,
      ]).map((f) => f.message);
    const copyLoop = dataset("[concat(parameters('factoryName'), '/', variables('tables')[copyIndex()].dataset)]", { copy: { name: 'datasets', count: "[length(variables('tables'))]" } });
    const fromParameter = dataset("[concat(parameters('factoryName'), '/', parameters('sinkName'))]");
    const nested = {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: 'data',
      properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, parameters: {}, template: { ...base, resources: [dataset("[concat(parameters('factoryName'), '/Messages')]")] } },
    };
    const linked = { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'linked', properties: { mode: 'Incremental', templateLink: { uri: 'https://example.com/t.json' } } };
    // Sink and Messages are both unknown: with no datasets at all, both are reported, as is the linked service.
    expect(messages([copyPipeline])).toEqual([
      expect.stringContaining("references dataset 'Messages'"),
      expect.stringContaining("references dataset 'Sink'"),
    ]);
    // The copy loop may define either; the linked service Lake is still missing (a kind nothing builds).
    expect(messages([copyLoop, copyPipeline])).toEqual([expect.stringContaining("references linked service 'Lake'")]);
    expect(messages([fromParameter, copyPipeline])).toEqual([expect.stringContaining("references linked service 'Lake'")]);
    expect(messages([nested, copyPipeline])).toEqual([]);
    expect(messages([linked, copyPipeline])).toEqual([]);
  });

  test('a tumbling window trigger depends on triggers the factory defines', () => {
    const window = (dependsOn: object[]) => ({
      name: 'Hourly',
      properties: {
        type: 'TumblingWindowTrigger',
        pipeline: { pipelineReference: { referenceName: 'P', type: 'PipelineReference' } },
        typeProperties: { frequency: 'Hour', interval: 1, startTime: '2026-01-01T00:00:00Z', maxConcurrency: 1, dependsOn },
      },
    });
    const upstream = { type: 'TumblingWindowTriggerDependencyReference', referenceTrigger: { referenceName: 'Daily', type: 'TriggerReference' }, offset: '-01:00:00' };
    const files = (dependsOn: object[]) => ({
      'pipeline/P.json': JSON.stringify({ name: 'P', properties: { activities: [{ name: 'W', type: 'Wait', typeProperties: { waitTimeInSeconds: 1 } }] } }),
      'trigger/Hourly.json': JSON.stringify(window(dependsOn), null, 2),
    });
    const daily = { name: 'Daily', properties: { type: 'TumblingWindowTrigger', pipeline: { pipelineReference: { referenceName: 'P', type: 'PipelineReference' } }, typeProperties: { frequency: 'Hour', interval: 24, startTime: '2026-01-01T00:00:00Z', maxConcurrency: 1 } } };
    expect(runRules(memoryUnit(files([upstream])), [referenceExistsRule]).map((f) => f.message)).toEqual([
      "Trigger 'Hourly' references trigger 'Daily', which its factory does not define. Add the trigger or fix the name.",
    ]);
    expect(runRules(memoryUnit({ ...files([upstream]), 'trigger/Daily.json': JSON.stringify(daily) }), [referenceExistsRule])).toEqual([]);
    expect(runRules(memoryUnit(files([{ type: 'SelfDependencyTumblingWindowTriggerReference', offset: '-01:00:00' }])), [referenceExistsRule])).toEqual([]);
  });

  test('a missing reference names the activity it is in, and the factory without the folder as given', () => {
    const pipeline = {
      name: 'P',
      properties: {
        activities: [
          { name: 'Early', type: 'Lookup', typeProperties: { dataset: { referenceName: 'Gone', type: 'DatasetReference' } } },
          {
            name: 'Branch',
            type: 'IfCondition',
            typeProperties: { expression: { value: '@true', type: 'Expression' }, ifTrueActivities: [{ name: 'Late', type: 'Lookup', typeProperties: { dataset: { referenceName: 'Gone', type: 'DatasetReference' } } }] },
          },
        ],
      },
    };
    const dataset = { name: 'D', properties: { type: 'Json', linkedServiceName: { referenceName: 'NoLake', type: 'LinkedServiceReference' } } };
    // The same factory validated as '.' (found below it) and as its own folder reads the same.
    for (const [display, prefix] of [['.', 'factory/'], ['factory', '']] as const) {
      const unit = memoryUnit({ [`${prefix}pipeline/P.json`]: JSON.stringify(pipeline, null, 2), [`${prefix}dataset/D.json`]: JSON.stringify(dataset, null, 2) }, { display });
      expect(runRules(unit, [referenceExistsRule]).map((f) => f.message)).toEqual([
        "Dataset 'D' references linked service 'NoLake', which its factory does not define. Add the linked service or fix the name.",
        "Activity 'Early' of pipeline 'P' references dataset 'Gone', which its factory does not define. Add the dataset or fix the name.",
        "Activity 'Late' of pipeline 'P' references dataset 'Gone', which its factory does not define. Add the dataset or fix the name.",
      ]);
    }
  });
});
