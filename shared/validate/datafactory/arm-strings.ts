import type { Node } from 'jsonc-parser';
import { isExpressionString, tryParseArmExpression, type ArmExpression } from '../arm/arm-expression.js';
import { prop, properties } from '../json-nav.js';

/** Marks the part of a resolved ARM string that is only known at deployment time. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
const MAX_DEPTH = 16;

/**
 * Resolves ARM template strings to the text they deploy as, as far as the template alone tells:
 * literals, `variables()` holding literals, `concat`, `format`, `toLower`, `toUpper`. Anything
 * known only at deployment (`parameters('x')`, `uniqueString(...)`) stays a marked placeholder,
 * so two names built the same way still compare equal.
 */
export class ArmStrings {
  private readonly variables = new Map<string, Node>();
  private readonly cache = new Map<string, string>();

  constructor(template: Node | undefined) {
    for (const v of properties(prop(template, 'variables'))) this.variables.set(v.name.toLowerCase(), v.value);
  }

  /** The deployed text of a string value (placeholders where it depends on the deployment). */
  resolve(value: string, depth = 0): string {
    if (!isExpressionString(value)) return value.startsWith('[[') ? value.slice(1) : value;
    const cached = this.cache.get(value);
    if (cached !== undefined) return cached;
    const expression = tryParseArmExpression(value);
    const resolved = expression ? this.evaluate(expression, depth) : placeholder(value.slice(1, -1));
    this.cache.set(value, resolved);
    return resolved;
  }

  private evaluate(expression: ArmExpression, depth: number): string {
    if (depth > MAX_DEPTH) return placeholder(canonical(expression));
    switch (expression.type) {
      case 'string':
        return expression.value;
      case 'number':
        return String(expression.value);
      case 'call': {
        const name = expression.name.toLowerCase();
        const args = expression.args;
        if (name === 'variables' && args[0]?.type === 'string') {
          const node = this.variables.get(args[0].value.toLowerCase());
          if (node?.type === 'string') return this.resolve(node.value as string, depth + 1);
        } else if (name === 'concat') {
          return args.map((a) => this.evaluate(a, depth + 1)).join('');
        } else if (name === 'format' && args.length > 0) {
          const values = args.slice(1).map((a) => this.evaluate(a, depth + 1));
          const pattern = this.evaluate(args[0]!, depth + 1);
          return pattern.replace(/\{(\d+)(:[^}]*)?\}/g, (whole, index: string, spec?: string) =>
            spec ? placeholder(whole) : (values[Number(index)] ?? whole),
          );
        } else if ((name === 'tolower' || name === 'toupper') && args.length === 1) {
          const inner = this.evaluate(args[0]!, depth + 1);
          if (isResolved(inner)) return name === 'tolower' ? inner.toLowerCase() : inner.toUpperCase();
        }
        return placeholder(canonical(expression));
      }
      default:
        return placeholder(canonical(expression));
    }
  }
}

function placeholder(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

function canonical(expression: ArmExpression): string {
  switch (expression.type) {
    case 'string':
      return `'${expression.value.replace(/'/g, "''")}'`;
    case 'number':
      return String(expression.value);
    case 'call':
      return `${expression.name.toLowerCase()}(${expression.args.map(canonical).join(', ')})`;
    case 'property':
      return `${canonical(expression.target)}.${expression.name}`;
    case 'index':
      return `${canonical(expression.target)}[${canonical(expression.index)}]`;
  }
}

/** True when the text holds no deployment-time placeholder. */
export function isResolved(text: string): boolean {
  return !text.includes(OPEN);
}

/** The text for a message: placeholders shown as `[expression]`. */
export function displayText(text: string): string {
  return text.replace(new RegExp(OPEN, 'g'), '[').replace(new RegExp(CLOSE, 'g'), ']');
}
