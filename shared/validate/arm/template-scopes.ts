import type { Node } from 'jsonc-parser';
import { dig, prop, properties, stringOf } from '../json-nav.js';

/**
 * A template whose expressions ARM evaluates in one context: the file's own template, or a nested
 * inline template with `expressionEvaluationOptions.scope: inner` (which has its own parameters and
 * variables). Nested templates with the default outer scope belong to the scope around them.
 */
export interface TemplateScope {
  /** The template object. */
  readonly template: Node;
  /** For an inner scope: the object holding `template` (a deployment's `properties`). */
  readonly holder?: Node;
  readonly parent?: TemplateScope;
}

/** A string of a template with its node: a value, or a property name (names can be expressions too). */
export interface TemplateString {
  readonly node: Node;
  readonly value: string;
  readonly isKey: boolean;
}

/**
 * True when `holder` is an object whose `template` is evaluated on its own: inner scope, or a
 * deployment inside a policy rule (evaluated when the policy runs, not with this template).
 */
export function holdsInnerTemplate(holder: Node, insidePolicyRule = false): boolean {
  if (holder.type !== 'object' || !looksLikeTemplate(prop(holder, 'template'))) return false;
  const scope = stringOf(dig(holder, 'expressionEvaluationOptions', 'scope'));
  return scope?.toLowerCase() === 'inner' || insidePolicyRule;
}

/**
 * True for an object shaped like a deployment template. Other resources have a `template`
 * property too (container apps, for one), so a nested template is recognised by its content.
 */
export function looksLikeTemplate(node: Node | undefined): boolean {
  if (node?.type !== 'object') return false;
  // Not `parameters` alone: a deployment's `properties` has one too.
  return ['$schema', 'resources', 'contentVersion'].some((name) => prop(node, name) !== undefined);
}

/**
 * Walks the nodes evaluated in the scope of `template` (depth first, document order, no recursion
 * so deep input is safe), without entering inner-scope templates. `onInner` is told about each
 * inner-scope template met; returning false from `visit` skips a node's children.
 */
export function walkScope(
  template: Node,
  visit: (node: Node, key: Node | undefined) => boolean | void,
  onInner?: (holder: Node, innerTemplate: Node) => void,
): void {
  // Three parallel stacks instead of a frame object per node: this walk runs for most rules.
  const nodes: Node[] = [template];
  const keys: (Node | undefined)[] = [undefined];
  const inPolicy: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const key = keys.pop();
    const inPolicyRule = inPolicy.pop()!;
    if (visit(node, key) === false) continue;
    const children = node.children;
    if (!children) continue;
    if (node.type === 'object') {
      const inner = node !== template && holdsInnerTemplate(node, inPolicyRule);
      if (inner && onInner) {
        for (const child of children) {
          const value = child.children?.[1];
          if (value && String(child.children?.[0]?.value).toLowerCase() === 'template') onInner(node, value);
        }
      }
      for (let i = children.length - 1; i >= 0; i--) {
        const keyNode = children[i]!.children?.[0];
        const value = children[i]!.children?.[1];
        if (!keyNode || !value) continue;
        const name = String(keyNode.value).toLowerCase();
        if (inner && name === 'template') continue;
        nodes.push(value);
        keys.push(keyNode);
        inPolicy.push(inPolicyRule || name === 'policyrule');
      }
    } else if (node.type === 'array') {
      for (let i = children.length - 1; i >= 0; i--) {
        nodes.push(children[i]!);
        keys.push(undefined);
        inPolicy.push(inPolicyRule);
      }
    }
  }
}

// Rules of one run ask for the same scopes and strings many times; the parsed tree is immutable.
const scopesCache = new WeakMap<Node, TemplateScope[]>();
const stringsCache = new WeakMap<TemplateScope, TemplateString[]>();

/** Every scope of a template: the template itself first, then each inner-scope template, nested ones included. */
export function templateScopes(root: Node | undefined): TemplateScope[] {
  if (root?.type !== 'object') return [];
  const cached = scopesCache.get(root);
  if (cached) return cached;
  const result: TemplateScope[] = [];
  const pending: TemplateScope[] = [{ template: root }];
  while (pending.length > 0) {
    const scope = pending.shift()!;
    result.push(scope);
    walkScope(scope.template, () => undefined, (holder, inner) => pending.push({ template: inner, holder, parent: scope }));
  }
  scopesCache.set(root, result);
  return result;
}

/** The strings evaluated in a scope: values and property names, inner-scope templates left out. */
export function scopeStrings(scope: TemplateScope): TemplateString[] {
  const cached = stringsCache.get(scope);
  if (cached) return cached;
  const strings: TemplateString[] = [];
  walkScope(scope.template, (node, key) => {
    if (key?.type === 'string') strings.push({ node: key, value: key.value as string, isKey: true });
    if (node.type === 'string') strings.push({ node, value: node.value as string, isKey: false });
  });
  stringsCache.set(scope, strings);
  return strings;
}

/** Every string under a node (values and property names), whatever scope it belongs to. */
const allStringsCache = new WeakMap<Node, TemplateString[]>();

export function allStrings(node: Node | undefined): TemplateString[] {
  if (!node) return [];
  const cached = allStringsCache.get(node);
  if (cached) return cached;
  const strings: TemplateString[] = [];
  allStringsCache.set(node, strings);
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'string') {
      const isKey = current.parent?.type === 'property' && current.parent.children?.[0] === current;
      strings.push({ node: current, value: current.value as string, isKey });
    }
    const children = current.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return strings;
}

/** Every inline template object in a template (nested deployments of any scope), the root excluded. */
const inlineTemplatesCache = new WeakMap<Node, Node[]>();

export function inlineTemplates(root: Node | undefined): Node[] {
  if (!root) return [];
  const cached = inlineTemplatesCache.get(root);
  if (cached) return cached;
  const found: Node[] = [];
  inlineTemplatesCache.set(root, found);
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'object' && current !== root) {
      const template = prop(current, 'template');
      if (template && looksLikeTemplate(template)) found.push(template);
    }
    const children = current.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** The name of the resource a nested template belongs to (`holder` is its `properties`), for messages. */
export function deploymentNameOf(holder: Node | undefined): string {
  const resource = holder?.parent?.parent;
  const name = resource?.type === 'object' ? stringOf(prop(resource, 'name')) : undefined;
  return name ?? '(unnamed deployment)';
}
