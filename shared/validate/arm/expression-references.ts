import {
  childExpressions,
  functionCalls,
  isExpressionString,
  referencedNames,
  tryParseArmExpression,
  type ArmExpression,
} from './arm-expression.js';

export type ArmCall = Extract<ArmExpression, { type: 'call' }>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The literal names passed to `functionName(...)` in an expression string (e.g. the parameter
 * names of `parameters('x')`). Parsed where the expression parses; an expression our parser does
 * not understand still yields the names written as `functionName('name')`, so a newer language
 * feature never makes a used parameter look unused.
 */
export function namesReferenced(value: string, functionName: string): string[] {
  if (!isExpressionString(value)) return [];
  if (tryParseArmExpression(value)) return referencedNames(value, functionName);
  return [...value.matchAll(callPattern(functionName))].map((m) => m[1]!.replace(/''/g, "'"));
}

const callPatterns = new Map<string, RegExp>();

/** `functionName('literal')`, capturing the literal; compiled once per function name. */
function callPattern(functionName: string): RegExp {
  let pattern = callPatterns.get(functionName);
  if (!pattern) {
    pattern = new RegExp(`(?<![A-Za-z0-9_.])${escapeRegExp(functionName)}\\s*\\(\\s*'((?:[^']|'')*)'`, 'gi');
    callPatterns.set(functionName, pattern);
  }
  return pattern;
}

/** The calls of an expression string, outermost first; none when it is not an expression or does not parse. */
export function callsIn(value: string): ArmCall[] {
  return isExpressionString(value) ? functionCalls(tryParseArmExpression(value)) : [];
}

/** The call an expression is built on, looking through property access and indexing (`resourceGroup().name` → `resourceGroup()`). */
export function headCall(expr: ArmExpression | undefined): ArmCall | undefined {
  let current = expr;
  while (current && (current.type === 'property' || current.type === 'index')) current = current.target;
  return current?.type === 'call' ? current : undefined;
}

/** True for a `list*()` resource function (`listKeys`, `listSecrets`, ...); user functions are namespaced and never match. */
export function isListFunction(name: string): boolean {
  return /^list/i.test(name);
}

/**
 * When an expression string is nothing but `functionName('name')` (no property access, indexing
 * or surrounding function), the name; otherwise undefined.
 */
export function bareReference(value: string, functionName: string): string | undefined {
  if (!isExpressionString(value)) return undefined;
  const expr = tryParseArmExpression(value);
  if (expr?.type !== 'call' || expr.name.toLowerCase() !== functionName.toLowerCase() || expr.args.length !== 1) return undefined;
  const arg = expr.args[0];
  return arg?.type === 'string' ? arg.value : undefined;
}

/**
 * The names a string that ARM does not evaluate (no `[...]` around it) still passes to
 * `functionName('name')`: the author meant an expression. Strings of Logic Apps and Data Factory
 * (`@parameters('x')`, `@{...}`) and `[[` escapes are meant as text, so nothing from the first
 * `@` on counts.
 */
export function namesMentionedOutsideExpression(value: string, functionName: string): string[] {
  if (isExpressionString(value) || value.startsWith('[[')) return [];
  const at = value.indexOf('@');
  const text = at >= 0 ? value.slice(0, at) : value;
  if (!text.toLowerCase().includes(functionName.toLowerCase())) return [];
  return [...text.matchAll(callPattern(functionName))].map((m) => m[1]!.replace(/''/g, "'"));
}

/**
 * The names of the functions an expression string calls, outermost first. An expression our
 * parser does not understand still yields every `name(` it contains, so a check never goes blind.
 */
export function functionNamesIn(value: string): string[] {
  if (!isExpressionString(value)) return [];
  const expr = tryParseArmExpression(value);
  if (expr) return functionCalls(expr).map((call) => call.name);
  const withoutStrings = value.replace(/'(?:[^']|'')*'/g, "''");
  return [...withoutStrings.matchAll(/(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\(/g)].map((m) => m[1]!);
}

/** Every node of an expression tree (calls, property accesses, indexes, literals), outermost first. */
export function expressionNodes(expr: ArmExpression | undefined): ArmExpression[] {
  const nodes: ArmExpression[] = [];
  const stack: ArmExpression[] = expr ? [expr] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    const children = childExpressions(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return nodes;
}
