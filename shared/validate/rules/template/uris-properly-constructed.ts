import { callsIn } from '../../arm/expression-references.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { prop, properties } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import type { Node } from 'jsonc-parser';

const TEXT_FUNCTIONS = new Set(['concat', 'format']);

/**
 * Properties named `...uri` or `...url` are built with uri(), not by gluing text with concat() or
 * format() (which gets slashes and query strings wrong). concat()/format() inside uri() is fine.
 */
export const urisProperlyConstructedRule: Rule = {
  id: 'template/uris-properly-constructed',
  armTtk: 'URIs-Should-Be-Properly-Constructed',
  severity: 'error',
  description: "Build URI and URL values with uri(base, relativePath) instead of concat() or format().",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      const stack: Node[] = document.root ? [document.root] : [];
      while (stack.length > 0) {
        const node = stack.pop()!;
        for (const child of node.children ?? []) stack.push(child);
        if (node.type !== 'object') continue;
        for (const p of properties(node)) {
          if (!/ur[il]$/i.test(p.name)) continue;
          // Outputs and nested deployment parameters carry the URI in a `value` property.
          const target = p.value.type === 'object' ? prop(p.value, 'value') : p.value;
          if (target?.type !== 'string') continue;
          const calls = callsIn(target.value as string);
          const text = calls.find((call) => TEXT_FUNCTIONS.has(call.name.toLowerCase()));
          if (!text) continue;
          const uri = calls.find((call) => call.name.toLowerCase() === 'uri');
          if (uri && uri.start < text.start) continue;
          context.report(document, target, `Property '${p.name}' is built with ${text.name}(); build it with uri(base, relativePath) so the parts are joined correctly.`);
        }
      }
    }
  },
};
