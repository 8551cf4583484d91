import type { Node } from 'jsonc-parser';

/**
 * Parses strict JSON (RFC 8259: no comments, no trailing commas, only space, tab, CR and LF
 * between tokens) into the same node tree jsonc-parser's `parseTree` builds: objects, arrays,
 * `property` nodes holding `[key, value]` with `colonOffset`, literals with their `value`, and
 * `offset`/`length` in UTF-16 code units. The root has no parent.
 *
 * It is the fast path of `JsonDocument`: on anything irregular (a syntax error, a comment, a
 * trailing comma, nesting deeper than `maxDepth`) it returns undefined and the caller parses
 * with jsonc-parser, so error messages and positions come from one place only.
 *
 * Nodes come in three fixed layouts (literal, container, property), each created with all its
 * fields at once, so property reads in the rules see few object shapes.
 */
export function parseStrictJsonTree(text: string, maxDepth: number, marks?: TreeMarks): Node | undefined {
  const parser = new StrictParser(text, maxDepth, marks);
  const root = parser.parseDocument();
  return root === IRREGULAR ? undefined : root;
}

/**
 * Nodes the Data Factory rules look for, noted while parsing so that they need not walk every
 * node of a factory's trees to find them.
 */
export interface TreeMarks {
  /** Every string value (not property name) holding an `@`, in document order: the only strings that can be expressions. */
  readonly atStrings: Node[];
  /** Every object with a property named `referenceName` in any case, once, as that name is met: the only objects that can be references. */
  readonly referenceObjects: Node[];
}

/** jsonc-parser declares its nodes read-only; the parser fills lengths and children in as it goes. */
type TreeNode = { -readonly [K in keyof Node]: Node[K] };

const IRREGULAR = { irregular: true } as unknown as TreeNode;

// Three layouts, the ones jsonc-parser's nodes have (less the order it adds fields in): each
// holds only what its kind uses, as a factory's tree has millions of nodes.
function makeLiteral(type: Node['type'], offset: number, length: number, parent: Node | undefined, value: unknown): TreeNode {
  return { type, offset, length, parent, value };
}

function makeContainer(type: 'object' | 'array', offset: number, parent: Node | undefined): TreeNode {
  return { type, offset, length: -1, parent, children: undefined };
}

function makeProperty(offset: number, parent: Node): TreeNode {
  return { type: 'property', offset, length: -1, parent, children: undefined, colonOffset: -1 };
}

// Character codes.
const Tab = 0x09;
const LineFeed = 0x0a;
const CarriageReturn = 0x0d;
const Space = 0x20;
const Quote = 0x22;
const Plus = 0x2b;
const Comma = 0x2c;
const Minus = 0x2d;
const Dot = 0x2e;
const Slash = 0x2f;
const Zero = 0x30;
const Nine = 0x39;
const Colon = 0x3a;
const UpperE = 0x45;
const OpenBracket = 0x5b;
const Backslash = 0x5c;
const CloseBracket = 0x5d;
const LowerB = 0x62;
const LowerE = 0x65;
const LowerF = 0x66;
const LowerN = 0x6e;
const LowerR = 0x72;
const LowerT = 0x74;
const LowerU = 0x75;
const OpenBrace = 0x7b;
const CloseBrace = 0x7d;

