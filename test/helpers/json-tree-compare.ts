import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { decodeText } from '../../shared/validate/decode-text.js';
import { MAX_JSON_NESTING } from '../../shared/validate/json-nesting.js';

/** jsonc-parser's tree, as JsonDocument builds it on its fallback path. */
export function jsoncTree(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  return { root, errors };
}

/** Node-by-node comparison; returns the path of the first difference, or undefined when the trees agree. */
export function firstDifference(actual: Node | undefined, expected: Node | undefined): string | undefined {
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

/** Every `.json` file below a folder, at any depth. */
export function jsonFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...jsonFilesUnder(full));
    else if (entry.name.toLowerCase().endsWith('.json')) found.push(full);
  }
  return found;
}

/**
 * Documents of random shape (strings with escapes, `@`, non-ASCII; numbers; keywords; nested
 * arrays and objects), the same `count` for the same `seed`, laid out in turn compact, with 2 and
 * 4 spaces and with tabs; every third with CRLF line endings.
 */
/** The .json files under test/fixtures and examples, as texts, each with its path for messages. */
export function corpusTexts(root: string): { file: string; text: string }[] {
  const files = [...jsonFilesUnder(path.join(root, 'test/fixtures')), ...jsonFilesUnder(path.join(root, 'examples'))].sort();
  return files.map((file) => ({ file: path.relative(root, file), text: decodeText(readFileSync(file)).text }));
}

/** Checks every text of the corpus, naming the file in any failure; counts the outcomes the check returns. */
export function checkCorpus<K extends string>(corpus: readonly { file: string; text: string }[], check: (text: string) => K): Partial<Record<K, number>> {
  const outcomes: Partial<Record<K, number>> = {};
  for (const { file, text } of corpus) {
    try {
      const outcome = check(text);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return outcomes;
}

export function generatedDocuments(count: number, seed = 42): string[] {
  const random = seededRandom(seed);
  const pieces = ['a', 'B', '@{x}', '\\', '"', '\n', '\t', '\u00e9', '😀', '\u0001', '/', ' '];
  const value = (depth: number): unknown => {
    const pick = random();
    if (depth > 5 || pick < 0.3) return Array.from({ length: Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    if (pick < 0.45) return Math.round((random() - 0.5) * 1e6) / (random() < 0.5 ? 1 : 1000);
    if (pick < 0.5) return [true, false, null][Math.floor(random() * 3)];
    if (pick < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, (_, i) => [`${pieces[Math.floor(random() * pieces.length)]}${i}`, value(depth + 1)]));
  };
  return Array.from({ length: count }, (_, i) => {
    const json = JSON.stringify(value(0), null, [0, 2, 4, '\t'][i % 4]);
    return i % 3 === 0 ? json.replace(/\n/g, '\r\n') : json;
  });
}

/** A repeatable pseudo-random number in [0, 1), from a linear congruential generator. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Strict JSON of every irregular-but-valid kind: escapes, unicode, odd line endings, numbers, nesting at the limit. */
export const VALID_JSON_CASES: readonly [name: string, text: string][] = [
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
];

/** Texts that are not strict JSON: jsonc-parser reports a syntax error in each. */
export const IRREGULAR_JSON_CASES: readonly [name: string, text: string][] = [
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
];

/**
 * Texts jsonc-parser reads without a syntax error but strict JSON refuses: comments, and
 * characters jsonc-parser takes for whitespace.
 */
export const JSONC_ONLY_CASES: readonly [name: string, text: string][] = [
  ['line comment', '// note\n{"a": 1}'],
  ['block comment', '{"a": /* one */ 1}'],
  ['byte order mark left in the text', '\uFEFF{}'],
  ['non-breaking space between tokens', '{\u00a0"a": 1}'],
  ['vertical tab between tokens', '[1,\u000b2]'],
];
