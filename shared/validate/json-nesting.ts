/**
 * Deepest nesting of arrays and objects a JSON file may have. Real templates and UI definitions
 * stay under a few dozen levels; the parser and the rules recurse per level, so a file nested
 * thousands deep would overflow the stack instead of producing a finding.
 */
export const MAX_JSON_NESTING = 256;

/**
 * Offset of the first `[` or `{` that opens a level deeper than `limit`, or undefined when the
 * text stays within it. Strings and comments are skipped the way a JSON(C) tokenizer would, so a
 * bracket inside a string never counts. Iterative: safe on any input.
 */
export function excessiveNestingOffset(text: string, limit = MAX_JSON_NESTING): number | undefined {
  let depth = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      i++;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i += 2;
        else if (c === 0x22 || c === 0x0a || c === 0x0d) break;
        else i++;
      }
    } else if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? length : end + 1;
    } else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      if (++depth > limit) return i;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
      if (depth > 0) depth--;
    }
    i++;
  }
  return undefined;
}
