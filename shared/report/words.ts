/** `a`, `a, b and c`: a list in a sentence. */
export function andList(items: readonly string[]): string {
  return joinLast(items, 'and');
}

/** `a`, `a, b or c`: choices in a sentence. */
export function orList(items: readonly string[]): string {
  return joinLast(items, 'or');
}

function joinLast(items: readonly string[], word: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** `null`, `an array`, `a string`: what a JSON value is, in a sentence, from its jsonc-parser node type. */
export function jsonTypeWords(type: string): string {
  if (type === 'null') return 'null';
  return `${type === 'array' || type === 'object' ? 'an' : 'a'} ${type}`;
}

/** `jsonTypeWords` for a parsed value. */
export function jsonValueWords(value: unknown): string {
  return jsonTypeWords(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
}
