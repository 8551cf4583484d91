import type { Node } from 'jsonc-parser';
import type { RuleContext } from '../rule.js';
import { namesMentionedOutsideExpression, namesReferenced } from './expression-references.js';
import { templateDocuments } from './template-documents.js';
import { scopeStrings, templateScopes } from './template-scopes.js';

export interface Declaration {
  readonly name: string;
  /** Where to report an unused declaration. */
  readonly at: Node;
}

/**
 * Reports declarations (parameters or variables) that no expression of their scope uses, and
 * uses written outside an expression. Each scope's strings are scanned once, whatever the number
 * of declarations, so large templates stay linear.
 */
export function reportUnreferenced(
  context: RuleContext,
  functionName: 'parameters' | 'variables',
  declarationsOf: (template: Node) => Declaration[],
  noun: 'Parameter' | 'Variable',
): void {
  for (const document of templateDocuments(context)) {
    for (const scope of templateScopes(document.root)) {
      const declared = declarationsOf(scope.template);
      if (declared.length === 0) continue;
      const used = new Set<string>();
      const outside = new Map<string, Node[]>();
      for (const s of scopeStrings(scope)) {
        for (const name of namesReferenced(s.value, functionName)) used.add(name.toLowerCase());
        for (const name of namesMentionedOutsideExpression(s.value, functionName)) {
          const key = name.toLowerCase();
          outside.set(key, [...(outside.get(key) ?? []), s.node]);
        }
      }
      for (const declaration of declared) {
        const key = declaration.name.toLowerCase();
        const textual = outside.get(key) ?? [];
        for (const node of textual) {
          context.report(
            document,
            node,
            `${noun} '${declaration.name}' is referenced outside an expression, so ARM reads it as plain text; put the whole value in brackets: "[...${functionName}('${declaration.name}')...]".`,
          );
        }
        if (!used.has(key) && textual.length === 0) {
          context.report(document, declaration.at, `${noun} '${declaration.name}' is declared but never used; use it in an expression or remove it.`);
        }
      }
    }
  }
}
