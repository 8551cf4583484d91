import { expressionNodes, parseAdfValue } from '../../shared/validate/datafactory/adf-expression.js';
import { documentOffsetInString } from '../../shared/validate/datafactory/string-offsets.js';
import { JsonDocument } from '../../shared/validate/json-document.js';
import { expressionSyntaxRule } from '../../shared/validate/rules/adf/expression-syntax.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

describe('the Data Factory expression parser', () => {
  test.each([
    '@pipeline().parameters.windowStart',
    "@concat('a''b', pipeline().RunId)",
    "@activity('Copy data').output?.rowsCopied",
    "@pipeline().parameters['my param']",
    '@equals(variables(\'x\'), true)',
    '@add(1, -2.5)',
    'Run @{pipeline().RunId} at @{utcNow()}',
    '@{item()}',
    "@json('{\"a\": 1}')",
  ])('parses %s', (value) => {
    const parsed = parseAdfValue(value);
    expect(parsed?.error).toBeUndefined();
    expect(parsed?.expressions.length).toBeGreaterThan(0);
  });

  test('plain strings, a lone @ inside text and the @@ escape are not expressions', () => {
    expect(parseAdfValue('hello')).toBeUndefined();
    expect(parseAdfValue('someone@contoso.com')).toBeUndefined();
    expect(parseAdfValue('@@concat(')).toBeUndefined();
    expect(parseAdfValue('literal @@{not} here')?.expressions).toEqual([]);
  });

  test.each([
    ["@concat('a', 'b'", 16, "',' or ')' expected"],
    ["@concat('a)", 8, 'string literal is not closed'],
    ['@pipeline().parameters.', 23, 'property name expected'],
    ['@pipeline() extra', 12, "unexpected 'e'"],
    ['@foo', 1, "'foo' is neither a function call"],
    ['x @{pipeline().RunId', 2, "'@{' is not closed"],
    ['@', 1, 'expression expected'],
  ])('reports %s at offset %i', (value, offset, message) => {
    const error = parseAdfValue(value)?.error;
    expect(error?.offset).toBe(offset);
    expect(error?.message).toContain(message);
  });

  test('call and member nodes carry their offsets', () => {
    const [expression] = parseAdfValue("@concat(activity('A').output, item())")!.expressions;
    const calls = expressionNodes(expression!).filter((n) => n.type === 'call');
    expect(calls.map((c) => [c.type === 'call' && c.name, c.start])).toEqual([['concat', 1], ['activity', 8], ['item', 30]]);
  });

  test('never throws on hostile input', () => {
    expect(parseAdfValue('@' + 'f('.repeat(5000))?.error).toBeDefined();
    expect(parseAdfValue("@'" + 'x'.repeat(100000))?.error).toBeDefined();
  });
});

describe('offsets inside JSON strings', () => {
  test('escapes count as one character of the value', () => {
    const text = '{"v": "a\\"b\\nc\\u0041d"}';
    const document = new JsonDocument('x.json', text);
    const node = document.nodeAt(['v'])!;
    const value = node.value as string; // a"b\ncAd
    expect(value).toBe('a"b\ncAd');
    expect(text[documentOffsetInString(text, node, value.indexOf('b'))]).toBe('b');
    expect(text[documentOffsetInString(text, node, value.indexOf('c'))]).toBe('c');
    expect(text.slice(documentOffsetInString(text, node, value.indexOf('A')), documentOffsetInString(text, node, value.indexOf('A')) + 6)).toBe('\\u0041');
    expect(text[documentOffsetInString(text, node, value.indexOf('d'))]).toBe('d');
    expect(text[documentOffsetInString(text, node, 999)]).toBe('"');
  });

  test('a syntax error after escapes is reported at its real line and column', () => {
    const pipeline = [
      '{',
      '  "name": "P",',
      '  "properties": {',
      '    "activities": [',
      '      { "name": "S", "type": "SetVariable", "typeProperties": { "variableName": "v",',
      '        "value": "@concat(\'say \\"hi\\"\\n\', pipeline().RunId" } }',
      '    ],',
      '    "variables": { "v": { "type": "String" } }',
      '  }',
      '}',
    ].join('\n');
    const findings = check(expressionSyntaxRule, memoryUnit({ 'pipeline/P.json': pipeline }));
    expect(findings).toHaveLength(1);
    const line = pipeline.split('\n')[5]!;
    // The error is at the end of the value: the closing quote of the JSON string.
    expect(findings[0]).toMatchObject({ line: 6, column: line.lastIndexOf('"') + 1 });
    expect(findings[0]!.message).toContain("',' or ')' expected");
  });
});
