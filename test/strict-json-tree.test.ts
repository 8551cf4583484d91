import { JsonDocument } from '../shared/validate/json-document.js';
import { excessiveNestingOffset, MAX_JSON_NESTING } from '../shared/validate/json-nesting.js';
import { parseStrictJsonTree } from '../shared/validate/strict-json-tree.js';
import {
  checkCorpus,
  corpusTexts,
  firstDifference,
  generatedDocuments,
  IRREGULAR_JSON_CASES,
  JSONC_ONLY_CASES,
  jsoncTree,
  VALID_JSON_CASES,
} from './helpers/json-tree-compare.js';

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
  const corpus = corpusTexts(process.cwd());

  test('every .json under test/fixtures and examples', () => {
    expect(corpus.length).toBeGreaterThan(50);
    const outcomes = checkCorpus(corpus, expectAgreement);
    // Most fixtures are strict JSON; the rest (comments, broken files) went the jsonc way.
    expect(outcomes.strict ?? 0).toBeGreaterThan(outcomes.fallback ?? 0);
  });

  test('the comparison notices a difference', () => {
    const text = '{"a": [1, "x"]}';
    const tree = parseStrictJsonTree(text, MAX_JSON_NESTING)!;
    expect(firstDifference(tree, jsoncTree(text).root)).toBeUndefined();
    expect(firstDifference(tree, jsoncTree('{"a": [1, "y"]}').root)).toBe('$[0][1][1].value: "x" != "y"');
    expect(firstDifference(tree, jsoncTree('{"a" : [1, "x"]}').root)).toBe('$.length: 15 != 16');
  });

  test.each(VALID_JSON_CASES)('%s', (_name, text) => {
    expect(expectAgreement(text)).toBe('strict');
  });

  test('generated documents in several layouts', () => {
    for (const text of generatedDocuments(200)) expect(expectAgreement(text)).toBe('strict');
  });
});

describe('parseStrictJsonTree declines anything irregular, and JsonDocument reports it as before', () => {
  test.each(IRREGULAR_JSON_CASES)('%s', (_name, text) => {
    expect(parseStrictJsonTree(text, MAX_JSON_NESTING)).toBeUndefined();
    expect(expectAgreement(text)).toBe('fallback');
    expect(new JsonDocument('case.json', text).errors.length).toBeGreaterThan(0);
  });

  // jsonc-parser accepts comments and reads these characters as whitespace; strict JSON does
  // not, so they take the jsonc path and keep its result (no syntax error).
  test.each(JSONC_ONLY_CASES)('%s', (_name, text) => {
    expect(parseStrictJsonTree(text, MAX_JSON_NESTING)).toBeUndefined();
    expect(expectAgreement(text)).toBe('fallback');
  });
});
