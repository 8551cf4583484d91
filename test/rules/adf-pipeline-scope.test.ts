import { expressionParametersRule } from '../../shared/validate/rules/adf/expression-parameters.js';
import { expressionSystemVariablesRule, PIPELINE_PROPERTIES } from '../../shared/validate/rules/adf/expression-system-variables.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const at = (text: string, needle: string) => {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`'${needle}' is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
};

/** A pipeline whose one Set Variable activity evaluates `expression`. */
const pipeline = (expression: string, name = 'P') =>
  JSON.stringify(
    {
      name,
      properties: {
        activities: [{ name: 'Set', type: 'SetVariable', typeProperties: { variableName: 'v', value: { value: expression, type: 'Expression' } } }],
        variables: { v: { type: 'String' } },
      },
    },
    null,
    2,
  );

const factory = (globalParameters?: Record<string, unknown>) =>
  JSON.stringify({ name: 'contoso-adf', location: 'westeurope', properties: globalParameters ? { globalParameters } : {} }, null, 2);

describe('pipeline().globalParameters reads parameters the factory declares', () => {
  const declared = factory({ landingRoot: { type: 'String', value: 'raw' } });

  test('a declared one passes, in any case, by property or by index', () => {
    for (const read of ['pipeline().globalParameters.landingRoot', 'pipeline().globalParameters.LANDINGROOT', "pipeline().globalParameters['landingRoot']", 'pipeline()?.globalParameters.landingRoot']) {
      expect(check(expressionParametersRule, memoryUnit({ 'factory/contoso-adf.json': declared, 'pipeline/P.json': pipeline(`@${read}`) }))).toEqual([]);
    }
  });

  test('an undeclared one is an error at its name inside the string, with the close name', () => {
    const text = pipeline("@concat(pipeline().globalParameters.landingRot, '/x')");
    const findings = check(expressionParametersRule, memoryUnit({ 'factory/contoso-adf.json': declared, 'pipeline/P.json': text }));
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'app/pipeline/P.json',
        ...at(text, 'landingRot,'),
        message: "Pipeline 'P' reads global parameter 'landingRot' (pipeline().globalParameters.landingRot), which the factory does not declare. Did you mean 'landingRoot'?",
      }),
    ]);
  });

  test('a factory that declares none gets an error for any, read by index too', () => {
    const text = pipeline("@pipeline().globalParameters['region']");
    const [finding] = check(expressionParametersRule, memoryUnit({ 'factory/contoso-adf.json': factory(), 'pipeline/P.json': text }));
    expect(finding).toMatchObject(at(text, "'region'"));
    expect(finding!.message).toMatch(/global parameter 'region'.*Declare it under the factory's properties\.globalParameters\.$/);
  });

  test('without the factory object the declaration is not known, and nothing is said', () => {
    expect(check(expressionParametersRule, memoryUnit({ 'pipeline/P.json': pipeline('@pipeline().globalParameters.anything') }))).toEqual([]);
  });

  const template = (resources: unknown[]) =>
    JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { factoryName: { type: 'string' } },
        resources: [
          ...resources,
          {
            type: 'Microsoft.DataFactory/factories/pipelines',
            apiVersion: '2018-06-01',
            name: "[concat(parameters('factoryName'), '/P')]",
            properties: JSON.parse(pipeline("@concat(pipeline().globalParameters.env, pipeline().globalParameters.nope)")).properties,
          },
        ],
      },
      null,
      2,
    );
  const messages = (text: string) => check(expressionParametersRule, memoryUnit({ 'mainTemplate.json': text })).map((f) => f.message);

  test('in a template: the factory resource declares them', () => {
    const text = template([{ type: 'Microsoft.DataFactory/factories', apiVersion: '2018-06-01', name: "[parameters('factoryName')]", location: 'westeurope', properties: { globalParameters: { env: { type: 'String', value: 'prod' } } } }]);
    expect(messages(text)).toEqual([expect.stringContaining("global parameter 'nope'")]);
  });

  test('in a template: a factories/globalParameters resource declares them', () => {
    const text = template([{ type: 'Microsoft.DataFactory/factories/globalParameters', apiVersion: '2018-06-01', name: "[concat(parameters('factoryName'), '/default')]", properties: { env: { type: 'String', value: 'prod' } } }]);
    expect(messages(text)).toEqual([expect.stringContaining("global parameter 'nope'")]);
  });

  test('in a template with neither, nothing is said', () => {
    expect(messages(template([]))).toEqual([]);
  });
});

describe('pipeline() is read through its documented properties', () => {
  test('every documented property passes, in any case, through ., ?. and an index', () => {
    const reads = PIPELINE_PROPERTIES.flatMap((name) => [`pipeline().${name}`, `pipeline()?.${name.toUpperCase()}`, `pipeline()['${name.toLowerCase()}']`]);
    expect(check(expressionSystemVariablesRule, memoryUnit({ 'pipeline/P.json': pipeline(`@concat(${reads.map((r) => `string(${r})`).join(', ')})`) }))).toEqual([]);
  });

  test('a misspelt one is a warning at its name, with the close name', () => {
    const text = pipeline("@concat('run-', pipeline().RunIdd)");
    const findings = check(expressionSystemVariablesRule, memoryUnit({ 'pipeline/P.json': text }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', ...at(text, 'RunIdd'), message: "pipeline() has no documented property 'RunIdd', and a run fails where it is read; did you mean 'RunId'?" })]);
  });

  test('one close to none lists what pipeline() has', () => {
    const [finding] = check(expressionSystemVariablesRule, memoryUnit({ 'pipeline/P.json': pipeline("@pipeline()['Weather']") }));
    expect(finding!.message).toBe(
      "pipeline() has no documented property 'Weather', and a run fails where it is read; it has DataFactory, Pipeline, RunId, TriggerType, TriggerId, TriggerName, TriggerTime, GroupId, TriggeredByPipelineName, TriggeredByPipelineRunId, parameters and globalParameters.",
    );
  });
});
