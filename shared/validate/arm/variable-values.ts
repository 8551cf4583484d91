import type { Node } from 'jsonc-parser';
import { bareReference, namesReferenced } from './expression-references.js';
import { templateVariables } from './template-model.js';
import { allStrings } from './template-scopes.js';

/** The value node of a variable of a template (case-insensitive); undefined for unknown or copy-loop variables. */
export function variableValue(template: Node, name: string): Node | undefined {
  const lowered = name.toLowerCase();
  return templateVariables(template).find((v) => v.name.toLowerCase() === lowered && lowered !== 'copy')?.value;
}

/**
 * True when a string expression takes its value from a parameter, directly or through variables
 * (followed to a fixed depth so cycles end). Variables that cannot be looked up count as
 * parameter-driven: the rule using this must not guess.
 */
export function dependsOnParameter(template: Node, value: string, depth = 0): boolean {
  if (namesReferenced(value, 'parameters').length > 0) return true;
  if (depth >= 8) return false;
  for (const name of namesReferenced(value, 'variables')) {
    const variable = variableValue(template, name);
    if (!variable) return true;
    if (allStrings(variable).some((s) => dependsOnParameter(template, s.value, depth + 1))) return true;
  }
  return false;
}

/**
 * Follows `[variables('x')]` (the whole expression, possibly chained) to the variable's value
 * node; any other node is returned as it is.
 */
export function resolveVariable(template: Node, node: Node | undefined, depth = 0): Node | undefined {
  if (node?.type !== 'string' || depth >= 8) return node;
  const name = bareReference(node.value as string, 'variables');
  if (name === undefined) return node;
  const value = variableValue(template, name);
  return value ? resolveVariable(template, value, depth + 1) : node;
}

/**
 * The strings an expression reaches through `variables(...)`: the values of the variables it
 * uses, of the variables those use, and so on (each variable once, so cycles end).
 */
export function stringsThroughVariables(template: Node, value: string): { variable: string; value: string }[] {
  const reached: { variable: string; value: string }[] = [];
  const seen = new Set<string>();
  const pending = namesReferenced(value, 'variables');
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const node = variableValue(template, name);
    for (const s of allStrings(node)) {
      if (s.isKey) continue;
      reached.push({ variable: name, value: s.value });
      pending.push(...namesReferenced(s.value, 'variables'));
    }
  }
  return reached;
}
