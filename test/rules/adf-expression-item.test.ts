import { expressionItemRule } from '../../shared/validate/rules/adf/expression-item.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const pipeline = (activities: unknown[]) => JSON.stringify({ name: 'P', properties: { variables: { v: { type: 'String' } }, activities } }, null, 2);
const run = (text: string) => check(expressionItemRule, memoryUnit({ 'pipeline/P.json': text }));
const set = (name: string, value: string) => ({ name, type: 'SetVariable', typeProperties: { variableName: 'v', value } });

describe('adf/expression-item', () => {
  test('item() inside a ForEach, at any depth, passes', () => {
    const ifInside = { name: 'Check', type: 'IfCondition', typeProperties: { expression: { value: '@equals(item(), 1)', type: 'Expression' }, ifTrueActivities: [set('Deep', '@string(item())')] } };
    expect(run(pipeline([{ name: 'Loop', type: 'ForEach', typeProperties: { items: { value: '@createArray(1, 2)', type: 'Expression' }, activities: [set('Inner', '@string(item())'), ifInside] } }]))).toEqual([]);
  });

  test("a Filter activity's condition reads item(), the element it tests, in either form", () => {
    const filter = (condition: unknown) => ({ name: 'Only files', type: 'Filter', typeProperties: { items: { value: '@createArray(1, 2)', type: 'Expression' }, condition } });
    expect(run(pipeline([filter({ value: "@equals(item().type, 'File')", type: 'Expression' })]))).toEqual([]);
    expect(run(pipeline([filter('@greater(item(), 1)')]))).toEqual([]);
  });

  test("item() outside a loop, in a ForEach's own items or in a Filter's items is an error at the call", () => {
    const text = pipeline([
      set('Outside', '@string(item())'),
      { name: 'Loop', type: 'ForEach', typeProperties: { items: { value: '@item().list', type: 'Expression' }, activities: [] } },
      { name: 'Only', type: 'Filter', typeProperties: { items: { value: '@item().rows', type: 'Expression' }, condition: '@greater(item(), 1)' } },
    ]);
    expect(run(text)).toEqual([
      expect.objectContaining({
        ...at(text, 'item())'),
        message: "item() is used in activity 'Outside', which is not inside a ForEach; it only has a value inside a ForEach loop and in a Filter activity's condition.",
      }),
      expect.objectContaining({ ...at(text, 'item().list'), message: expect.stringContaining("activity 'Loop'") }),
      expect.objectContaining({ ...at(text, 'item().rows'), message: expect.stringContaining("activity 'Only'") }),
    ]);
  });
});
