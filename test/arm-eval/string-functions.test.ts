import { evaluateExpression as ev, evaluationError } from './evaluate-expression.js';

describe('string functions', () => {
  test.each([
    ["[concat('a', 'b', 1, true())]", 'ab1True'],
    ["[format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)]", 'Hello, User. Formatted number: 8,175,133'],
    ["[format('{0:D4}|{1,5}|{1,-5}|{{x}}|{2:F1}|{3:X}', 7, 'ab', 2.25, 255)]", '0007|   ab|ab   |{x}|2.3|FF'],
    ["[toLower('ABc')]", 'abc'],
    ["[toUpper('abC')]", 'ABC'],
    ["[trim('  x y  ')]", 'x y'],
    ["[replace('a-b-c', '-', '')]", 'abc'],
    ["[substring('hello', 1, 3)]", 'ell'],
    ["[substring('hello', 2)]", 'llo'],
    ["[string(5)]", '5'],
    ["[string(createObject('a', 1))]", '{"a":1}'],
    ["[string(createArray('a', 'b'))]", '["a","b"]'],
    ["[string(true())]", 'True'],
    ["[padLeft('123', 10, '0')]", '0000000123'],
    ["[padLeft(7, 3)]", '  7'],
    ["[base64('one, two, three')]", 'b25lLCB0d28sIHRocmVl'],
    ["[base64ToString('b25lLCB0d28sIHRocmVl')]", 'one, two, three'],
    ["[uri('http://contoso.com/resources/', 'nested/azuredeploy.json')]", 'http://contoso.com/resources/nested/azuredeploy.json'],
    ["[uri('http://contoso.com/resources/', '/nested/azuredeploy.json')]", 'http://contoso.com/resources/nested/azuredeploy.json'],
    ["[uri('http://contoso.com/resources/main.json', 'nested/azuredeploy.json')]", 'http://contoso.com/resources/nested/azuredeploy.json'],
    ["[uri('http://contoso.com', 'nested/azuredeploy.json')]", 'http://contoso.com/nested/azuredeploy.json'],
    ["[uriComponent('a b/c')]", 'a%20b%2Fc'],
    ["[uriComponentToString('a%20b%2Fc')]", 'a b/c'],
    ["[dataUri('Hello')]", 'data:text/plain;charset=utf8;base64,SGVsbG8='],
    ["[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]", 'Hello, World!'],
    ["[startsWith('abcdef', 'AB')]", true],
    ["[endsWith('abcdef', 'EF')]", true],
    ["[indexOf('test', 'T')]", 0],
    ["[lastIndexOf('abcabc', 'b')]", 4],
    ["[indexOf('abc', 'z')]", -1],
    ["[json('{\"a\": [1, 2]}').a[1]]", 2],
    ["[json('null')]", null],
    ["[join(createArray('a', 'b', 'c'), '-')]", 'a-b-c'],
  ])('%s', async (expression, expected) => {
    expect(await ev(expression)).toEqual(expected);
  });

  test('split with one or several delimiters', async () => {
    expect(await ev("[split('one,two,three', ',')]")).toEqual(['one', 'two', 'three']);
    expect(await ev("[split('one;two,three', createArray(',', ';'))]")).toEqual(['one', 'two', 'three']);
  });

  test('the [[ escape gives a literal string starting with [', async () => {
    expect(await ev("[[variables('x')]")).toBe("[variables('x')]");
    expect(await ev('not [an] expression')).toBe('not [an] expression');
    expect(await ev("[concat('it''s', ' ok')]")).toBe("it's ok");
  });

  test('bad arguments name the function and the path', async () => {
    const error = await evaluationError(ev("[substring('abc', 2, 5)]"));
    expect(error.path).toBe('outputs.result.value');
    expect(error.message).toMatch(/^outputs\.result\.value: substring: start 2 and length 5 fall outside/);
    const typeError = await evaluationError(ev('[toLower(5)]'));
    expect(typeError.detail).toBe("The template function 'toLower' expects argument 1 to be a String, but it is Integer.");
    const formatError = await evaluationError(ev("[format('{1}', 'a')]"));
    expect(formatError.detail).toMatch(/placeholder \{1\} needs 2 argument/);
  });
});
