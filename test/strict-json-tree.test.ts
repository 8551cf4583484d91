import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { decodeText } from '../shared/validate/decode-text.js';
import { JsonDocument } from '../shared/validate/json-document.js';
import { excessiveNestingOffset, MAX_JSON_NESTING } from '../shared/validate/json-nesting.js';
import { parseStrictJsonTree } from '../shared/validate/strict-json-tree.js';

/** jsonc-parser's tree, as JsonDocument builds it on its fallback path. */
function jsoncTree(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  return { root, errors };
}

/** Node-by-node comparison; returns the path of the first difference, or undefined when the trees agree. */
function firstDifference(actual: Node | undefined, expected: Node | undefined): string | undefined {
  if (!actual || !expected) return actual === expected ? undefined : `$: ${actual ? 'extra' : 'missing'} root`;
  if (actual.parent !== undefined) return '$: the root has a parent';
  const stack: { a: Node; e: Node; at: string }[] = [{ a: actual, e: expected, at: '$' }];
  while (stack.length > 0) {
    const { a, e, at } = stack.pop()!;
    for (const field of ['type', 'offset', 'length', 'colonOffset'] as const) {
      if (a[field] !== e[field]) return `${at}.${field}: ${String(a[field])} != ${String(e[field])}`;
    }
    if (!Object.is(a.value, e.value)) return `${at}.value: ${JSON.stringify(a.value)} != ${JSON.stringify(e.value)}`;
    const aChildren = a.children ?? [];
    const eChildren = e.children ?? [];
    if ((a.children === undefined) !== (e.children === undefined)) return `${at}.children: present in one tree only`;
    if (aChildren.length !== eChildren.length) return `${at}.children.length: ${aChildren.length} != ${eChildren.length}`;
    aChildren.forEach((child, i) => {
      stack.push({ a: child, e: eChildren[i]!, at: `${at}[${i}]` });
    });
    for (const child of aChildren) if (child.parent !== a) return `${at}: a child's parent is not this node`;
  }
  return undefined;
}

function jsonFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...jsonFilesUnder(full));
    else if (entry.name.toLowerCase().endsWith('.json')) found.push(full);
  }
  return found;
}

/** The strict parser either agrees with jsonc-parser exactly or declines (and JsonDocument falls back). */
function expectAgreement(text: string): 'strict' | 'fallback' {
  const strict = parseStrictJsonTree(text, MAX_JSON_NESTING);
  if (strict === undefined) {
    // Declined: JsonDocument must give what the jsonc path gives.
    const document = new JsonDocument('case.json', text);
    const tooDeep = excessiveNestingOffset(text);
    if (tooDeep !== undefined) {
      expect(document.root).toBeUndefined();
      expect(document.errors).toEqual([{ ...document.positionAt(tooDeep), message: expect.stringContaining('nested deeper than') }]);
    } else {
      const { root, errors } = jsoncTree(text);
      expect(firstDifference(document.root, root)).toBeUndefined();
      expect(document.errors.map(({ line, column }) => ({ line, column }))).toEqual(errors.map((e) => document.positionAt(e.offset)));
    }
    return 'fallback';
  }
  const { root, errors } = jsoncTree(text);
  expect(errors).toEqual([]);
  expect(excessiveNestingOffset(text)).toBeUndefined();
  expect(firstDifference(strict, root)).toBeUndefined();
  return 'strict';
}

