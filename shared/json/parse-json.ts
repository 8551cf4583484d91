import { createScanner } from 'jsonc-parser';

/**
 * `JSON.parse`, safe from a V8 bug that returns a wrong property name.
 *
 * The `JSON.parse` of Node 24 (V8 13) can give a name holding an escape the spelling of a name
 * it read earlier in the process: after `JSON.parse('{"c\\\\": 1}')`, `JSON.parse('{"c\\"": 1}')`
 * has the name `c\`, not `c"` (nodejs/node#63785, open). GitHub runs actions on Node 24, and a
 * template or policy read with the wrong names would be published as it was misread. A text
 * whose names hold no escape (nearly all) is read by `JSON.parse` alone; any other is read
 * again from the tokens of jsonc-parser's scanner, which decodes escapes itself.
 *
 * Throws what `JSON.parse` throws (a `SyntaxError`) on text that is not JSON.
 */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return hasEscapedPropertyName(text) ? buildValue(text) : value;
}

/** Whether some property name of a JSON text holds a backslash. */
export function hasEscapedPropertyName(text: string): boolean {
  return text.includes('\\') && countNamesEndingAt(text, true) === -1;
}

/** A quote, then whitespace, then a colon: the end of a property name, or of a string followed by one. */
const NAME_END = /"[ \t\n\r]*:/g;

/**
 * Property names in a JSON text: each `NAME_END` whose quote is not escaped ends one. Inside a
 * string an unescaped quote cannot occur, so this never counts fewer names than there are (a
 * string value followed by a colon is not JSON). With `mayEscape`, -1 as soon as a name holds
 * a backslash.
 */
export function countNamesEndingAt(text: string, mayEscape: boolean): number {
  let count = 0;
  NAME_END.lastIndex = 0;
  // `test` moves `lastIndex` past each match without making a match object.
  while (NAME_END.test(text)) {
    let quote = NAME_END.lastIndex - 2;
    while (text.charCodeAt(quote) !== 0x22) quote--;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if ((backslashes & 1) !== 0) continue;
    if (mayEscape && nameHasEscape(text, quote)) return -1;
    count++;
  }
  return count;
}

/**
 * Whether the string that ends at this (unescaped) quote holds a backslash. Going back, the
 * first quote met opens it, unless a backslash stands before that quote: then it is an escaped
 * quote inside (an opening quote follows a brace, a comma or whitespace, never a backslash).
 */
function nameHasEscape(text: string, closingQuote: number): boolean {
  for (let j = closingQuote - 1; j >= 0; j--) {
    const ch = text.charCodeAt(j);
    if (ch === 0x5c) return true;
    if (ch === 0x22) return text.charCodeAt(j - 1) === 0x5c;
  }
  return false;
}

/** jsonc-parser's `SyntaxKind` values used here (its typings declare them as a const enum, which isolated modules cannot read). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, null: 7, true: 8, false: 9, string: 10, number: 11, end: 17 } as const;

/**
 * The value of a text `JSON.parse` accepted, built as `JSON.parse` builds it, from the tokens of
 * jsonc-parser's scanner. The containers open are kept on a stack, not in calls, so nesting as
 * deep as `JSON.parse` reads is read here too.
 */
function buildValue(text: string): unknown {
  const scanner = createScanner(text, true);
  const open: (Record<string, unknown> | unknown[])[] = [];
  // The name read in the innermost object, until its value is added.
  let name: string | undefined;
  let root: unknown;
  const add = (value: unknown) => {
    const parent = open[open.length - 1];
    if (parent === undefined) {
      root = value;
    } else if (Array.isArray(parent)) {
      parent.push(value);
    } else {
      // Assigning `__proto__` would set the prototype; JSON.parse makes a property of that name.
      if (name === '__proto__') Object.defineProperty(parent, name, { value, writable: true, enumerable: true, configurable: true });
      else parent[name!] = value;
      name = undefined;
    }
  };
  // The text is JSON (JSON.parse read it): commas and colons need no checking.
  for (let token: number = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
    switch (token) {
      case TOKEN.openBrace:
      case TOKEN.openBracket: {
        const container = token === TOKEN.openBrace ? {} : [];
        add(container);
        open.push(container);
        break;
      }
      case TOKEN.closeBrace:
      case TOKEN.closeBracket:
        open.pop();
        break;
      case TOKEN.string: {
        const parent = open[open.length - 1];
        if (parent !== undefined && !Array.isArray(parent) && name === undefined) name = scanner.getTokenValue();
        else add(scanner.getTokenValue());
        break;
      }
      case TOKEN.number:
        add(Number(scanner.getTokenValue()));
        break;
      case TOKEN.true:
        add(true);
        break;
      case TOKEN.false:
        add(false);
        break;
      case TOKEN.null:
        add(null);
        break;
    }
  }
  return root;
}
