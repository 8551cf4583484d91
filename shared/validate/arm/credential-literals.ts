import type { Node } from 'jsonc-parser';
import { prop } from '../json-nav.js';
import { isExpressionString } from './arm-expression.js';
import { bareReference } from './expression-references.js';
import { variableNode } from './scope-resources.js';
import { templateScopes, walkScope } from './template-scopes.js';

/** A credential property set to a literal, directly or through a variable. */
export interface LiteralCredential {
  /** The string node holding the literal (or the variable reference). */
  readonly node: Node;
  /** The property name as written (`adminPassword`). */
  readonly property: string;
  readonly value: string;
  /** Set when the property is `[variables('x')]` and that variable holds the literal. */
  readonly viaVariable?: string;
}

/** The string a credential property holds: itself, or the `value` of a nested deployment parameter. */
function credentialString(node: Node): Node | undefined {
  if (node.type === 'string') return node;
  const value = node.type === 'object' ? prop(node, 'value') : undefined;
  return value?.type === 'string' ? value : undefined;
}

/**
 * Every property named one of `names` (any case) under the resources or the variables of a
 * template, in every scope, whose value is not an expression. Objects other than a nested
 * deployment's `{ "value": ... }` (parameter declarations, Key Vault references) are skipped.
 */
export function literalCredentials(root: Node | undefined, names: readonly string[]): LiteralCredential[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const found: LiteralCredential[] = [];
  for (const scope of templateScopes(root)) {
    for (const section of ['resources', 'variables']) {
      const start = prop(scope.template, section);
      if (!start) continue;
      walkScope(start, (node, key) => {
        const property = key?.value;
        if (typeof property !== 'string' || !wanted.has(property.toLowerCase())) return;
        const holder = credentialString(node);
        if (!holder) return;
        const value = holder.value as string;
        if (!isExpressionString(value.trim())) {
          found.push({ node: holder, property, value });
          return;
        }
        const variable = bareReference(value.trim(), 'variables');
        const target = variable === undefined ? undefined : variableNode(scope, variable);
        if (target?.type === 'string' && !isExpressionString((target.value as string).trim())) {
          found.push({ node: holder, property, value: target.value as string, viaVariable: variable });
        }
      });
    }
  }
  return found;
}
