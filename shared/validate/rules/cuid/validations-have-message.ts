import type { Node } from 'jsonc-parser';
import { elements, keyOf, prop, stringOf, walk } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC } from './cuid-model.js';

/** The name of the nearest enclosing control, or the JSON path when there is none (`config.basics...`). */
function ownerOf(node: Node, path: readonly (string | number)[]): string {
  for (let current = node.parent; current; current = current.parent) {
    const name = current.type === 'object' ? stringOf(prop(current, 'name')) : undefined;
    if (name) return `control '${name}'`;
  }
  return `"${path.join('.')}"`;
}

/** Each entry of a `validations` array is shown to the user when it fails, so it needs a message. */
export const validationsHaveMessageRule: Rule = {
  id: 'cuid/validations-have-message',
  armTtk: 'Validations-Must-Have-Message',
  severity: 'error',
  description: 'Add a "message" to every entry of a "validations" array.',
  helpUri: `${CUID_TESTS_DOC}#use-message-with-validations`,
  check(context) {
    const document = context.createUiDefinition;
    if (!document?.root) return;
    walk(document.root, (node, path) => {
      if (node.type !== 'array' || String(keyOf(node) ?? '').toLowerCase() !== 'validations') return;
      for (const item of elements(node)) {
        if (item.type !== 'object' || prop(item, 'message') !== undefined) continue;
        const firstKey = item.children?.[0]?.children?.[0]?.value;
        const what = typeof firstKey === 'string' ? `the "${firstKey}" validation` : 'an empty validation';
        context.report(document, item, `In ${ownerOf(node, path)}, ${what} has no "message"; add one that tells the user what to fix.`);
      }
    });
  },
};
