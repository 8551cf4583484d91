import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { getNodeValue } from 'jsonc-parser';
import ts from 'typescript';
import { hasEscapedPropertyName, parseJson } from '../shared/json/parse-json.js';
import { generatedDocuments, jsoncTree, VALID_JSON_CASES } from './helpers/json-tree-compare.js';

/**
 * The names `parseJson` gives each text in a new node process, the texts written into its
 * source as literals: the module is compiled from ours, with jsonc-parser imported by path.
 */
function namesReadInNewProcess(texts: readonly string[]): string[][] {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mapp-parse-json-'));
  try {
    // jsonc-parser's ESM build is not loadable by node itself: its CommonJS one is required, when
    // first called (loading it beforehand was enough for the engine not to show the bug).
    const jsonc = JSON.stringify(createRequire(import.meta.url).resolve('jsonc-parser'));
    const source = readFileSync(new URL('../shared/json/parse-json.ts', import.meta.url), 'utf8').replace(
      "import { createScanner } from 'jsonc-parser';",
      `import { createRequire } from 'node:module';\nconst createScanner = (...args) => createRequire(import.meta.url)(${jsonc}).createScanner(...args);`,
    );
    writeFileSync(path.join(folder, 'parse-json.mjs'), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    const reads = texts.map((text) => `Object.keys(parseJson(${JSON.stringify(text)}))`).join(', ');
    writeFileSync(path.join(folder, 'main.mjs'), `import { parseJson } from './parse-json.mjs';\nconsole.log(JSON.stringify([${reads}]));\n`);
    return JSON.parse(execFileSync(process.execPath, [path.join(folder, 'main.mjs')], { encoding: 'utf8' })) as string[][];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The value with its property order: `toEqual` ignores the order of keys. */
const ordered = (value: unknown) => JSON.stringify(value);

describe('parseJson', () => {
  it('reads names with escapes as written, whatever was read before (V8 bug nodejs/node#63785)', () => {
    expect(parseJson(String.raw`{"parameters": {"x\"y": {"type": "string"}, "a\\b\u0041": [1, {"\n": null}]}}`)).toEqual({
      parameters: { 'x"y': { type: 'string' }, 'a\\bA': [1, { '\n': null }] },
    });
    // The bug shows in a new process reading these literal texts back to back (under jest it
    // did not show): there the engine alone names the second `c\`.
    const names = namesReadInNewProcess([String.raw`{"c\\": 1}`, String.raw`{"c\"": 1}`]);
    expect(names).toEqual([['c\\'], ['c"']]);
  });

  it('gives what JSON.parse gives on valid JSON, property order included', () => {
    const texts = [...VALID_JSON_CASES.map(([, text]) => text), ...generatedDocuments(200, 7)];
    for (const text of texts) {
      const expected = getNodeValue(jsoncTree(text).root!);
      expect(ordered(parseJson(text))).toBe(ordered(expected));
    }
  });

  it('keeps the engine order of integer-like names, and the last of repeated names in the first place', () => {
    const value = parseJson(String.raw`{"b\u0062": 1, "2": 2, "a": 3, "1": 4, "b\u0062": 5}`);
    expect(ordered(value)).toBe('{"1":4,"2":2,"bb":5,"a":3}');
  });

  it('makes __proto__ an own property, as JSON.parse does, not the prototype', () => {
    const value = parseJson(String.raw`{"__proto__": {"polluted": true}, "k\"": 1}`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'k"']);
    expect(value.polluted).toBeUndefined();
  });

  it('reads nesting as deep as JSON.parse reads, names with escapes and all', () => {
    const depth = 20_000;
    const text = `{"a\\u0041": ${'{"k\\"": ['.repeat(depth)}1${']}'.repeat(depth)}}`;
    let value = (parseJson(text) as Record<string, unknown>).aA;
    let levels = 0;
    while (typeof value === 'object' && value !== null) {
      expect(Object.keys(value)).toEqual(['k"']);
      value = ((value as Record<string, unknown[]>)['k"'] as unknown[])[0];
      levels++;
    }
    expect([levels, value]).toEqual([depth, 1]);
  });

  it('throws the SyntaxError JSON.parse throws on text that is not JSON', () => {
    for (const text of ['', '{"a\\"": 1,}', '{"a": 1} x', "{'a': 1}"]) expect(() => parseJson(text)).toThrow(SyntaxError);
  });
});

describe('hasEscapedPropertyName', () => {
  it.each([
    ['no backslash', '{"a": "b"}', false],
    ['escapes in values only', String.raw`{"a": "x\": y", "b": ["\\", "\u0041:"]}`, false],
    ['an escaped quote in a name', String.raw`{"a\"": 1}`, true],
    ['a unicode escape in a nested name', String.raw`{"a": [{"b\u0041" : 1}]}`, true],
    ['a backslash at the end of a name', String.raw`{"a": "v", "b\\"` + '\n:\t2}', true],
  ])('%s', (_name, text, expected) => {
    expect(hasEscapedPropertyName(text)).toBe(expected);
  });
});
