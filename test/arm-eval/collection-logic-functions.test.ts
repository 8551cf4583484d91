import { evaluateExpression as ev, evaluationError } from './evaluate-expression.js';

describe('array and object functions', () => {
  test.each([
    ["[concat(createArray(1, 2), createArray(3))]", [1, 2, 3]],
    ["[length('abc')]", 3],
    ["[length(createArray(1, 2))]", 2],
    ["[length(createObject('a', 1, 'b', 2))]", 2],
    ["[empty('')]", true],
    ["[empty(createArray())]", true],
    ["[empty(createObject('a', 1))]", false],
    ["[empty(null())]", true],
    ["[contains('OneTwo', 'Two')]", true],
    ["[contains(createObject('Key', 1), 'key')]", true],
    ["[contains(createArray('a', 'b'), 'c')]", false],
    ["[first(createArray('x', 'y'))]", 'x'],
    ["[first('one')]", 'o'],
    ["[last(createArray('x', 'y'))]", 'y'],
    ["[last('one')]", 'e'],
    ["[take(createArray(1, 2, 3), 2)]", [1, 2]],
    ["[take('abc', 5)]", 'abc'],
    ["[skip(createArray(1, 2, 3), 1)]", [2, 3]],
    ["[skip('abc', 2)]", 'c'],
    ["[indexOf(createArray('a', 'b', 'b'), 'b')]", 1],
    ["[lastIndexOf(createArray('a', 'b', 'b'), 'b')]", 2],
    ["[union(createArray(1, 2, 3), createArray(3, 4))]", [1, 2, 3, 4]],
    ["[union(createObject('a', 'b', 'c', createObject('d', 1)), createObject('c', createObject('e', 2)))]", { a: 'b', c: { d: 1, e: 2 } }],
    ["[intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))]", ['two', 'three']],
    ["[intersection(createObject('a', 1, 'b', 2), createObject('a', 1, 'b', 3))]", { a: 1 }],
    ["[array('x')]", ['x']],
    ["[array(createArray(1))]", [1]],
    ["[coalesce(null(), null(), 'third')]", 'third'],
    ["[range(5, 3)]", [5, 6, 7]],
    ["[min(createArray(3, 1, 2))]", 1],
    ["[max(3, 9, 2)]", 9],
    ["[items(createObject('b', 2, 'a', 1))]", [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]],
    ["[createArray(1, 'two', createObject('three', 3))[2].three]", 3],
    ["[createObject('Name', 'x').name]", 'x'],
  ])('%s', async (expression, expected) => {
    expect(await ev(expression)).toEqual(expected);
  });

  test('a missing property and an index past the end say what exists', async () => {
    expect((await evaluationError(ev("[createObject('a', 1).b]"))).detail).toBe("The property 'b' does not exist; the available properties are 'a'.");
    expect((await evaluationError(ev('[createArray(1)[3]]'))).detail).toBe('The index 3 is outside the array of 1 item(s).');
  });
});

describe('comparison, logical and numeric functions', () => {
  test.each([
    ["[equals(createArray(1, createObject('a', 2)), createArray(1, createObject('a', 2)))]", true],
    ["[equals('a', 'A')]", false],
    ['[less(1, 2)]', true],
    ["[lessOrEquals('b', 'a')]", false],
    ['[greater(3, 2)]', true],
    ['[greaterOrEquals(2, 2)]', true],
    ['[not(true())]', false],
    ['[and(true(), true(), false())]', false],
    ['[or(false(), true())]', true],
    ["[if(equals(1, 1), 'yes', 'no')]", 'yes'],
    ["[bool('TRUE')]", true],
    ['[bool(0)]', false],
    ["[int('42')]", 42],
    ["[float('1.5')]", 1.5],
    ['[add(2, 3)]', 5],
    ['[sub(2, 3)]', -1],
    ['[mul(4, 3)]', 12],
    ['[div(8, 3)]', 2],
    ['[div(-8, 3)]', -2],
    ['[mod(7, 3)]', 1],
  ])('%s', async (expression, expected) => {
    expect(await ev(expression)).toEqual(expected);
  });

  test('if() evaluates only the branch it takes', async () => {
    expect(await ev("[if(true(), 'ok', parameters('undeclared'))]")).toBe('ok');
  });

  test('division by zero and bad conversions are errors with the path', async () => {
    expect((await evaluationError(ev('[div(1, 0)]'))).detail).toBe('div: division by zero.');
    const error = await evaluationError(ev("[int('x1')]"));
    expect(error.path).toBe('outputs.result.value');
    expect(error.detail).toBe("int: cannot convert String 'x1' to an Integer.");
  });
});
