import { excessiveNestingOffset } from '../shared/validate/json-nesting.js';

describe('excessiveNestingOffset', () => {
  test('counts arrays and objects together and returns the offset of the first level too deep', () => {
    expect(excessiveNestingOffset('[{"a":[1]}]', 3)).toBeUndefined();
    expect(excessiveNestingOffset('[{"a":[[1]]}]', 3)).toBe(7);
  });

  test('brackets in strings, escaped quotes and comments do not count', () => {
    expect(excessiveNestingOffset('["[[[", "\\"[[[", "\\\\"]', 1)).toBeUndefined();
    expect(excessiveNestingOffset('[ // [[[\n /* {{{ */ 1]', 1)).toBeUndefined();
    expect(excessiveNestingOffset('[ /* unterminated [[[', 1)).toBeUndefined();
  });

  test('closing brackets never go below zero', () => {
    expect(excessiveNestingOffset(']]]]][[', 1)).toBe(6);
  });
});