class StrictParser {
  private pos = 0;
  private readonly length: number;
  /**
   * Children of the containers being parsed, as a stack: each container copies its own into an
   * array of exactly their number when it closes. Pushing into a fresh array instead reserves 17
   * slots for the first child, which across a factory's million small objects is most of the heap.
   */
  private readonly pending: Node[] = [];
  private pendingTop = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly marks: TreeMarks | undefined,
  ) {
    this.length = text.length;
  }

  parseDocument(): Node {
    this.skipWhitespace();
    const root = this.parseValue(undefined, 0);
    if (root === IRREGULAR) return IRREGULAR;
    this.skipWhitespace();
    return this.pos === this.length ? root : IRREGULAR;
  }

  /** Moves past whitespace and returns the character code there (NaN at the end). */
  private skipWhitespace(): number {
    const text = this.text;
    let pos = this.pos;
    let ch = text.charCodeAt(pos);
    while (ch === Space || ch === LineFeed || ch === CarriageReturn || ch === Tab) ch = text.charCodeAt(++pos);
    this.pos = pos;
    return ch;
  }

  private parseValue(parent: Node | undefined, depth: number): TreeNode {
    const text = this.text;
    const start = this.pos;
    const ch = text.charCodeAt(start);
    switch (ch) {
      case OpenBrace:
        return this.parseObject(parent, depth + 1);
      case OpenBracket:
        return this.parseArray(parent, depth + 1);
      case Quote: {
        const value = this.parseString(false);
        if (value === undefined) return IRREGULAR;
        const literal = makeLiteral('string', start, this.pos - start, parent, value);
        if (this.marks !== undefined && value.includes('@')) this.marks.atStrings.push(literal);
        return literal;
      }
      case LowerT:
        return this.parseKeyword('true', true, parent);
      case LowerF:
        return this.parseKeyword('false', false, parent);
      case LowerN:
        return this.parseKeyword('null', null, parent);
      default:
        return ch === Minus || (ch >= Zero && ch <= Nine) ? this.parseNumber(parent) : IRREGULAR;
    }
  }

  private parseObject(parent: Node | undefined, depth: number): TreeNode {
    if (depth > this.maxDepth) return IRREGULAR;
    const start = this.pos;
    const object = makeContainer('object', start, parent);
    this.pos++;
    let ch = this.skipWhitespace();
    if (ch === CloseBrace) {
      object.children = [];
      object.length = ++this.pos - start;
      return object;
    }
    const mark = this.pendingTop;
    let referenceMarked = this.marks === undefined;
    for (;;) {
      if (ch !== Quote) return IRREGULAR;
      const keyStart = this.pos;
      const name = this.parseString(true);
      if (name === undefined) return IRREGULAR;
      if (!referenceMarked && name.length === 13 && (name === 'referenceName' || name.toLowerCase() === 'referencename')) {
        this.marks!.referenceObjects.push(object);
        referenceMarked = true;
      }
      const property = makeProperty(keyStart, object);
      const key = makeLiteral('string', keyStart, this.pos - keyStart, property, name);
      if (this.skipWhitespace() !== Colon) return IRREGULAR;
      property.colonOffset = this.pos++;
      this.skipWhitespace();
      const value = this.parseValue(property, depth);
      if (value === IRREGULAR) return IRREGULAR;
      property.children = [key, value];
      property.length = value.offset + value.length - keyStart;
      this.pending[this.pendingTop++] = property;
      ch = this.skipWhitespace();
      if (ch === Comma) {
        this.pos++;
        ch = this.skipWhitespace();
      } else if (ch === CloseBrace) {
        object.children = this.takePending(mark);
        object.length = ++this.pos - start;
        return object;
      } else {
        return IRREGULAR;
      }
    }
  }

  private parseArray(parent: Node | undefined, depth: number): TreeNode {
    if (depth > this.maxDepth) return IRREGULAR;
    const start = this.pos;
    const array = makeContainer('array', start, parent);
    this.pos++;
    let ch = this.skipWhitespace();
    if (ch === CloseBracket) {
      array.children = [];
      array.length = ++this.pos - start;
      return array;
    }
    const mark = this.pendingTop;
    for (;;) {
      const element = this.parseValue(array, depth);
      if (element === IRREGULAR) return IRREGULAR;
      this.pending[this.pendingTop++] = element;
      ch = this.skipWhitespace();
      if (ch === Comma) {
        this.pos++;
        this.skipWhitespace();
      } else if (ch === CloseBracket) {
        array.children = this.takePending(mark);
        array.length = ++this.pos - start;
        return array;
      } else {
        return IRREGULAR;
      }
    }
  }

  private takePending(mark: number): Node[] {
    const p = this.pending;
    const count = this.pendingTop - mark;
    this.pendingTop = mark;
    // Array literals for the usual sizes: V8 learns that what they make lives long and allocates
    // it where the tree ends up, instead of copying it out of the young generation later.
    switch (count) {
      case 1:
        return [p[mark]!];
      case 2:
        return [p[mark]!, p[mark + 1]!];
      case 3:
        return [p[mark]!, p[mark + 1]!, p[mark + 2]!];
      case 4:
        return [p[mark]!, p[mark + 1]!, p[mark + 2]!, p[mark + 3]!];
      case 5:
        return [p[mark]!, p[mark + 1]!, p[mark + 2]!, p[mark + 3]!, p[mark + 4]!];
      case 6:
        return [p[mark]!, p[mark + 1]!, p[mark + 2]!, p[mark + 3]!, p[mark + 4]!, p[mark + 5]!];
      default:
        return p.slice(mark, mark + count);
    }
  }

  /** Reads the string starting at the opening quote and moves past its closing one; undefined when irregular. */
  private parseString(isKey: boolean): string | undefined {
    const text = this.text;
    const length = this.length;
    const start = this.pos + 1;
    let pos = start;
    for (;;) {
      if (pos >= length) return undefined;
      const ch = text.charCodeAt(pos);
      if (ch === Quote) {
        this.pos = pos + 1;
        const size = pos - start;
        return size < SLICE_MIN_LENGTH || (isKey && size <= MAX_SHARED_KEY_LENGTH) ? sharedString(text, start, pos) : text.slice(start, pos);
      }
      if (ch === Backslash || ch < Space) break;
      pos++;
    }
    return this.parseEscapedString(start, pos);
  }

  /** The rest of a string that holds an escape (or breaks off), from `pos` on. */
  private parseEscapedString(start: number, pos: number): string | undefined {
    const text = this.text;
    const length = this.length;
    let chunkStart = start;
    let value = '';
    for (;;) {
      if (pos >= length) return undefined;
      const ch = text.charCodeAt(pos);
      if (ch === Quote) break;
      if (ch < Space) return undefined;
      if (ch !== Backslash) {
        pos++;
        continue;
      }
      const decoded = this.escape(pos);
      if (decoded === undefined) return undefined;
      value += text.slice(chunkStart, pos) + decoded;
      pos += text.charCodeAt(pos + 1) === LowerU ? 6 : 2;
      chunkStart = pos;
    }
    this.pos = pos + 1;
    return value + text.slice(chunkStart, pos);
  }

  /** The character an escape at `at` (the backslash) stands for; undefined when invalid. */
  private escape(at: number): string | undefined {
    const text = this.text;
    switch (text.charCodeAt(at + 1)) {
      case Quote:
        return '"';
      case Backslash:
        return '\\';
      case Slash:
        return '/';
      case LowerB:
        return '\b';
      case LowerF:
        return '\f';
      case LowerN:
        return '\n';
      case LowerR:
        return '\r';
      case LowerT:
        return '\t';
      case LowerU: {
        let code = 0;
        for (let i = at + 2; i < at + 6; i++) {
          const digit = hexValue(text.charCodeAt(i));
          if (digit < 0) return undefined;
          code = code * 16 + digit;
        }
        return String.fromCharCode(code);
      }
      default:
        return undefined;
    }
  }

  private parseKeyword(word: string, value: boolean | null, parent: Node | undefined): TreeNode {
    const start = this.pos;
    if (!this.text.startsWith(word, start)) return IRREGULAR;
    this.pos = start + word.length;
    return makeLiteral(value === null ? 'null' : 'boolean', start, word.length, parent, value);
  }

  /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  private parseNumber(parent: Node | undefined): TreeNode {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    const negative = text.charCodeAt(pos) === Minus;
    if (negative) pos++;
    let ch = text.charCodeAt(pos);
    let integer = 0;
    if (ch === Zero) {
      ch = text.charCodeAt(++pos);
    } else if (ch > Zero && ch <= Nine) {
      do {
        integer = integer * 10 + (ch - Zero);
        ch = text.charCodeAt(++pos);
      } while (ch >= Zero && ch <= Nine);
    } else {
      return IRREGULAR;
    }
    const digits = pos - start - (negative ? 1 : 0);
    if (ch !== Dot && ch !== LowerE && ch !== UpperE && digits <= MAX_EXACT_DIGITS) {
      // A plain integer of up to 15 digits is exact in a double: no string to convert.
      this.pos = pos;
      return makeLiteral('number', start, pos - start, parent, negative ? -integer : integer);
    }
    if (ch === Dot) {
      ch = text.charCodeAt(++pos);
      if (!(ch >= Zero && ch <= Nine)) return IRREGULAR;
      do ch = text.charCodeAt(++pos);
      while (ch >= Zero && ch <= Nine);
    }
    if (ch === LowerE || ch === UpperE) {
      ch = text.charCodeAt(++pos);
      if (ch === Plus || ch === Minus) ch = text.charCodeAt(++pos);
      if (!(ch >= Zero && ch <= Nine)) return IRREGULAR;
      do ch = text.charCodeAt(++pos);
      while (ch >= Zero && ch <= Nine);
    }
    this.pos = pos;
    return makeLiteral('number', start, pos - start, parent, Number(text.slice(start, pos)));
  }
}

