import type { Node } from 'jsonc-parser';
import { childExpressions, functionCalls, isExpressionString, tryParseArmExpression, type ArmExpression } from '../../arm/arm-expression.js';
import type { JsonDocument } from '../../json-document.js';
import { stringOf, walk } from '../../json-nav.js';

/**
 * Control references in createUiDefinition expressions: `basics('x')` and `steps('s').a.b`,
 * read with the ARM expression parser.
 */

/** A reference to a control in an output or another expression: `steps('s').section.ctrl.resourceGroup`. */
export interface ControlReference {
  readonly scope: 'basics' | 'steps';
  /** First argument, then every property or literal index after it. */
  readonly path: readonly string[];
  /** Offset of the `basics(` or `steps(` call in the expression string. */
  readonly start: number;
}

/** A control reference found in a string value, with the string node that holds it. */
export interface FoundReference {
  readonly node: Node;
  readonly reference: ControlReference;
}

/** Every `basics(...)` / `steps(...)` reference in the expression strings under a node. */
export function expressionsIn(node: Node | undefined): FoundReference[] {
  const found: FoundReference[] = [];
  walk(node, (value) => {
    const text = stringOf(value);
    if (text === undefined || !isExpressionString(text)) return;
    for (const reference of referencesInExpression(text)) found.push({ node: value, reference });
  });
  return found;
}

/**
 * The control references of one expression string. The portal accepts a few things the ARM
 * grammar does not (lambdas in `filter`/`map`); those strings are scanned for the plain
 * `steps('s').a.b` shape instead, so a control used there still counts as referenced.
 */
export function referencesInExpression(text: string): ControlReference[] {
  const parsed = tryParseArmExpression(text);
  if (parsed) return controlReferences(parsed);
  const references: ControlReference[] = [];
  const pattern = /\b(basics|steps)\(\s*'([^']*)'\s*\)((?:\s*\.\s*[A-Za-z_$][\w$-]*)*)/gi;
  for (const match of text.matchAll(pattern)) {
    const tail = (match[3] ?? '').split('.').map((s) => s.trim()).filter((s) => s.length > 0);
    references.push({ scope: match[1]!.toLowerCase() as 'basics' | 'steps', path: [match[2]!, ...tail], start: match.index ?? 0 });
  }
  return references;
}

/**
 * The control references of a parsed createUiDefinition expression: each `basics('x')` or
 * `steps('s')` call with the property chain that follows it (`.a`, `['b']`).
 */
export function controlReferences(expression: ArmExpression | undefined): ControlReference[] {
  const references: ControlReference[] = [];
  const visit = (node: ArmExpression): void => {
    const chain = referenceChain(node);
    if (chain) {
      references.push(chain.reference);
      chain.indexes.forEach(visit);
      return;
    }
    childExpressions(node).forEach(visit);
  };
  if (expression) visit(expression);
  return references;
}

function referenceChain(node: ArmExpression): { reference: ControlReference; indexes: ArmExpression[] } | undefined {
  const tail: string[] = [];
  const indexes: ArmExpression[] = [];
  let current = node;
  for (;;) {
    if (current.type === 'property') {
      tail.unshift(current.name);
      current = current.target;
    } else if (current.type === 'index') {
      // A computed index ends the chain of names; keep what precedes it.
      if (current.index.type === 'string') tail.unshift(current.index.value);
      else {
        tail.length = 0;
        indexes.push(current.index);
      }
      current = current.target;
    } else break;
  }
  if (current.type !== 'call') return undefined;
  const scope = current.name.toLowerCase();
  if (scope !== 'basics' && scope !== 'steps') return undefined;
  const first = current.args[0];
  if (first?.type !== 'string') return undefined;
  return { reference: { scope, path: [first.value, ...tail], start: current.start }, indexes };
}

/** True when the output expression calls `location()` (the deployment location). */
export function callsLocation(value: Node | undefined): boolean {
  let found = false;
  walk(value, (node) => {
    const text = stringOf(node);
    if (text !== undefined && isExpressionString(text)) {
      if (functionCalls(tryParseArmExpression(text)).some((c) => c.name.toLowerCase() === 'location')) found = true;
    }
  });
  return found;
}

/**
 * Reports at a character of an expression string when the JSON text spells it without escapes
 * (so the offset is exact); otherwise at the string itself.
 */
export function positionInString(document: JsonDocument, node: Node, offsetInValue: number): { line: number; column: number } {
  const raw = document.text.slice(node.offset, node.offset + node.length);
  if (typeof node.value === 'string' && raw === `"${node.value}"`) return document.positionAt(node.offset + 1 + offsetInValue);
  return document.positionOf(node);
}

/** The reference printed the way an author writes it: `steps('s').ctrl`. */
export function describeReference(reference: ControlReference): string {
  const [first, ...rest] = reference.path;
  return `${reference.scope}('${first ?? ''}')${rest.map((r) => `.${r}`).join('')}`;
}
