import { expressionActivityOutputRule } from '../../shared/validate/rules/adf/expression-activity-output.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';
import { findingsFor } from '../helpers/validate-fixture.js';
import { at } from '../helpers/cuid-harness.js';

const lake = { referenceName: 'Lake', type: 'DatasetReference' };

/** A pipeline whose activity `Read` (given) runs before `Use`, which evaluates `expression`. */
const pipeline = (read: Record<string, unknown>, expression: string) => ({
  name: 'P',
  properties: {
    variables: { v: { type: 'String' } },
    activities: [
      { name: 'Read', ...read },
      { name: 'Use', type: 'SetVariable', dependsOn: [{ activity: 'Read', dependencyConditions: ['Succeeded'] }], typeProperties: { variableName: 'v', value: { value: expression, type: 'Expression' } } },
    ],
  },
});
const text = (read: Record<string, unknown>, expression: string) => JSON.stringify(pipeline(read, expression), null, 2);
const messages = (read: Record<string, unknown>, expression: string) => check(expressionActivityOutputRule, memoryUnit({ 'pipeline/P.json': text(read, expression) })).map((f) => f.message);

const lookup = (firstRowOnly?: unknown) => ({ type: 'Lookup', typeProperties: { source: { type: 'JsonSource' }, dataset: lake, ...(firstRowOnly === undefined ? {} : { firstRowOnly }) } });
const metadata = (fieldList: unknown) => ({ type: 'GetMetadata', typeProperties: { dataset: lake, fieldList } });

test('the incremental-load factory, which reads each output as its activity returns it, validates clean', () => {
  expect(findingsFor('test/fixtures/adf-factory-incremental').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
});

describe('Lookup', () => {
  test('first row only (the default): output.value is an error at the field', () => {
    const source = text(lookup(), "@string(activity('Read').output.value)");
    expect(check(expressionActivityOutputRule, memoryUnit({ 'pipeline/P.json': source }))).toEqual([
      expect.objectContaining({
        ...at(source, "value)"),
        message: "Lookup 'Read' returns only its first row (firstRowOnly is true by default), as output.firstRow; output.value exists only with firstRowOnly set to false.",
      }),
    ]);
  });

  test('first row only, said so: output count by index', () => {
    expect(messages(lookup(true), "@string(activity('read').output['count'])")).toEqual([
      "Lookup 'read' returns only its first row (firstRowOnly is true), as output.firstRow; output.count exists only with firstRowOnly set to false.",
    ]);
  });

  test('all rows: output.firstRow is an error, value and count pass', () => {
    expect(messages(lookup(false), "@string(activity('Read').output.firstRow.id)")).toEqual([
      "Lookup 'Read' has firstRowOnly set to false, so its output has value (the rows) and count, not firstRow; read activity('Read').output.value[0] or set firstRowOnly to true.",
    ]);
    expect(messages(lookup(false), "@concat(string(activity('Read').output.value), string(activity('Read').output.count))")).toEqual([]);
  });

  test('what passes: firstRow by default, a firstRowOnly given as an expression, an activity of another name', () => {
    expect(messages(lookup(), "@string(activity('Read').output.firstRow.id)")).toEqual([]);
    expect(messages(lookup({ value: '@pipeline().parameters.all', type: 'Expression' }), "@string(activity('Read').output.value)")).toEqual([]);
    expect(messages(lookup(), "@string(activity('Other').output.value)")).toEqual([]);
  });
});

describe('Get Metadata', () => {
  test('a field its fieldList does not name is an error', () => {
    expect(messages(metadata(['exists', 'itemName']), "@string(activity('Read').output.childItems)")).toEqual([
      "Get Metadata 'Read' returns only the fields its fieldList names (exists, itemName), so output.childItems does not exist; add 'childItems' to its fieldList.",
    ]);
  });

  test('what passes: a named field in any case, a list with expressions, a field that is not a metadata field', () => {
    expect(messages(metadata(['ChildItems']), "@string(activity('Read').output.childItems)")).toEqual([]);
    expect(messages(metadata([{ value: '@pipeline().parameters.field', type: 'Expression' }]), "@string(activity('Read').output.childItems)")).toEqual([]);
    expect(messages(metadata(['exists']), "@string(activity('Read').output.effectiveIntegrationRuntime)")).toEqual([]);
  });
});

test('a pipeline inside a template is checked the same way', () => {
  const template = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources: [{ type: 'Microsoft.DataFactory/factories/pipelines', apiVersion: '2018-06-01', name: 'contoso-adf/P', properties: pipeline(lookup(), "@string(activity('Read').output.value)").properties }],
  };
  expect(check(expressionActivityOutputRule, memoryUnit({ 'mainTemplate.json': JSON.stringify(template, null, 2) })).map((f) => f.message)).toEqual([
    expect.stringContaining("Lookup 'Read' returns only its first row"),
  ]);
});
