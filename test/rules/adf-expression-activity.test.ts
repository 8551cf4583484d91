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
    expect(run(deeper)).toEqual([expect.objectContaining({ ...at(deeper, "'Poll').output"), message: expect.stringContaining("reads activity('Poll'), which does not run before it") })]);
    const timeout = pipeline(until({ timeout: expression("@activity('Poll').output.limit") }));
    expect(run(timeout)).toEqual([expect.objectContaining({ ...at(timeout, "'Poll').output.limit") })]);
  });

  test("an If Condition's expression, evaluated before either branch, reads neither", () => {
    const text = pipeline({ name: 'Branch', type: 'IfCondition', typeProperties: { expression: expression("@equals(activity('Poll').output.status, 'Done')"), ifTrueActivities: [poll] } });
    expect(run(text)).toEqual([expect.objectContaining({ ...at(text, "'Poll').output") })]);
  });
});
