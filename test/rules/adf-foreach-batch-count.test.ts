import { forEachBatchCountRule } from '../../shared/validate/rules/adf/foreach-batch-count.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const loop = (batchCount: unknown) => ({
  name: 'Each',
  type: 'ForEach',
  typeProperties: { items: { value: '@pipeline().parameters.items', type: 'Expression' }, isSequential: false, batchCount, activities: [] },
});
const messages = (batchCount: unknown) =>
  check(forEachBatchCountRule, memoryUnit({ 'pipeline/P.json': JSON.stringify({ name: 'P', properties: { activities: [loop(batchCount)] } }, null, 2) })).map((f) => f.message);

describe('adf/foreach-batch-count', () => {
  test('a whole number from 1 to 50 passes', () => {
    for (const count of [1, 20, 50]) expect(messages(count)).toEqual([]);
  });

  test('a number out of range, a fraction or a string is named as written', () => {
    expect(messages(0)).toEqual(["ForEach 'Each' has batchCount 0; use a whole number from 1 to 50."]);
    expect(messages(51)).toEqual(["ForEach 'Each' has batchCount 51; use a whole number from 1 to 50."]);
    expect(messages(2.5)).toEqual(["ForEach 'Each' has batchCount 2.5; use a whole number from 1 to 50."]);
    expect(messages('10')).toEqual(['ForEach \'Each\' has batchCount "10"; use a whole number from 1 to 50.']);
    expect(messages([10])).toEqual(["ForEach 'Each' has an array as batchCount; use a whole number from 1 to 50."]);
  });

  test('an expression is refused in words that say so, in both forms', () => {
    const expected = ["ForEach 'Each' sets batchCount with an expression, which Data Factory does not evaluate there; write a whole number from 1 to 50."];
    expect(messages({ value: '@pipeline().parameters.parallel', type: 'Expression' })).toEqual(expected);
    expect(messages('@pipeline().parameters.parallel')).toEqual(expected);
  });
});
