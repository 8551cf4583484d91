import type { Node } from 'jsonc-parser';
import { parseAdfValue } from './adf-expression.js';
import { isResolved } from './arm-strings.js';
import { textOf, type AdfObject } from './factory-model.js';
import { parameterRead } from './parameter-reads.js';
import { declaredParameters } from './parameters.js';
import { dig, prop, stringOf } from '../json-nav.js';

/** The table an Office 365 copy reads, and the node whose text names it. */
export interface CopyTable {
  readonly name: string;
  /** The string node that gives the name: the dataset's tableName, a reference's argument or a parameter's defaultValue. */
  readonly node: Node;
  readonly document: AdfObject;
  /** Set when the dataset reads its tableName from one of its parameters (`@dataset().table`). */
  readonly parameter?: { readonly name: string; readonly passed: boolean };
}

/**
 * The table a copy reads from its Office365Table dataset: the literal tableName or, when that is
 * `@dataset().x`, the literal the copy's reference passes for x, else x's literal defaultValue.
 * Undefined when the name is computed when the pipeline runs (`@pipeline().parameters.table`,
 * `@item().table`) or known only at deployment (a template parameter).
 */
export function copyTable(pipeline: AdfObject, dataset: AdfObject | undefined, reference: Node | undefined): CopyTable | undefined {
  const tableNode = dig(dataset?.properties, 'typeProperties', 'tableName');
  if (dataset === undefined || tableNode === undefined) return undefined;
  const literal = literalName(dataset, tableNode);
  if (literal !== undefined) return { name: literal, node: tableNode, document: dataset };
  const parameter = datasetParameterRead(tableNode);
  if (parameter === undefined) return undefined;
  const passed = prop(prop(reference, 'parameters'), parameter);
  if (passed !== undefined) {
    const name = literalName(pipeline, passed);
    return name === undefined ? undefined : { name, node: passed, document: pipeline, parameter: { name: parameter, passed: true } };
  }
  const declaration = declaredParameters(dataset).find((d) => d.name.toLowerCase() === parameter.toLowerCase());
  const fallback = prop(declaration?.value, 'defaultValue');
  const name = fallback === undefined ? undefined : literalName(dataset, fallback);
  return name === undefined || fallback === undefined ? undefined : { name, node: fallback, document: dataset, parameter: { name: parameter, passed: false } };
}

/** The text of a string node when it is a literal: no Data Factory expression, no deployment-time part. */
function literalName(object: AdfObject, node: Node): string | undefined {
  const text = node.type === 'string' ? textOf(object.factory, node) : undefined;
  return text !== undefined && isResolved(text) && !text.startsWith('@') ? text : undefined;
}

/** The parameter x of a tableName that is exactly `@dataset().x`, as a string or an Expression object. */
function datasetParameterRead(tableNode: Node): string | undefined {
  const text = tableNode.type === 'object' ? stringOf(prop(tableNode, 'value')) : stringOf(tableNode);
  const parsed = text === undefined || !text.startsWith('@') ? undefined : parseAdfValue(text);
  const expression = parsed?.error === undefined && parsed?.expressions.length === 1 ? parsed.expressions[0]! : undefined;
  const read = expression === undefined ? undefined : parameterRead(expression);
  return read?.owner === 'dataset' ? read.name : undefined;
}

/** Where a parameter's table came from, for messages (`passed as dataset parameter 'table'`); undefined for a literal tableName. */
export function tableOrigin(table: CopyTable): string | undefined {
  if (table.parameter === undefined) return undefined;
  return `${table.parameter.passed ? 'passed as' : 'the default of'} dataset parameter '${table.parameter.name}'`;
}

/** How a message names the table: with where it came from when a dataset parameter gave it. */
export function tableText(table: CopyTable): string {
  const origin = tableOrigin(table);
  return origin === undefined ? table.name : `${table.name} (${origin})`;
}
