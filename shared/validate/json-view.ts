import type { Node, NodeType } from 'jsonc-parser';
import { prop } from './json-nav.js';
import { LazyJsonNode, rawProp } from './lazy-json-tree.js';

/**
 * A read-only look at a JSON value for code that only asks what a document is (its kind, its
 * `$schema`): the same questions asked of a node, or, for a lazily read document, of its parsed
 * value, where no node need be made.
 */
export interface JsonView {
  /** The value of a property (as `prop` finds it), as a view; undefined when missing or not an object. */
  at(name: string): JsonView | undefined;
  readonly type: NodeType;
  /** The text of a string value. */
  readonly text: string | undefined;
}

/** A view of a node: of its parsed value when the document was read lazily. */
export function viewOf(node: Node | undefined): JsonView | undefined {
  if (node === undefined) return undefined;
  return node instanceof LazyJsonNode ? new ParsedView(node.rawValue) : new NodeView(node);
}

class NodeView implements JsonView {
  constructor(private readonly node: Node) {}

  at(name: string): JsonView | undefined {
    const found = prop(this.node, name);
    return found === undefined ? undefined : new NodeView(found);
  }

  get type(): NodeType {
    return this.node.type;
  }

  get text(): string | undefined {
    return this.node.type === 'string' ? (this.node.value as string) : undefined;
  }
}

class ParsedView implements JsonView {
  constructor(private readonly raw: unknown) {}

  at(name: string): JsonView | undefined {
    const found = rawProp(this.raw, name);
    return found === undefined ? undefined : new ParsedView(found);
  }

  get type(): NodeType {
    const raw = this.raw;
    if (raw === null) return 'null';
    if (Array.isArray(raw)) return 'array';
    return typeof raw as 'string' | 'number' | 'boolean' | 'object';
  }

  get text(): string | undefined {
    return typeof this.raw === 'string' ? this.raw : undefined;
  }
}
