import type { Node } from 'jsonc-parser';
import { prop, properties, type JsonProperty } from '../json-nav.js';
import type { AdfObject, DataFactory } from './factory-model.js';

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

const GLOBALS = new WeakMap<DataFactory, JsonProperty[] | null>();

/**
 * The global parameters a factory declares: those under `properties.globalParameters` of its
 * factory object (the `factory/` file of a Git integration, or the factory resource of a
 * template) and, in a template, those of its `factories/globalParameters` resources. Undefined
 * when the unit holds neither, as when a template deploys only a factory's children: the
 * factory's global parameters are then set elsewhere and cannot be known.
 */
export function declaredGlobalParameters(factory: DataFactory): JsonProperty[] | undefined {
  let found = GLOBALS.get(factory);
  if (found === undefined) {
    const factoryObjects = factory.objects.filter((o) => o.kind === 'factory');
    const sets = factory.globalParameterSets ?? [];
    found =
      factoryObjects.length === 0 && sets.length === 0
        ? null
        : [...factoryObjects.flatMap((o) => properties(prop(o.properties, 'globalParameters'))), ...sets.flatMap((set) => properties(set))];
    GLOBALS.set(factory, found);
  }
  return found ?? undefined;
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