describe('parseStrictJsonTree builds the tree jsonc-parser builds', () => {
  const root = process.cwd();
  const corpus = [...jsonFilesUnder(path.join(root, 'test/fixtures')), ...jsonFilesUnder(path.join(root, 'examples'))].sort();

  test('every .json under test/fixtures and examples', () => {
    expect(corpus.length).toBeGreaterThan(50);
    const outcomes = { strict: 0, fallback: 0 };
    for (const file of corpus) {
      const { text } = decodeText(readFileSync(file));
      try {
        outcomes[expectAgreement(text)]++;
      } catch (error) {
        throw new Error(`${path.relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // Most fixtures are strict JSON; the rest (comments, broken files) went the jsonc way.
    expect(outcomes.strict).toBeGreaterThan(outcomes.fallback);
  });

  test('the comparison notices a difference', () => {
    const text = '{"a": [1, "x"]}';
    const tree = parseStrictJsonTree(text, MAX_JSON_NESTING)!;
    expect(firstDifference(tree, jsoncTree(text).root)).toBeUndefined();
    expect(firstDifference(tree, jsoncTree('{"a": [1, "y"]}').root)).toBe('$[0][1][1].value: "x" != "y"');
    expect(firstDifference(tree, jsoncTree('{"a" : [1, "x"]}').root)).toBe('$.length: 15 != 16');
  });

  test.each([
    ['empty object and array', '{}'],
    ['empty containers inside', '{"a":{},"b":[],"c":[{}, [], [[]]]}'],
    ['top-level scalars', '"text"'],
    ['top-level number', ' -12.5e+3 '],
    ['top-level keywords', '[true, false, null]'],
    ['numbers', '[0, -0, 1, -1, 10, 0.5, -0.25, 1e10, 1E10, 1e+2, 1e-2, 2.5E-3, 123456789012345678901234567890, 1e400, 5e-400]'],
    ['escapes', String.raw`["\"", "\\", "\/", "\b", "\f", "\n", "\r", "\t", "a\tb\\c\"d"]`],
    ['unicode escapes', String.raw`["\u0041\u00e9\u4E2D", "\uD83D\uDE00", "\uD800", "x\u0000y"]`],
    ['raw non-ASCII and surrogate pairs', '{"naïve": "日本語 😀", "emoji😀key": ["\u2028", "\u00a0"]}'],
    ['escaped keys', String.raw`{"a\"b": 1, "\u0063": 2, "": 3}`],
    ['duplicate keys', '{"a": 1, "a": 2, "A": 3}'],
    ['CRLF line endings', '{\r\n  "a": [\r\n    1,\r\n    "x"\r\n  ]\r\n}\r\n'],
    ['CR only and tabs', '{\r\t"a":\t1\r}'],
    ['deep nesting at the limit', '['.repeat(MAX_JSON_NESTING) + ']'.repeat(MAX_JSON_NESTING)],
    ['objects nesting at the limit', '{"a":'.repeat(MAX_JSON_NESTING - 1) + '{}' + '}'.repeat(MAX_JSON_NESTING - 1)],
  ])('%s', (_name, text) => {
    expect(expectAgreement(text)).toBe('strict');
  });

  test('generated documents in several layouts', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['a', 'B', '@{x}', '\\', '"', '\n', '\t', '\u00e9', '😀', '\u0001', '/', ' '];
    const value = (depth: number): unknown => {
      const pick = random();
      if (depth > 5 || pick < 0.3) return Array.from({ length: Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      if (pick < 0.45) return Math.round((random() - 0.5) * 1e6) / (random() < 0.5 ? 1 : 1000);
      if (pick < 0.5) return [true, false, null][Math.floor(random() * 3)];
      if (pick < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, (_, i) => [`${pieces[Math.floor(random() * pieces.length)]}${i}`, value(depth + 1)]));
    };
    for (let i = 0; i < 200; i++) {
      const json = JSON.stringify(value(0), null, [0, 2, 4, '\t'][i % 4]);
      const text = i % 3 === 0 ? json.replace(/\n/g, '\r\n') : json;
      expect(expectAgreement(text)).toBe('strict');
    }
  });
});

describe('parseStrictJsonTree declines anything irregular, and JsonDocument reports it as before', () => {
  test.each([
    ['empty text', ''],
    ['only whitespace', '  \n '],
    ['unclosed object', '{"a": 1'],
    ['unclosed array', '[1, 2'],
    ['trailing comma in an object', '{"a": 1,}'],
    ['trailing comma in an array', '[1,]'],
    ['content after the value', '{"a": 1} x'],
    ['two values', '1 2'],
    ['single quotes', "{'a': 1}"],
    ['missing colon', '{"a" 1}'],
    ['missing comma', '{"a": 1 "b": 2}'],
    ['missing comma in an array', '[1 2]'],
    ['unquoted key', '{a: 1}'],
    ['leading zero', '[01]'],
    ['dot without digits', '[1.]'],
    ['leading dot', '[.5]'],
    ['exponent without digits', '[1e]'],
    ['lone minus', '[-]'],
    ['plus sign', '[+1]'],
    ['raw line break in a string', '["a\nb"]'],
    ['raw control character in a string', '["a\u0001b"]'],
    ['unknown escape', String.raw`["\x41"]`],
    ['bad unicode escape', String.raw`["\u12G4"]`],
    ['short unicode escape', String.raw`["\u12"]`],
    ['unterminated string', '["abc'],
    ['truncated keyword', '[tru]'],
    ['capitalised keyword', '[True]'],
    ['NaN', '[NaN]'],
    ['nesting one level too deep', '['.repeat(MAX_JSON_NESTING + 1) + ']'.repeat(MAX_JSON_NESTING + 1)],
    ['nesting far too deep, unclosed', '{"a":['.repeat(5000)],
  ])('%s', (_name, text) => {
    expect(parseStrictJsonTree(text, MAX_JSON_NESTING)).toBeUndefined();
    expect(expectAgreement(text)).toBe('fallback');
    expect(new JsonDocument('case.json', text).errors.length).toBeGreaterThan(0);
  });

  // jsonc-parser accepts comments and reads these characters as whitespace; strict JSON does
  // not, so they take the jsonc path and keep its result (no syntax error).
  test.each([
    ['line comment', '// note\n{"a": 1}'],
    ['block comment', '{"a": /* one */ 1}'],
    ['byte order mark left in the text', '\uFEFF{}'],
    ['non-breaking space between tokens', '{\u00a0"a": 1}'],
    ['vertical tab between tokens', '[1,\u000b2]'],
  ])('%s', (_name, text) => {
    expect(parseStrictJsonTree(text, MAX_JSON_NESTING)).toBeUndefined();
    expect(expectAgreement(text)).toBe('fallback');
  });
});
