/**
 * A parser for ARM template language expressions (`[concat(parameters('a'), '-x')]`), so rules
 * can ask which functions an expression calls and with what, instead of matching text.
 */

export type ArmExpression =
  | { readonly type: 'string'; readonly value: string; readonly start: number }
  | { readonly type: 'number'; readonly value: number; readonly start: number }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly ArmExpression[]; readonly start: number }
  | { readonly type: 'property'; readonly target: ArmExpression; readonly name: string; readonly start: number }
  | { readonly type: 'index'; readonly target: ArmExpression; readonly index: ArmExpression; readonly start: number };

export class ArmExpressionError extends Error {
  constructor(
    message: string,
    /** Offset in the original string (including the leading `[`). */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** True for a string ARM evaluates as an expression: `[...]`, but not the `[[` literal escape. */
export function isExpressionString(value: string): boolean {
  return value.length >= 2 && value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']');
}

class Parser {
  private pos: number;
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  parseAll(): ArmExpression {
    const expr = this.parseExpression();
    this.skipSpace();
    if (this.pos !== this.end) throw new ArmExpressionError(`unexpected '${this.text[this.pos]}'`, this.pos);
    return expr;
  }

  private skipSpace(): void {
    while (this.pos < this.end && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private parseExpression(): ArmExpression {
    this.skipSpace();
    let expr = this.parsePrimary();
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === '.' && this.pos < this.end) {
        const start = this.pos++;
        const name = this.readIdentifier();
        if (!name) throw new ArmExpressionError('property name expected after .', this.pos);
        expr = { type: 'property', target: expr, name, start };
      } else if (ch === '[' && this.pos < this.end) {
        const start = this.pos++;
        const index = this.parseExpression();
        this.expect(']');
        expr = { type: 'index', target: expr, index, start };
      } else {
        return expr;
      }
    }
  }

  private parsePrimary(): ArmExpression {
    const start = this.pos;
    const ch = this.text[this.pos];
    if (this.pos >= this.end) throw new ArmExpressionError('expression expected', this.pos);
    if (ch === "'") return { type: 'string', value: this.readString(), start };
    if (/[-0-9]/.test(ch!)) {
      const match = /^-?\d+(\.\d+)?/.exec(this.text.slice(this.pos, this.end));
      if (!match) throw new ArmExpressionError('number expected', this.pos);
      this.pos += match[0].length;
      return { type: 'number', value: Number(match[0]), start };
    }
    let name = this.readIdentifier();
    if (!name) throw new ArmExpressionError(`unexpected '${ch}'`, this.pos);
    // User-defined functions are namespaced: `contoso.uniqueName(...)`.
    while (this.text[this.pos] === '.' && /[A-Za-z_]/.test(this.text[this.pos + 1] ?? '') && this.looksLikeNamespacedCall()) {
      this.pos++;
      name += '.' + this.readIdentifier();
    }
    this.skipSpace();
    this.expect('(');
    const args: ArmExpression[] = [];
    this.skipSpace();
    if (this.text[this.pos] !== ')') {
      for (;;) {
        args.push(this.parseExpression());
        this.skipSpace();
        if (this.text[this.pos] === ',') {
          this.pos++;
          continue;
        }
        break;
      }
    }
    this.expect(')');
    return { type: 'call', name, args, start };
  }

  private looksLikeNamespacedCall(): boolean {
    const rest = this.text.slice(this.pos + 1, this.end);
    return /^[A-Za-z_][A-Za-z0-9_]*\s*\(/.test(rest);
  }

  private readIdentifier(): string {
    const match = /^[A-Za-z_$][A-Za-z0-9_$-]*/.exec(this.text.slice(this.pos, this.end));
    if (!match) return '';
    this.pos += match[0].length;
    return match[0];
  }

  private readString(): string {
    let value = '';
    this.pos++;
    while (this.pos < this.end) {
      const ch = this.text[this.pos]!;
      if (ch === "'") {
        if (this.text[this.pos + 1] === "'" && this.pos + 1 < this.end) {
          value += "'";
          this.pos += 2;
          continue;
        }
        this.pos++;
        return value;
      }
      value += ch;
      this.pos++;
    }
    throw new ArmExpressionError('unterminated string literal', this.pos);
  }

  private expect(ch: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== ch || this.pos >= this.end) {
      throw new ArmExpressionError(`'${ch}' expected`, this.pos);
    }
    this.pos++;
  }
}

/**
 * Parses an expression string including its brackets (`[...]`). Throws ArmExpressionError with
 * the offset of the problem; callers that only scan should use `tryParseArmExpression`.
 */
export function parseArmExpression(value: string): ArmExpression {
  if (!isExpressionString(value)) throw new ArmExpressionError('not an expression: it must start with [ and end with ]', 0);
  return new Parser(value, 1, value.length - 1).parseAll();
}

/** Parsed expressions, shared by every rule of a run: each string is parsed once. Bounded. */
const parsedCache = new Map<string, ArmExpression | null>();
const PARSED_CACHE_LIMIT = 20_000;

/** Parses an expression string, or returns undefined when it is not one or does not parse. */
export function tryParseArmExpression(value: string): ArmExpression | undefined {
  const cached = parsedCache.get(value);
  if (cached !== undefined) return cached ?? undefined;
  let parsed: ArmExpression | null;
  try {
    parsed = parseArmExpression(value);
  } catch {
    parsed = null;
  }
  if (parsedCache.size >= PARSED_CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(value, parsed);
  return parsed ?? undefined;
}

/** The direct sub-expressions of a node, in source order: call arguments, a target, an index. */
export function childExpressions(node: ArmExpression): readonly ArmExpression[] {
  switch (node.type) {
    case 'call':
      return node.args;
    case 'property':
      return [node.target];
    case 'index':
      return [node.target, node.index];
    default:
      return [];
  }
}

/** Every function call in an expression tree, outermost first. */
export function functionCalls(expr: ArmExpression | undefined): Extract<ArmExpression, { type: 'call' }>[] {
  const calls: Extract<ArmExpression, { type: 'call' }>[] = [];
  const visit = (node: ArmExpression) => {
    if (node.type === 'call') calls.push(node);
    childExpressions(node).forEach(visit);
  };
  if (expr) visit(expr);
  return calls;
}

/**
 * The literal first arguments of calls to `functionName` (case-insensitive) in an expression
 * string, e.g. the parameter names of every `parameters('x')`. Unparsable strings yield none.
 */
export function referencedNames(value: string, functionName: string): string[] {
  if (!isExpressionString(value)) return [];
  const lowered = functionName.toLowerCase();
  return functionCalls(tryParseArmExpression(value))
    .filter((call) => call.name.toLowerCase() === lowered)
    .map((call) => call.args[0])
    .filter((arg): arg is Extract<ArmExpression, { type: 'string' }> => arg?.type === 'string')
    .map((arg) => arg.value);
}
