import { expressionActivityRule } from '../../shared/validate/rules/adf/expression-activity.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const poll = { name: 'Poll', type: 'WebActivity', typeProperties: { method: 'GET', url: 'https://example.com/status' } };
const expression = (value: string) => ({ value, type: 'Expression' });
const until = (typeProperties: Record<string, unknown>, activities: unknown[] = [poll]) => ({
  name: 'WaitForExport',
  type: 'Until',
  typeProperties: { expression: expression("@equals(activity('Poll').output.status, 'Done')"), activities, ...typeProperties },
});
const pipeline = (...activities: unknown[]) => JSON.stringify({ name: 'P', properties: { activities } }, null, 2);
const run = (text: string) => check(expressionActivityRule, memoryUnit({ 'pipeline/P.json': text }));

describe("adf/expression-activity: an Until's condition", () => {
  test('reads the activities the Until runs, as they ended the last pass', () => {
    expect(run(pipeline(until({})))).toEqual([]);
    expect(run(pipeline(until({ expression: "@equals(activity('POLL').output.status, 'Done')" })))).toEqual([]);
  });

  test('in a template, the same condition passes', () => {
    const template = JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [{ type: 'Microsoft.DataFactory/factories/pipelines', apiVersion: '2018-06-01', name: 'factory/P', properties: { activities: [until({})] } }],
      },
      null,
      2,
    );
    expect(check(expressionActivityRule, memoryUnit({ 'mainTemplate.json': template }))).toEqual([]);
  });

  test("reads nothing deeper than the Until's own list, and its other settings read nothing inside it", () => {
    const inner = { name: 'Branch', type: 'IfCondition', typeProperties: { expression: expression('@true'), ifTrueActivities: [poll] } };
    const deeper = pipeline(until({}, [inner]));
    expect(run(deeper)).toEqual([expect.objectContaining({ ...at(deeper, "'Poll').output"), message: expect.stringContaining("reads activity('Poll'), which runs inside IfCondition 'Branch'; activities outside it cannot read it") })]);
    const timeout = pipeline(until({ timeout: expression("@activity('Poll').output.limit") }));
    expect(run(timeout)).toEqual([expect.objectContaining({ ...at(timeout, "'Poll').output.limit") })]);
  });

  test("an If Condition's expression, evaluated before either branch, reads neither", () => {
    const text = pipeline({ name: 'Branch', type: 'IfCondition', typeProperties: { expression: expression("@equals(activity('Poll').output.status, 'Done')"), ifTrueActivities: [poll] } });
    expect(run(text)).toEqual([expect.objectContaining({ ...at(text, "'Poll').output") })]);
  });
});

describe('adf/expression-activity: an activity a dependsOn chain cannot reach', () => {
  const copy = (name: string, extra: Record<string, unknown> = {}) => ({ name, type: 'Wait', typeProperties: { waitTimeInSeconds: 1 }, ...extra });
  const reads = (name: string, read: string, extra: Record<string, unknown> = {}) => ({
    name,
    type: 'SetVariable',
    typeProperties: { variableName: 'v', value: expression(`@string(activity('${read}').output)`) },
    ...extra,
  });

  test('inside a container the reader is not in is named, with what to do', () => {
    const loop = { name: 'Each', type: 'ForEach', typeProperties: { items: expression('@createArray(1)'), activities: [copy('Inner')] } };
    const text = pipeline(loop, reads('After', 'Inner', { dependsOn: [{ activity: 'Each', dependencyConditions: ['Succeeded'] }] }));
    expect(run(text).map((f) => f.message)).toEqual([
      "Activity 'After' reads activity('Inner'), which runs inside ForEach 'Each'; activities outside it cannot read it: read it inside 'Each', or have an activity there set a variable to read.",
    ]);
  });

  test('in the other branch of an If around the reader is named; the same branch, or a list around the reader, gets the dependsOn advice', () => {
    const branch = {
      name: 'Choose',
      type: 'IfCondition',
      typeProperties: { expression: expression('@true'), ifTrueActivities: [copy('Yes'), reads('Late', 'Early')], ifFalseActivities: [reads('No', 'Yes'), copy('Early')] },
    };
    expect(run(pipeline(branch)).map((f) => f.message)).toEqual([
      "Activity 'Late' reads activity('Early'), which is in another branch of IfCondition 'Choose': only one branch runs, so this one cannot read it.",
      "Activity 'No' reads activity('Yes'), which is in another branch of IfCondition 'Choose': only one branch runs, so this one cannot read it.",
    ]);
    const same = { ...branch, typeProperties: { expression: expression('@true'), ifTrueActivities: [copy('Yes'), reads('Late', 'Yes')] } };
    expect(run(pipeline(same)).map((f) => f.message)).toEqual([expect.stringContaining("which does not run before it; add a dependsOn chain from 'Yes' to 'Late'")]);
    const outer = { ...branch, typeProperties: { expression: expression('@true'), ifTrueActivities: [reads('Inside', 'Top')] } };
    expect(run(pipeline(copy('Top'), outer)).map((f) => f.message)).toEqual([expect.stringContaining("which does not run before it; add a dependsOn chain from 'Top' to 'Inside'")]);
  });
});
