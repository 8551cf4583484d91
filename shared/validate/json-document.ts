import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { excessiveNestingOffset, MAX_JSON_NESTING } from './json-nesting.js';
import { parseLazyJsonTree } from './lazy-json-tree.js';
import { parseStrictJsonTree, type TreeMarks } from './strict-json-tree.js';

export type { Node as JsonNode };
export type JsonPath = readonly (string | number)[];

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface JsonSyntaxError extends Position {
  readonly message: string;
}

const NO_ERRORS: readonly JsonSyntaxError[] = Object.freeze([]);

/**
 * A JSON file parsed with positions. `root` is undefined only when the text is not JSON at
 * all; `errors` lists every syntax problem with its 1-based line and column.
 */
export class JsonDocument {
  readonly root: Node | undefined;
  readonly errors: readonly JsonSyntaxError[];
  /**
   * What the Data Factory rules look for, noted by the strict parser; undefined when the text
   * went through jsonc-parser (anything irregular), where they walk the tree instead.
   */
  readonly marks: TreeMarks | undefined;
  private lineStarts: LineStarts | undefined;

  /**
   * @param file display path (relative to the working directory, `/` separators)
   * @param text file content, already decoded
   * @param refusal when set, the text is not parsed and this is its only error (at line 1, column 1),
   *   e.g. a file too large to read
   * @param lazy build nodes only as the rules reach them (`lazy-json-tree.ts`): for the many large
   *   files of a Data Factory, whose rules look at a small part of each
   */
  constructor(
    readonly file: string,
    readonly text: string,
    refusal?: string,
    lazy = false,
  ) {
    if (lazy && refusal === undefined) {
      const root = parseLazyJsonTree(text, MAX_JSON_NESTING);
      if (root !== undefined) {
        // Its marks are on the root (`LazyJsonNode.marks`), as paths.
        this.root = root;
        this.errors = NO_ERRORS;
        this.marks = undefined;
        return;
      }
    }
    // Fast path: strict JSON (nearly every file) parses in one pass into the same tree.
    const marks: TreeMarks = { atStrings: [], referenceObjects: [] };
    const strict = refusal === undefined ? parseStrictJsonTree(text, MAX_JSON_NESTING, marks) : undefined;
    if (strict !== undefined) {
      this.root = strict;
      this.errors = NO_ERRORS;
      this.marks = marks;
      return;
    }
    this.marks = undefined;
    // Anything irregular goes through jsonc-parser, which names and places every problem.
    // Too deep a nesting would overflow its recursion: refuse it as a syntax problem.
    const tooDeep = refusal === undefined ? excessiveNestingOffset(text) : undefined;
    if (refusal !== undefined || tooDeep !== undefined) {
      this.root = undefined;
      const message = refusal ?? `arrays and objects nested deeper than ${MAX_JSON_NESTING} levels; flatten the structure`;
      this.errors = [{ ...this.positionAt(tooDeep ?? 0), message }];
      return;
    }
    const errors: ParseError[] = [];
    this.root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
    this.errors = errors.map((e) => ({ ...this.positionAt(e.offset), message: describeParseError(e) }));
  }

  /** 1-based line and column of a character offset. */
  positionAt(offset: number): Position {
    const starts = (this.lineStarts ??= new LineStarts(this.text)).upTo(offset);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** Where a node starts; for a property value, where its property name starts. */
  positionOf(node: Node | undefined): Position {
    if (!node) return { line: 1, column: 1 };
    const anchor = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
    return this.positionAt(anchor.offset);
  }

  /** The node at an exact path (case-sensitive), e.g. `['parameters', 'outputs']`. */
  nodeAt(path: JsonPath): Node | undefined {
    return this.root ? findNodeAtLocation(this.root, path as (string | number)[]) : undefined;
  }
}

/**
 * Offsets where lines start, found as far as asked: findings in a large file usually sit near
 * its top, so a position there should not cost a scan of the whole file. A line ends at CR LF,
 * LF or a lone CR.
 */
class LineStarts {
  private readonly starts = [0];
  /** Every line start at or before this offset is in `starts`. */
  private scanned = 0;
  /** Whether a CR was met in the text scanned so far. */
  private hasCarriageReturn: boolean | undefined;

  constructor(private readonly text: string) {}

  /** The line starts, complete up to `offset` (possibly beyond). */
  upTo(offset: number): readonly number[] {
    const text = this.text;
    const limit = Math.min(offset, text.length);
    if (this.scanned >= limit) return this.starts;
    let i = this.scanned;
    // Whether a CR comes before the offset asked (a large file is not searched to its end).
    if (this.hasCarriageReturn !== true) this.hasCarriageReturn = text.lastIndexOf('\r', limit) >= i;
    if (!this.hasCarriageReturn) {
      // Nearly every file: LF endings only, found by the engine's fast search.
      for (let at = text.indexOf('\n', i); at >= 0 && at < limit; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      this.scanned = limit;
      return this.starts;
    }
    for (; i < limit; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
    this.scanned = i;
    return this.starts;
  }
}

function describeParseError(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  const readable: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected',
    ColonExpected: "':' expected",
    CommaExpected: "',' expected",
    CloseBraceExpected: "'}' expected",
    CloseBracketExpected: "']' expected",
    EndOfFileExpected: 'unexpected content after the end of the JSON value',
    InvalidCommentToken: 'invalid comment',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
  };
  return readable[code] ?? code;
}
