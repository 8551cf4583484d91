import type { Node } from 'jsonc-parser';
import { prop, properties, type JsonProperty } from '../json-nav.js';
import type { AdfObject } from './factory-model.js';

// Listed once per object: rules ask again for every expression and Set Variable activity.
const PARAMETERS = new WeakMap<AdfObject, JsonProperty[]>();
const VARIABLES = new WeakMap<AdfObject, JsonProperty[]>();

/** The declared parameters of a pipeline, dataset, linked service or data flow. */
export function declaredParameters(object: AdfObject): JsonProperty[] {
  let found = PARAMETERS.get(object);
  if (!found) PARAMETERS.set(object, (found = properties(prop(object.properties, 'parameters'))));
  return found;
}

/** The declared variables of a pipeline. */
export function declaredVariables(object: AdfObject): JsonProperty[] {
  let found = VARIABLES.get(object);
  if (!found) VARIABLES.set(object, (found = properties(prop(object.properties, 'variables'))));
  return found;
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
