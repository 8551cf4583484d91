import type { Node } from 'jsonc-parser';
import { stringOf } from '../json-nav.js';
import { textOf, type AdfKind, type AdfObject, type FactoryModel } from './factory-model.js';

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
}

const TARGETS: ReadonlyMap<string, AdfKind> = new Map([
  ['pipelinereference', 'pipeline'],
  ['datasetreference', 'dataset'],
  ['linkedservicereference', 'linkedService'],
  ['integrationruntimereference', 'integrationRuntime'],
  ['dataflowreference', 'dataflow'],
  ['credentialreference', 'credential'],
]);

const REFERENCES = new WeakMap<FactoryModel, ReferenceSite[]>();

/** Every reference of every object of the unit (collected once per unit). */
export function referenceSites(model: FactoryModel): ReferenceSite[] {
  const cached = REFERENCES.get(model);
  if (cached) return cached;
  const sites: ReferenceSite[] = [];
  for (const object of model.objects) {
    const stack: Node[] = object.properties ? [object.properties] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'array') {
        for (const child of node.children ?? []) if (isContainer(child)) stack.push(child);
        continue;
      }
      if (node.type !== 'object') continue;
      const { nameNode, typeNode } = referenceParts(node, stack);
      const type = stringOf(typeNode);
      if (nameNode && type && /reference$/i.test(type)) {
        const name = textOf(object.factory, nameNode);
        sites.push({ object, node, nameNode, name: name?.startsWith('@') ? undefined : name, type, target: TARGETS.get(type.toLowerCase()) });
      }
    }
  }
  REFERENCES.set(model, sites);
  return sites;
}

/**
 * `referenceName` and `type` of an object node, looked up as `prop` does (an exact-case name
 * wins over another case), while pushing the objects and arrays among the property values onto
 * `stack`: one pass over the properties instead of three, as this visits every object of the
 * factory. Strings and numbers hold no reference, so they are not visited at all.
 */
function referenceParts(node: Node, stack: Node[]): { nameNode: Node | undefined; typeNode: Node | undefined } {
  let nameNode: Node | undefined;
  let nameFolded: Node | undefined;
  let typeNode: Node | undefined;
  let typeFolded: Node | undefined;
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    const value = property.children?.[1];
    if (!key || !value) continue;
    if (isContainer(value)) stack.push(value);
    const name = String(key.value);
    if (name.length === 13) {
      if (name === 'referenceName') nameNode ??= value;
      else if (nameFolded === undefined && name.toLowerCase() === 'referencename') nameFolded = value;
    } else if (name.length === 4) {
      if (name === 'type') typeNode ??= value;
      else if (typeFolded === undefined && name.toLowerCase() === 'type') typeFolded = value;
    }
  }
  return { nameNode: nameNode ?? nameFolded, typeNode: typeNode ?? typeFolded };
}

function isContainer(node: Node): boolean {
  return node.type === 'object' || node.type === 'array';
}
