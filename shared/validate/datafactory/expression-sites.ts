import type { Node } from 'jsonc-parser';
import { stringOf } from '../json-nav.js';
import type { ParsedAdfValue } from './adf-expression.js';
import type { ActivityNode } from './activity-graph.js';
import type { AdfObject, FactoryModel } from './factory-model.js';
import { factorySites } from './site-walk.js';

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

/**
 * Every expression of every pipeline, dataset, linked service and trigger, parsed once per
 * unit. Strings of a container activity belong to it; those of its inner activities to them.
 * Data flows are left out: their script language is not this one. Within an object, strings are
 * found by a depth-first walk that pushes properties in document order and pops the last first.
 */
export function expressionSites(model: FactoryModel): ExpressionSite[] {
  return factorySites(model).expressions;
}

/** The string value of a node when it is one; for `{ "value": ..., "type": "Expression" }` its value. */
export function expressionText(node: Node | undefined): string | undefined {
  return stringOf(node);
}
