import type { Node } from 'jsonc-parser';
import { properties, stringOf } from '../json-nav.js';
import { parseAdfValue, type ParsedAdfValue } from './adf-expression.js';
import { innerLists, pipelineGraph, type ActivityNode } from './activity-graph.js';
import { isArmValue, type AdfObject, type FactoryModel } from './factory-model.js';

/** A string value Data Factory evaluates as an expression (or that tries to be one). */
export interface ExpressionSite {
  readonly object: AdfObject;
  /** The JSON string node. */
  readonly node: Node;
  readonly value: string;
  /** The innermost activity the string belongs to, for pipelines. */
  readonly activity: ActivityNode | undefined;
  readonly parsed: ParsedAdfValue;
}

/** Properties whose text Data Factory shows but never evaluates. */
const NOT_EVALUATED = new Set(['description', 'annotations', 'folder']);
const SITES = new WeakMap<FactoryModel, ExpressionSite[]>();

function collect(object: AdfObject, root: Node | undefined, activity: ActivityNode | undefined, skip: ReadonlySet<Node>, out: ExpressionSite[]): void {
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node)) continue;
    if (node.type === 'string') {
      const value = node.value as string;
      if (!value.includes('@') || isArmValue(object.factory, node)) continue;
      const parsed = parseAdfValue(value);
      if (parsed) out.push({ object, node, value, activity, parsed });
    } else if (node.type === 'object') {
      for (const p of properties(node)) if (!NOT_EVALUATED.has(p.name.toLowerCase())) stack.push(p.value);
    } else if (node.type === 'array') {
      for (const child of node.children ?? []) stack.push(child);
    }
  }
}

/**
 * Every expression of every pipeline, dataset, linked service and trigger, parsed once per
 * unit. Strings of a container activity belong to it; those of its inner activities to them.
 * Data flows are left out: their script language is not this one.
 */
export function expressionSites(model: FactoryModel): ExpressionSite[] {
  const cached = SITES.get(model);
  if (cached) return cached;
  const sites: ExpressionSite[] = [];
  for (const object of model.objects) {
    if (object.kind === 'dataflow' || object.kind === 'factory') continue;
    if (object.kind !== 'pipeline') {
      collect(object, object.properties, undefined, new Set(), sites);
      continue;
    }
    const graph = pipelineGraph(object);
    const activityNodes = new Set(graph.scopes.map((s) => s.listNode).filter((n): n is Node => n !== undefined));
    collect(object, object.properties, undefined, activityNodes, sites);
    for (const activity of graph.all) {
      collect(object, activity.node, activity, new Set(innerLists(activity.node).map((l) => l.list)), sites);
    }
  }
  SITES.set(model, sites);
  return sites;
}

/** The string value of a node when it is one; for `{ "value": ..., "type": "Expression" }` its value. */
export function expressionText(node: Node | undefined): string | undefined {
  return stringOf(node);
}
