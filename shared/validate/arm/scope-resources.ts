import type { Node } from 'jsonc-parser';
import { prop, properties, stringOf, walk } from '../json-nav.js';
import { templateResources, type TemplateResource } from './template-model.js';
import { templateScopes, walkScope, type TemplateScope } from './template-scopes.js';

/** A resource with the scope its expressions are evaluated in (whose parameters and variables it sees). */
export interface ScopedResource extends TemplateResource {
  readonly scope: TemplateScope;
}

/**
 * The resources evaluated in a scope: those of its template and of every nested template with the
 * default (outer) scope inside it, child resources included, in document order.
 */
const resourcesCache = new WeakMap<TemplateScope, ScopedResource[]>();

export function scopeResources(scope: TemplateScope): ScopedResource[] {
  const cached = resourcesCache.get(scope);
  if (cached) return cached;
  const candidates: { holder: Node; template: Node }[] = [];
  const inner = new Set<Node>();
  walkScope(
    scope.template,
    (node) => {
      if (node.type !== 'object' || node === scope.template) return;
      const template = prop(node, 'template');
      if (template?.type === 'object') candidates.push({ holder: node, template });
    },
    // Inner-scope templates (and deployments inside policy rules) are evaluated on their own.
    (holder) => inner.add(holder),
  );
  const templates = [scope.template, ...candidates.filter((c) => !inner.has(c.holder)).map((c) => c.template)];
  const resources = templates.flatMap((template) => templateResources(template).map((r) => ({ ...r, scope })));
  resourcesCache.set(scope, resources);
  return resources;
}

/** Every resource of a template document, nested inline templates of any scope included. */
export function allScopedResources(root: Node | undefined): ScopedResource[] {
  return templateScopes(root).flatMap(scopeResources);
}

/**
 * Visits the nodes that belong to one resource, with their path from the resource: its child
 * resources and a nested deployment's inline template are left out (they are resources of their own).
 */
export function walkResourceBody(resource: Node, visit: (node: Node, path: readonly (string | number)[]) => boolean | void): void {
  walk(resource, (node, path) => {
    const first = typeof path[0] === 'string' ? path[0].toLowerCase() : undefined;
    if (path.length === 1 && first === 'resources') return false;
    if (path.length === 2 && first === 'properties' && String(path[1]).toLowerCase() === 'template') return false;
    return visit(node, path);
  });
}

/** How a resource is named in messages: its type and its name as written. */
export function describeResource(resource: TemplateResource): string {
  const name = stringOf(prop(resource.node, 'name'));
  const type = resource.type || '(no type)';
  return name ? `${type} '${name}'` : type;
}

/** The string value of a template variable of a scope, looked up case-insensitively. */
export function variableNode(scope: TemplateScope, name: string): Node | undefined {
  const lowered = name.toLowerCase();
  return properties(prop(scope.template, 'variables')).find((v) => v.name.toLowerCase() === lowered)?.value;
}
