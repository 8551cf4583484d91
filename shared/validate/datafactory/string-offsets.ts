import type { Node } from 'jsonc-parser';

/**
 * Maps an offset inside the decoded value of a JSON string node to the offset of the same
 * character in the document text. Escapes (`\"`, `\n`, `\u0041`) take more source characters
 * than the one character they decode to, so a plain addition would drift past each of them.
 * An offset at or past the end of the value maps to the closing quote.
 */
export function documentOffsetInString(text: string, node: Node, valueOffset: number): number {
  let source = node.offset + 1; // after the opening quote
  const end = node.offset + node.length - 1; // the closing quote
  let decoded = 0;
  while (decoded < valueOffset && source < end) {
    if (text.charCodeAt(source) === 0x5c /* \ */) {
      source += text.charCodeAt(source + 1) === 0x75 /* u */ ? 6 : 2;
    } else {
      source++;
    }
    decoded++;
  }
  return Math.min(source, end);
}
