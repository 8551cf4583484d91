import type { Node } from 'jsonc-parser';
import { prop, properties, type JsonProperty } from '../json-nav.js';
import type { AdfObject } from './factory-model.js';

/** The declared parameters of a pipeline, dataset, linked service or data flow. */
export function declaredParameters(object: AdfObject): JsonProperty[] {
  return properties(prop(object.properties, 'parameters'));
}

/** The declared variables of a pipeline. */
export function declaredVariables(object: AdfObject): JsonProperty[] {
  return properties(prop(object.properties, 'variables'));
}

/** Case-insensitive lookup, as Data Factory resolves parameter and variable names. */
export function hasName(declared: readonly JsonProperty[], name: string): boolean {
  const lowered = name.toLowerCase();
  return declared.some((d) => d.name.toLowerCase() === lowered);
}

/** True when a parameter declaration has a `defaultValue`. */
export function hasDefault(declaration: Node): boolean {
  return prop(declaration, 'defaultValue') !== undefined;
}
