import type { Node } from 'jsonc-parser';
import { elements, properties } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC } from './cuid-model.js';

/** Properties the test lets stay empty: no basics or steps of one's own, an optional default. */
const MAY_BE_EMPTY = new Set(['basics', 'steps', 'defaultvalue']);

function isBlankString(node: Node): boolean {
  return node.type === 'string' && /^\s*$/.test(node.value as string);
}

function isEmptyContainer(node: Node): boolean {
  return (node.type === 'object' || node.type === 'array') && (node.children?.length ?? 0) === 0;
}

/** What makes a property value blank, or undefined when it has a value. */
function blankKind(node: Node): string | undefined {
  if (node.type === 'null') return 'null';
  if (isBlankString(node)) return 'an empty string';
  if (node.type === 'object' && isEmptyContainer(node)) return 'an empty object';
  if (node.type === 'array' && isEmptyContainer(node)) return 'an empty array';
  const items = elements(node);
  if (node.type === 'array' && items.length === 1 && (isEmptyContainer(items[0]!) && items[0]!.type === 'object' || isBlankString(items[0]!))) {
    return 'an array holding only an empty value';
  }
  return undefined;
}

/**
 * No property of createUiDefinition.json may be blank (empty string, object or array, or null):
 * required properties need a real value and optional ones should be removed.
 */
export const noBlanksRule: Rule = {
  id: 'cuid/no-blanks',
  armTtk: 'CreateUIDefinition-Must-Not-Have-Blanks',
  severity: 'error',
  description: 'Give every property of createUiDefinition.json a value, or remove the optional ones left empty.',
  helpUri: `${CUID_TESTS_DOC}#properties-must-include-values`,
  check(context) {
    const document = context.createUiDefinition;
    if (!document?.root) return;
    const stack: { node: Node; depth: number }[] = [{ node: document.root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (depth > 200) continue;
      const children: Node[] = [];
      if (node.type === 'object') {
        for (const property of properties(node)) {
          const kind = MAY_BE_EMPTY.has(property.name.toLowerCase()) ? undefined : blankKind(property.value);
          if (kind) context.report(document, property.value, `Property "${property.name}" is ${kind}; give it a value or remove it.`);
          children.push(property.value);
        }
      } else if (node.type === 'array') {
        children.push(...elements(node));
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
    }
  },
};
