/**
 * A parser for the Data Factory expression language: `@expr`, `@@` (a literal `@`),
 * `@{expr}` interpolation, function calls, `.name` / `?.name` and `[index]` access, string
 * literals with `''` escapes, numbers, `true`, `false` and `null`. Offsets are into the
 * decoded string value, so findings can be mapped back to the file.
 */

export type AdfExpression =
  | { readonly type: 'string'; readonly value: string; readonly start: number }
  | { readonly type: 'number'; readonly value: number; readonly start: number }
  | { readonly type: 'literal'; readonly value: boolean | null; readonly start: number }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly AdfExpression[]; readonly start: number }
  | { readonly type: 'property'; readonly target: AdfExpression; readonly name: string; readonly start: number }
  | { readonly type: 'index'; readonly target: AdfExpression; readonly index: AdfExpression; readonly start: number };

export type AdfCall = Extract<AdfExpression, { type: 'call' }>;
export type AdfString = Extract<AdfExpression, { type: 'string' }>;

export interface AdfSyntaxError {
  readonly message: string;
  /** Offset in the decoded string value. */
  readonly offset: number;
}

/** The expressions a string value holds, or the first syntax error in it. */
export interface ParsedAdfValue {
  readonly expressions: readonly AdfExpression[];
  readonly error?: AdfSyntaxError;
}

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const IDENTIFIER = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const PROPERTY_NAME = /[A-Za-z0-9_$][A-Za-z0-9_$-]*/y;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
const MAX_DEPTH = 100;

class Parser {
  pos: number;
  private depth = 0;
  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private describeHere(): string {
    return this.pos >= this.text.length ? 'the end of the expression' : `'${this.text[this.pos]}'`;
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.pos += found[0].length;
    return found[0];
  }

  expect(ch: string, what: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== ch) throw new SyntaxProblem(`${what} expected, found ${this.describeHere()}`, this.pos);
    this.pos++;
  }

  peek(): string | undefined {
    this.skipSpace();
    return this.text[this.pos];
  }

  parseExpression(): AdfExpression {
    if (++this.depth > MAX_DEPTH) throw new SyntaxProblem(`expression nested deeper than ${MAX_DEPTH} levels`, this.pos);
    this.skipSpace();
    let expr = this.parsePrimary();
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      const optional = ch === '?' && (this.text[this.pos + 1] === '.' || this.text[this.pos + 1] === '[');
      const op = optional ? this.text[this.pos + 1] : ch;
      if (op === '.') {
        this.pos += optional ? 2 : 1;
        this.skipSpace();
        const start = this.pos;
        const name = this.match(PROPERTY_NAME);
        if (!name) throw new SyntaxProblem(`property name expected after '.', found ${this.describeHere()}`, this.pos);
        expr = { type: 'property', target: expr, name, start };
      } else if (op === '[') {
        this.pos += optional ? 2 : 1;
        this.skipSpace();
        const start = this.pos;
        const index = this.parseExpression();
        this.expect(']', "']'");
        expr = { type: 'index', target: expr, index: { ...index, start }, start };
      } else {
        this.depth--;
        return expr;
      }
    }
  }

  private parsePrimary(): AdfExpression {
    const start = this.pos;
    const ch = this.text[this.pos];
    if (ch === undefined) throw new SyntaxProblem('expression expected, found the end of the text', this.pos);
    if (ch === "'") return { type: 'string', value: this.readString(), start };
    const number = this.match(NUMBER);
    if (number !== undefined) return { type: 'number', value: Number(number), start };
    const name = this.match(IDENTIFIER);
    if (!name) throw new SyntaxProblem(`expression expected, found ${this.describeHere()}`, this.pos);
    if (this.peek() === '(') {
      this.pos++;
      const args: AdfExpression[] = [];
      if (this.peek() === ')') {
        this.pos++;
      } else {
        for (;;) {
          args.push(this.parseExpression());
          const next = this.peek();
          if (next === ',') {
            this.pos++;
            continue;
          }
          if (next === ')') {
            this.pos++;
            break;
          }
          throw new SyntaxProblem(`',' or ')' expected in the arguments of ${name}(), found ${this.describeHere()}`, this.pos);
        }
      }
      return { type: 'call', name, args, start };
    }
    const lowered = name.toLowerCase();
    if (lowered === 'true' || lowered === 'false') return { type: 'literal', value: lowered === 'true', start };
    if (lowered === 'null') return { type: 'literal', value: null, start };
    throw new SyntaxProblem(`'${name}' is neither a function call nor a literal: call it as ${name}() or quote it as '${name}'`, start);
  }

  private readString(): string {
    const start = this.pos;
    this.pos++;
    let value = '';
    for (;;) {
      const next = this.text.indexOf("'", this.pos);
      if (next < 0) throw new SyntaxProblem("string literal is not closed with '", start);
      value += this.text.slice(this.pos, next);
      if (this.text[next + 1] === "'") {
        value += "'";
        this.pos = next + 2;
        continue;
      }
      this.pos = next + 1;
      return value;
    }
  }
}

