import type { Node } from 'jsonc-parser';
import { prop, properties, stringOf } from '../json-nav.js';
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
        for (const child of node.children ?? []) stack.push(child);
        continue;
      }
      if (node.type !== 'object') continue;
      const nameNode = prop(node, 'referenceName');
      const type = stringOf(prop(node, 'type'));
      if (nameNode && type && /reference$/i.test(type)) {
        const name = textOf(object.factory, nameNode);
        sites.push({ object, node, nameNode, name: name?.startsWith('@') ? undefined : name, type, target: TARGETS.get(type.toLowerCase()) });
      }
      for (const p of properties(node)) stack.push(p.value);
    }
  }
  REFERENCES.set(model, sites);
  return sites;
}
