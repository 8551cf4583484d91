/**
 * Reading the sources of a mapping data flow's script: just enough of the script language to find
 * each `source(...) ~> name` and the `key: value` options at the top level of its arguments, with
 * where they sit in the script. Values are kept as written; nothing is evaluated.
 */

/** One `key: value` option of a transformation. */
export interface ScriptOption {
  readonly key: string;
  /** The value as written, trimmed. */
  readonly value: string;
  /** Offsets in the script of the key and of the value. */
  readonly keyStart: number;
  readonly valueStart: number;
}

/** One `source(...)` transformation. */
export interface ScriptSource {
  /** The stream name after `~>`, when the script gives one. */
  readonly name: string | undefined;
  /** Offset of the `source` keyword. */
  readonly start: number;
  readonly options: readonly ScriptOption[];
}

const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;
const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * Where the quoted string, or `{...}` column name, starting at `start` ends (the offset after its
 * closing character); strings take backslash escapes. An unclosed one runs to the end.
 */
function skipQuoted(script: string, start: number): number {
  const close = script[start] === '{' ? '}' : script[start]!;
  for (let i = start + 1; i < script.length; i++) {
    if (close !== '}' && script[i] === '\\') {
      i++;
      continue;
    }
    if (script[i] === close) return i + 1;
  }
  return script.length;
}

/**
 * The offset of the bracket closing the one at `open`, skipping strings and nested brackets, or
 * -1 when the script ends first.
 */
function matchingClose(script: string, open: number): number {
  const stack: string[] = [OPENERS[script[open]!]!];
  for (let i = open + 1; i < script.length; ) {
    const c = script[i]!;
    if (c === "'" || c === '"') {
      i = skipQuoted(script, i);
      continue;
    }
    if (c === '{' && stack[stack.length - 1] !== '}') {
      // `{...}` is a column name with characters an identifier cannot hold.
      i = skipQuoted(script, i);
      continue;
    }
    if (c === '(' || c === '[') stack.push(OPENERS[c]!);
    else if (c === ')' || c === ']') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
    i++;
  }
  return -1;
}

/** Splits `from..to` (exclusive) at its top-level commas, giving each part's bounds. */
function topLevelParts(script: string, from: number, to: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let partStart = from;
  for (let i = from; i < to; ) {
    const c = script[i]!;
    if (c === "'" || c === '"' || c === '{') {
      i = skipQuoted(script, i);
      continue;
    }
    if (c === '(' || c === '[') {
      const close = matchingClose(script, i);
      i = close < 0 ? to : close + 1;
      continue;
    }
    if (c === ',') {
      parts.push({ start: partStart, end: i });
      partStart = i + 1;
    }
    i++;
  }
  parts.push({ start: partStart, end: to });
  return parts;
}

/** The option a part holds (`key: value`), or undefined for anything else (`output(...)`). */
function optionOf(script: string, part: { start: number; end: number }): ScriptOption | undefined {
  const match = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(script.slice(part.start, part.end));
  if (match === null) return undefined;
  const keyStart = part.start + match[1]!.length;
  let valueStart = part.start + match[0].length;
  while (valueStart < part.end && /\s/.test(script[valueStart]!)) valueStart++;
  return { key: match[2]!, value: script.slice(valueStart, part.end).trim(), keyStart, valueStart };
}

/**
 * Where the `parameters{...}` block opening at `open` ends (the offset after its closing brace),
 * skipping strings: parameter defaults may hold braces (`('{}')`).
 */
function skipBlock(script: string, open: number): number {
  let depth = 0;
  for (let i = open; i < script.length; ) {
    const c = script[i]!;
    if (c === "'" || c === '"') {
      i = skipQuoted(script, i);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  return script.length;
}

/** Every `source(...)` of a data flow script, in order. */
export function scriptSources(script: string): ScriptSource[] {
  const sources: ScriptSource[] = [];
  for (let i = 0; i < script.length; ) {
    const c = script[i]!;
    // A data flow with parameters declares them first, in `parameters{ name as type (default), ... }`.
    if (c === '{' && /(^|[^A-Za-z0-9_$])parameters\s*$/.test(script.slice(Math.max(0, i - 40), i))) {
      i = skipBlock(script, i);
      continue;
    }
    if (c === "'" || c === '"' || c === '{') {
      i = skipQuoted(script, i);
      continue;
    }
    const atWord = script.startsWith('source', i) && (i === 0 || !IDENTIFIER_CHAR.test(script[i - 1]!));
    if (!atWord) {
      i++;
      continue;
    }
    let open = i + 'source'.length;
    while (open < script.length && /\s/.test(script[open]!)) open++;
    if (script[open] !== '(') {
      i += 'source'.length;
      continue;
    }
    const close = matchingClose(script, open);
    if (close < 0) break;
    const options = topLevelParts(script, open + 1, close)
      .map((part) => optionOf(script, part))
      .filter((o): o is ScriptOption => o !== undefined);
    const name = /^\s*~>\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(script.slice(close + 1))?.[1];
    sources.push({ name, start: i, options });
    i = close + 1;
  }
  return sources;
}

/** The text of a single-quoted string literal value (`'BasicDataSet_v0.Message_v1'`), or undefined for any other value. */
export function stringLiteral(value: string): string | undefined {
  const match = /^'((?:[^'\\]|\\.)*)'$/.exec(value);
  return match === null ? undefined : match[1]!.replace(/\\(.)/g, '$1');
}

/** How many elements an array literal value (`['a', 'b']`) holds, or undefined for any other value. */
export function arrayLength(value: string): number | undefined {
  return arrayElements(value)?.length;
}

/**
 * The elements of an array literal value (`['a', 'b']`) as written, trimmed, each with its offset
 * in the value; undefined for any other value.
 */
export function arrayElements(value: string): { text: string; offset: number }[] | undefined {
  if (!value.startsWith('[') || matchingClose(value, 0) !== value.length - 1) return undefined;
  if (value.slice(1, -1).trim() === '') return [];
  return topLevelParts(value, 1, value.length - 1).map(({ start, end }) => {
    const raw = value.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    return { text: raw.trim(), offset: start + lead };
  });
}
