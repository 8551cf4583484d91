import type { Node } from 'jsonc-parser';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateResources } from '../../arm/template-model.js';
import { inlineTemplates } from '../../arm/template-scopes.js';
import { dig, properties } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** Properties that may be empty for readability or because a resource type needs it (arm-ttk's list). */
const MAY_BE_EMPTY = [
  'resources',
  'outputs',
  'variables',
  'parameters',
  'functions',
  'properties',
  'template',
  'defaultValue',
  'accessPolicies',
  'value',
  'promotionCode',
  'inputs',
  'notEquals',
  'clientId',
  'allowedCallerIpAddresses',
  'workerPools',
  'AzureMonitor',
  'requiredDataConnectors',
].map((name) => name.toLowerCase());

/** Resource types whose settings may hold blanks, with the path under the resource where they may. */
const RESOURCE_BLANK_PATHS: Record<string, readonly string[]> = {
  'microsoft.web/sites/config': ['properties'],
  'microsoft.insights/workbooks': ['properties', 'serializedData'],
};

function blankKind(node: Node): string | undefined {
  if (node.type === 'null') return 'null';
  if (node.type === 'object' && (node.children ?? []).length === 0) return '{}';
  if (node.type === 'array' && (node.children ?? []).length === 0) return '[]';
  if (node.type === 'string' && /^\s*$/.test(node.value as string)) return '""';
  return undefined;
}

/**
 * arm-ttk also lets a blank through when its name appears, in any object of the template, next
 * to a property whose name contains one of the names above (a resource's `dependsOn: []` next to
 * `properties`, a Data Factory activity's `userProperties: []` next to `typeProperties`, ...).
 */
function namesNextToExceptions(root: Node): Set<string> {
  const names = new Set<string>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const keys = properties(node).map((p) => p.name.toLowerCase());
      if (keys.some((key) => MAY_BE_EMPTY.some((allowed) => key.includes(allowed)))) keys.forEach((key) => names.add(key));
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return names;
}

/** Subtrees where blanks are part of a resource's settings (web app config, workbook data). */
function allowedBlankSubtrees(root: Node): Set<Node> {
  const subtrees = new Set<Node>();
  for (const template of [root, ...inlineTemplates(root)]) {
    for (const resource of templateResources(template)) {
      const path = RESOURCE_BLANK_PATHS[resource.type.toLowerCase()];
      const subtree = path && dig(resource.node, ...path);
      if (subtree) subtrees.add(subtree);
    }
  }
  return subtrees;
}

function insideAny(node: Node, subtrees: Set<Node>): boolean {
  for (let current: Node | undefined = node; current; current = current.parent) if (subtrees.has(current)) return true;
  return false;
}

/** Empty strings, objects, arrays and nulls have a meaning in a declarative template: leave the property out instead. */
export const noBlanksRule: Rule = {
  id: 'template/no-blanks',
  armTtk: 'Template-Should-Not-Contain-Blanks',
  severity: 'error',
  description: 'Remove properties whose value is empty ("", {}, [] or null), or give them a value.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      const root = document.root;
      if (!root) continue;
      let nextToExceptions: Set<string> | undefined;
      let subtrees: Set<Node> | undefined;
      const stack: Node[] = [root];
      while (stack.length > 0) {
        const node = stack.pop()!;
        const children = node.children ?? [];
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
        if (node.type !== 'object') continue;
        for (const p of properties(node)) {
          const kind = blankKind(p.value);
          if (!kind) continue;
          const name = p.name.toLowerCase();
          if (MAY_BE_EMPTY.includes(name)) continue;
          // Keys that are expressions or resource ids (userAssignedIdentities) map to {} by design.
          if (/^\s*\[/.test(p.name) || /^\s*\/subscriptions\//i.test(p.name)) continue;
          if ((nextToExceptions ??= namesNextToExceptions(root)).has(name)) continue;
          if (insideAny(p.value, (subtrees ??= allowedBlankSubtrees(root)))) continue;
          context.report(document, p.value, `Property '${p.name}' is empty (${kind}); remove it or give it a value, since an empty value can reset a setting.`);
        }
      }
    }
  },
};
