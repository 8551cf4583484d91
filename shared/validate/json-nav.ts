import { getNodeValue, type Node } from 'jsonc-parser';
import { LazyJsonNode } from './lazy-json-tree.js';

/** A property of an object node, with both its key and value nodes (for positions). */
export interface JsonProperty {
  readonly name: string;
  readonly key: Node;
  readonly value: Node;
}

/** The properties of an object node, in document order; empty for anything else. */
export function properties(node: Node | undefined): JsonProperty[] {
  if (node?.type !== 'object' || !node.children) return [];
  const result: JsonProperty[] = [];
  for (const child of node.children) {
    const [key, value] = child.children ?? [];
    if (key && value) result.push({ name: String(key.value), key, value });
  }
  return result;
}

/**
 * The value node of a property. ARM and the portal treat property names case-insensitively,
 * so lookups are case-insensitive unless asked otherwise; an exact-case match wins.
 */
export function prop(node: Node | undefined, name: string, caseSensitive = false): Node | undefined {
  if (node instanceof LazyJsonNode) return node.propertyValue(name, caseSensitive);
  // Hot path for every rule: scan the children directly instead of building property lists.
  if (node?.type !== 'object' || !node.children) return undefined;
  let folded: Node | undefined;
  let lowered: string | undefined;
  for (const child of node.children) {
    const key = child.children?.[0];
    const value = child.children?.[1];
    if (!key || !value) continue;
    const keyName = String(key.value);
    if (keyName === name) return value;
    if (!caseSensitive && folded === undefined && keyName.length === name.length && sameFirstLetter(keyName, name)) {
      lowered ??= name.toLowerCase();
      if (keyName.toLowerCase() === lowered) folded = value;
    }
  }
  return folded;
}

/**
 * Cheap pre-check before lowercasing a whole key: when both first characters are ASCII, a
 * case-insensitive match needs them equal up to case. Anything else goes to the full compare.
 */
function sameFirstLetter(key: string, name: string): boolean {
  const a = key.charCodeAt(0);
  const b = name.charCodeAt(0);
  return a >= 0x80 || b >= 0x80 || (a | 0x20) === (b | 0x20);
}

/** Follows a chain of property names (case-insensitive) and array indexes. */
export function dig(node: Node | undefined, ...path: (string | number)[]): Node | undefined {
  let current = node;
  for (const step of path) {
    if (!current) return undefined;
    if (typeof step === 'number' && current instanceof LazyJsonNode) current = current.element(step);
    else current = typeof step === 'number' ? (current.type === 'array' ? current.children?.[step] : undefined) : prop(current, step);
  }
  return current;
}

/** The elements of an array node; empty for anything else. */
export function elements(node: Node | undefined): Node[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** The element of an array node at an index, or undefined (a lazily read array makes that one alone). */
export function elementAt(node: Node | undefined, index: number): Node | undefined {
  if (node instanceof LazyJsonNode) return node.element(index);
  return node?.type === 'array' ? node.children?.[index] : undefined;
}

/** The plain JS value of a node (objects and arrays included). */
export function valueOf(node: Node | undefined): unknown {
  if (node instanceof LazyJsonNode) return node.plain();
  return node ? getNodeValue(node) : undefined;
}

/** The string value of a node, or undefined when it is not a string. */
export function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

/** The name of the property whose value this node is, or the index within its array. */
export function keyOf(node: Node): string | number | undefined {
  if (node instanceof LazyJsonNode) return node.keyInParent();
  const parent = node.parent;
  if (parent?.type === 'property') return parent.children?.[0]?.value as string;
  if (parent?.type === 'array') return parent.children?.indexOf(node);
  return undefined;
}

/**
 * Visits every value node under `node` (depth first, document order), with its path.
 * Returning false from the visitor skips that node's children.
 */
export function walk(node: Node | undefined, visit: (node: Node, path: readonly (string | number)[]) => boolean | void): void {
  if (!node) return;
  const stack: { node: Node; path: (string | number)[] }[] = [{ node, path: [] }];
  while (stack.length > 0) {
    const { node: current, path } = stack.pop()!;
    if (visit(current, path) === false) continue;
    const next: { node: Node; path: (string | number)[] }[] = [];
    if (current.type === 'object') {
      for (const p of properties(current)) next.push({ node: p.value, path: [...path, p.name] });
    } else if (current.type === 'array') {
      (current.children ?? []).forEach((child, index) => next.push({ node: child, path: [...path, index] }));
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
}

/** True for an ARM template expression string: `[...]`, but not the `[[` escape. */
export function isArmExpression(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']');
}