/** V8 keeps substrings this long as views into the file text; shorter ones are copies worth sharing. */
const SLICE_MIN_LENGTH = 13;
/** Longer keys ("typeProperties", "dependencyConditions") are shared too; long values rarely repeat. */
const MAX_SHARED_KEY_LENGTH = 64;
const SHARED_STRINGS: (string | undefined)[] = new Array<string | undefined>(4096).fill(undefined);

/**
 * A key or short value (without escapes), shared with earlier occurrences of the same text:
 * keys like "name" and "typeProperties" and values like "Succeeded" recur thousands of times
 * in a factory, and each copy would be one more object for the garbage collector to move. A
 * direct-mapped cache of 4,096 strings, each a copy (not a view into a file's text, which it
 * would keep alive).
 */
function sharedString(text: string, start: number, end: number): string {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const slot = (hash ^ (hash >>> 12)) & 4095;
  const cached = SHARED_STRINGS[slot];
  if (cached !== undefined && cached.length === end - start && text.startsWith(cached, start)) return cached;
  // Under 13 characters a slice is a copy already; a longer one is a view, so re-read it as a
  // JSON string (it has no quote, backslash or control character) to get a copy.
  const value = end - start < SLICE_MIN_LENGTH ? text.slice(start, end) : (JSON.parse(`"${text.slice(start, end)}"`) as string);
  SHARED_STRINGS[slot] = value;
  return value;
}

/** Integers with at most this many digits convert exactly by accumulation. */
const MAX_EXACT_DIGITS = 15;

function hexValue(ch: number): number {
  if (ch >= 0x30 && ch <= 0x39) return ch - 0x30;
  if (ch >= 0x41 && ch <= 0x46) return ch - 0x41 + 10;
  if (ch >= 0x61 && ch <= 0x66) return ch - 0x61 + 10;
  return -1;
}
