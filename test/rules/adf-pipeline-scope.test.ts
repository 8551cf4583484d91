import { expressionParametersRule } from '../../shared/validate/rules/adf/expression-parameters.js';
import { expressionScopeRule } from '../../shared/validate/rules/adf/expression-scope.js';
import { expressionSystemVariablesRule, PIPELINE_PROPERTIES } from '../../shared/validate/rules/adf/expression-system-variables.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';
import { at } from '../helpers/cuid-harness.js';

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

/** A trigger of a type that starts pipeline P with parameter p set to `expression`. */
const trigger = (type: string, expression: string) =>
  JSON.stringify(
    { name: 'T', properties: { type, typeProperties: {}, pipelines: [{ pipelineReference: { referenceName: 'P', type: 'PipelineReference' }, parameters: { p: expression } }] } },
    null,
    2,
  );

describe("trigger() is read through what the trigger's type documents", () => {
  const messages = (type: string, expression: string) => check(expressionSystemVariablesRule, memoryUnit({ 'trigger/T.json': trigger(type, expression) })).map((f) => f.message);

  test('each type passes what it documents, in any case', () => {
    expect(messages('ScheduleTrigger', "@concat(string(trigger().scheduledTime), string(trigger().STARTTIME))")).toEqual([]);
    expect(messages('TumblingWindowTrigger', "@concat(trigger().outputs.windowStartTime, trigger().outputs['windowEndTime'], trigger().scheduledTime, trigger().startTime)")).toEqual([]);
    expect(messages('BlobEventsTrigger', "@concat(triggerBody().fileName, triggerBody().folderpath, trigger().outputs.body.fileName, trigger().startTime)")).toEqual([]);
    expect(messages('CustomEventsTrigger', "@concat(triggerBody().event.subject, string(triggerBody().event.data), trigger().startTime)")).toEqual([]);
  });

  test('window times in a schedule trigger are a warning at outputs', () => {
    const text = trigger('ScheduleTrigger', '@trigger().outputs.windowStartTime');
    const findings = check(expressionSystemVariablesRule, memoryUnit({ 'trigger/T.json': text }));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ...at(text, 'outputs.windowStartTime'),
        message: "trigger() of a ScheduleTrigger has no documented property 'outputs' (window start and end times exist only in a TumblingWindowTrigger), and a run fails where it is read; it has scheduledTime and startTime.",
      }),
    ]);
  });

  test('misspelt members get the close name', () => {
    expect(messages('TumblingWindowTrigger', '@trigger().outputs.windowStart')).toEqual([
      "trigger().outputs of a TumblingWindowTrigger has no documented property 'windowStart', and a run fails where it is read; it has windowStartTime and windowEndTime.",
    ]);
    expect(messages('TumblingWindowTrigger', '@trigger().outputs.windowStartTme')).toEqual([
      "trigger().outputs of a TumblingWindowTrigger has no documented property 'windowStartTme', and a run fails where it is read; did you mean 'windowStartTime'?",
    ]);
    expect(messages('BlobEventsTrigger', '@triggerBody().filename2')).toEqual([
      "triggerBody() of a BlobEventsTrigger has no documented property 'filename2', and a run fails where it is read; did you mean 'fileName'?",
    ]);
  });

  test('triggerBody() of a schedule trigger is not documented', () => {
    expect(messages('ScheduleTrigger', '@triggerBody().fileName')).toEqual([
      'triggerBody() of a ScheduleTrigger is not documented, and a run may fail where it is read; use trigger().scheduledTime and trigger().startTime.',
    ]);
  });

  test('a type it does not know is left alone', () => {
    expect(messages('SomeFutureTrigger', '@trigger().anything')).toEqual([]);
  });
});

describe('run context is read only where it exists', () => {
  test('trigger() in a pipeline is an error at the call', () => {
    const text = pipeline("@formatDateTime(trigger().scheduledTime, 'yyyy-MM-dd')");
    expect(check(expressionScopeRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...at(text, 'trigger()'),
        message: 'trigger() is available only in a trigger, not in a pipeline; have the trigger pass it as a pipeline parameter and read pipeline().parameters.<name>.',
      }),
    ]);
  });

  test('triggerBody() and pipeline().RunId in a dataset, pipeline().TriggerTime in a linked service', () => {
    const dataset = JSON.stringify({ name: 'D', properties: { type: 'Json', linkedServiceName: { referenceName: 'L', type: 'LinkedServiceReference' }, typeProperties: { location: { type: 'AzureBlobFSLocation', fileSystem: "@concat(triggerBody().folderPath, pipeline().RunId)" } } } }, null, 2);
    const linked = JSON.stringify({ name: 'L', properties: { type: 'AzureBlobFS', typeProperties: { url: "@concat('https://', string(pipeline().TriggerTime))" } } }, null, 2);
    expect(check(expressionScopeRule, memoryUnit({ 'dataset/D.json': dataset, 'linkedService/L.json': linked })).map((f) => f.message)).toEqual([
      'triggerBody() is available only in a trigger, not in a dataset; pass it as a dataset parameter and read dataset().<name>.',
      "pipeline().RunId is available only in pipelines; Dataset 'D' cannot read it: pass it as a dataset parameter and read dataset().<name>.",
      "pipeline().TriggerTime is available only in pipelines; Linked service 'L' cannot read it: pass it as a linked service parameter and read linkedService().<name>.",
    ]);
  });

  test('what belongs there passes, and pipeline().parameters elsewhere is left to adf/expression-parameters', () => {
    const dataset = JSON.stringify({ name: 'D', properties: { type: 'Json', typeProperties: { folderPath: '@pipeline().parameters.folder' } } }, null, 2);
    const files = { 'pipeline/P.json': pipeline('@pipeline().RunId'), 'trigger/T.json': trigger('ScheduleTrigger', '@trigger().scheduledTime'), 'dataset/D.json': dataset };
    expect(check(expressionScopeRule, memoryUnit(files))).toEqual([]);
  });
});