function parseInterpolations(value: string, from: number, expressions: AdfExpression[]): ParsedAdfValue {
  let i = value.indexOf('@{', from);
  while (i >= 0) {
    if (i > 0 && value[i - 1] === '@') {
      // `@@{` is a literal `@{`.
      i = value.indexOf('@{', i + 2);
      continue;
    }
    const parser = new Parser(value, i + 2);
    try {
      if (parser.peek() === '}') throw new SyntaxProblem("empty '@{}': put an expression between the braces", i);
      expressions.push(parser.parseExpression());
      if (parser.peek() === undefined) throw new SyntaxProblem("'@{' is not closed with '}'", i);
      parser.expect('}', "'}'");
    } catch (error) {
      if (error instanceof SyntaxProblem) return { expressions, error: { message: error.message, offset: error.offset } };
      throw error;
    }
    i = value.indexOf('@{', parser.pos);
  }
  return { expressions };
}

/**
 * Parses a string value as Data Factory evaluates it. Returns undefined for a plain string
 * (no leading `@`, no `@{`), and for `@@...`, which is the literal text `@...`.
 */
export function parseAdfValue(value: string): ParsedAdfValue | undefined {
  if (value.startsWith('@@')) return undefined;
  if (value.startsWith('@') && !value.startsWith('@{')) {
    const parser = new Parser(value, 1);
    try {
      const expression = parser.parseExpression();
      const rest = parser.peek();
      if (rest !== undefined) throw new SyntaxProblem(`unexpected '${rest}' after the end of the expression`, parser.pos);
      return { expressions: [expression] };
    } catch (error) {
      if (error instanceof SyntaxProblem) return { expressions: [], error: { message: error.message, offset: error.offset } };
      throw error;
    }
  }
  if (!value.includes('@{')) return undefined;
  return parseInterpolations(value, 0, []);
}

const NODES = new WeakMap<AdfExpression, readonly AdfExpression[]>();

/**
 * Every node of an expression, depth first (iterative, so deep input cannot overflow). Listed
 * once per expression: several rules walk every expression of a factory.
 */
export function expressionNodes(root: AdfExpression): readonly AdfExpression[] {
  const cached = NODES.get(root);
  if (cached) return cached;
  const result: AdfExpression[] = [];
  const stack: AdfExpression[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    result.push(node);
    if (node.type === 'call') for (let i = node.args.length - 1; i >= 0; i--) stack.push(node.args[i]!);
    else if (node.type === 'property') stack.push(node.target);
    else if (node.type === 'index') stack.push(node.index, node.target);
  }
  NODES.set(root, result);
  return result;
}

const FOUND = new WeakMap<ParsedAdfValue, Map<string, readonly AdfExpression[]>>();
const NONE: readonly AdfExpression[] = Object.freeze([]);

/**
 * The nodes of a value's expressions that pass a test, in the order of its expressions and of
 * `expressionNodes`. A factory repeats the same texts in thousands of places and each text is
 * parsed once: the answer is kept per parsed value and per test, named by `test` (one name per
 * `keep`), so each rule looks at each distinct text once.
 */
export function nodesWhere<T extends AdfExpression>(parsed: ParsedAdfValue, test: string, keep: (node: AdfExpression) => node is T): readonly T[] {
  let byTest = FOUND.get(parsed);
  if (byTest === undefined) FOUND.set(parsed, (byTest = new Map()));
  let found = byTest.get(test);
  if (found === undefined) {
    const kept: AdfExpression[] = [];
    for (const expression of parsed.expressions) for (const node of expressionNodes(expression)) if (keep(node)) kept.push(node);
    found = kept.length === 0 ? NONE : kept;
    byTest.set(test, found);
  }
  return found as readonly T[];
}

/** Calls of a function (name in any case) whose first argument is a string literal. */
export function callsWithStringArgument(parsed: ParsedAdfValue, name: string): readonly (AdfCall & { readonly args: readonly [AdfString, ...AdfExpression[]] })[] {
  return nodesWhere(parsed, `${name.toLowerCase()}('...')`, (n): n is AdfCall & { readonly args: readonly [AdfString, ...AdfExpression[]] } => callNamed(n, name)?.args[0]?.type === 'string');
}

/** The member a property or index node reads, when it is a literal name. */
export function memberName(node: AdfExpression): string | undefined {
  if (node.type === 'property') return node.name;
  if (node.type === 'index' && node.index.type === 'string') return node.index.value;
  return undefined;
}

/** A property or index node: `x.name`, `x?.name`, `x['name']`. */
export type AdfMember = Extract<AdfExpression, { type: 'property' | 'index' }>;

/** Whether a node reads a member by a literal name of a value `target` accepts (`pipeline().RunId`: target pipeline()). */
export function isMemberOf(node: AdfExpression, target: (node: AdfExpression) => boolean): node is AdfMember {
  return (node.type === 'property' || node.type === 'index') && target(node.target) && memberName(node) !== undefined;
}

/** Where the member name of a property or index node starts. */
export function memberStart(node: AdfExpression): number {
  return node.type === 'index' ? node.index.start : node.start;
}

/** The call `name()` when the node is one (case-insensitive), else undefined. */
export function callNamed(node: AdfExpression, name: string): AdfCall | undefined {
  return node.type === 'call' && node.name.toLowerCase() === name.toLowerCase() ? node : undefined;
}
