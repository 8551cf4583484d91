import type { Node } from 'jsonc-parser';
import type { AdfKind, AdfObject, FactoryModel } from './factory-model.js';
import { factorySites } from './site-walk.js';

/** A `{ "referenceName": ..., "type": "...Reference" }` object inside a Data Factory object. */
export interface ReferenceSite {
  readonly object: AdfObject;
  readonly node: Node;
  readonly nameNode: Node;
  /** The referenced name as deployed; undefined when it is not a plain string (an expression). */
  readonly name: string | undefined;
  readonly type: string;
  /** The kind of object the reference type points at, when mapp knows the type. */
  readonly target: AdfKind | undefined;
  /**
   * The parsed reference object, when its file was read lazily (`lazy-json-tree.ts`): read it
   * rather than `node`, whose nodes are made as asked. Never change it.
   */
  readonly raw?: Readonly<Record<string, unknown>>;
}

/** Every reference of every object of the unit (collected once per unit, with the expression sites). */
export function referenceSites(model: FactoryModel): ReferenceSite[] {
  return factorySites(model).references;
}
