import type { Node } from 'jsonc-parser';
import { stringOf } from '../json-nav.js';
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
const NOT_EVALUATED_LENGTHS = [...new Set([...NOT_EVALUATED].map((name) => name.length))];

/** Numbers, booleans and nulls are never visited; strings are, in the same order as before. */
function mayHoldExpressions(node: Node): boolean {
  return node.type === 'string' || node.type === 'object' || node.type === 'array';
}

/** Whether a property's text is never evaluated; lowercases only names of a length that can match. */
function isNotEvaluated(name: string): boolean {
  return NOT_EVALUATED_LENGTHS.includes(name.length) && NOT_EVALUATED.has(name.toLowerCase());
}

const SITES = new WeakMap<FactoryModel, ExpressionSite[]>();

function collect(
  object: AdfObject,
  root: Node | undefined,
  activity: ActivityNode | undefined,
  skip: ReadonlySet<Node> | undefined,
  parsedByValue: Map<string, ParsedAdfValue | undefined>,
  out: ExpressionSite[],
): void {
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip?.has(node)) continue;
    const children = node.children;
    if (node.type === 'string') {
      const value = node.value as string;
      if (!value.includes('@') || isArmValue(object.factory, node)) continue;
      // The same expression text recurs across a factory's objects: parse each text once.
      let parsed = parsedByValue.get(value);
      if (parsed === undefined && !parsedByValue.has(value)) {
        parsed = parseAdfValue(value);
        parsedByValue.set(value, parsed);
      }
      if (parsed) out.push({ object, node, value, activity, parsed });
    } else if (node.type === 'object' && children) {
      // Properties pushed in document order, popped last first, as before.
      for (const property of children) {
        const key = property.children?.[0];
        const value = property.children?.[1];
        if (key && value && mayHoldExpressions(value) && !isNotEvaluated(String(key.value))) stack.push(value);
      }
    } else if (node.type === 'array' && children) {
      for (const child of children) if (mayHoldExpressions(child)) stack.push(child);
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
  const parsedByValue = new Map<string, ParsedAdfValue | undefined>();
  for (const object of model.objects) {
    if (object.kind === 'dataflow' || object.kind === 'factory') continue;
    if (object.kind !== 'pipeline') {
      collect(object, object.properties, undefined, undefined, parsedByValue, sites);
      continue;
    }
    const graph = pipelineGraph(object);
    const activityNodes = new Set(graph.scopes.map((s) => s.listNode).filter((n): n is Node => n !== undefined));
    collect(object, object.properties, undefined, activityNodes, parsedByValue, sites);
    for (const activity of graph.all) {
      const lists = innerLists(activity.node);
      collect(object, activity.node, activity, lists.length === 0 ? undefined : new Set(lists.map((l) => l.list)), parsedByValue, sites);
    }
  }
  SITES.set(model, sites);
  return sites;
}

/** The string value of a node when it is one; for `{ "value": ..., "type": "Expression" }` its value. */
export function expressionText(node: Node | undefined): string | undefined {
  return stringOf(node);
}
