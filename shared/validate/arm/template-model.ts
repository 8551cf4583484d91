import type { Node } from 'jsonc-parser';
import { elements, prop, properties, stringOf, type JsonProperty } from '../json-nav.js';

/** A resource of a template, with its nesting (child resources carry their parent chain). */
export interface TemplateResource {
  readonly node: Node;
  /** Full type, with parent types joined for child resources (`Microsoft.Sql/servers/databases`). */
  readonly type: string;
  readonly parents: readonly TemplateResource[];
}

/** Every resource of a template, child resources included, in document order. */
export function templateResources(template: Node | undefined): TemplateResource[] {
  const result: TemplateResource[] = [];
  const visit = (list: Node | undefined, parents: TemplateResource[]) => {
    // languageVersion 2.0 templates use an object of symbolic names instead of an array.
    const items = list?.type === 'object' ? properties(list).map((p) => p.value) : elements(list);
    for (const node of items) {
      if (node.type !== 'object') continue;
      const ownType = stringOf(prop(node, 'type')) ?? '';
      const parent = parents[parents.length - 1];
      const type = parent && !ownType.includes('/') ? `${parent.type}/${ownType}` : ownType;
      const resource: TemplateResource = { node, type, parents };
      result.push(resource);
      visit(prop(node, 'resources'), [...parents, resource]);
    }
  };
  visit(prop(template, 'resources'), []);
  return result;
}

/** The declared parameters of a template (or of a nested inline template). */
export function templateParameters(template: Node | undefined): JsonProperty[] {
  return properties(prop(template, 'parameters'));
}

/** The declared variables (the `copy` array of variables is kept as one property). */
export function templateVariables(template: Node | undefined): JsonProperty[] {
  return properties(prop(template, 'variables'));
}

/** The declared outputs. */
export function templateOutputs(template: Node | undefined): JsonProperty[] {
  return properties(prop(template, 'outputs'));
}
