import { LazyJsonNode } from '../../shared/validate/lazy-json-tree.js';
import { expressionParametersRule } from '../../shared/validate/rules/adf/expression-parameters.js';
import { expressionSyntaxRule } from '../../shared/validate/rules/adf/expression-syntax.js';
import { runRules } from '../../shared/validate/run-rules.js';
import { memoryUnit } from '../helpers/memory-unit.js';

describe('metadata names are skipped only where they are metadata', () => {
  // `description`, `annotations` and `folder` right under `properties` or an activity are never
  // evaluated; the same names deeper down (a dataset parameter, a key of a request body) are.
  const properties = {
    description: '@concat(',
    annotations: ['@concat('],
    folder: { name: '@concat(' },
    parameters: { root: { type: 'String' } },
    activities: [
      {
        name: 'Call',
        type: 'WebActivity',
        description: '@concat(',
        typeProperties: { method: 'POST', url: 'https://example.com', body: { description: '@pipeline().parameters.body' }, headers: { '123': 'x' } },
      },
      {
        name: 'Copy',
        type: 'Copy',
        inputs: [{ referenceName: 'In', type: 'DatasetReference' }],
        outputs: [{ referenceName: 'Out', type: 'DatasetReference', parameters: { folder: '@pipeline().parameters.folderName' } }],
        typeProperties: { source: { type: 'JsonSource' }, sink: { type: 'JsonSink' } },
      },
    ],
  };
  const expected = [
    "Pipeline 'P' reads parameter 'body' (pipeline().parameters.body), which it does not declare. Declare it under properties.parameters.",
    "Pipeline 'P' reads parameter 'folderName' (pipeline().parameters.folderName), which it does not declare. Declare it under properties.parameters.",
  ];
  const findings = (files: Record<string, string>) => runRules(memoryUnit(files), [expressionSyntaxRule, expressionParametersRule]).map((f) => f.message).sort();

  test('a Git file read lazily, and one read by the strict parser (an integer-like name)', () => {
    // The header named `123` makes the engine reorder names, so the strict parser reads that file.
    const withoutNumber = JSON.parse(JSON.stringify(properties));
    delete withoutNumber.activities[0].typeProperties.headers;
    const lazy = { 'pipeline/P.json': JSON.stringify({ name: 'P', properties: withoutNumber }, null, 2) };
    const strict = { 'pipeline/P.json': JSON.stringify({ name: 'P', properties }, null, 2) };
    expect(memoryUnit(lazy).otherJson[0]!.document.root).toBeInstanceOf(LazyJsonNode);
    expect(memoryUnit(strict).otherJson[0]!.document.root).not.toBeInstanceOf(LazyJsonNode);
    expect(findings(lazy)).toEqual(expected);
    expect(findings(strict)).toEqual(expected);
  });

  test('a template walked node by node', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.DataFactory/factories/pipelines', apiVersion: '2018-06-01', name: 'contoso-adf/P', properties }],
    };
    expect(findings({ 'mainTemplate.json': JSON.stringify(template, null, 2) })).toEqual(expected);
  });
});
