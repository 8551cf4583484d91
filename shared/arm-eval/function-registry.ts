/** Every template function the evaluator implements, by lower-cased name, and those it refuses. */
import { collectionFunctions } from './functions-collection.js';
import { lambdaFunctions } from './lambda-functions.js';
import { logicFunctions } from './functions-logic.js';
import { scopeFunctions } from './functions-scope.js';
import { stringFunctions } from './functions-string.js';
import type { ArmFunction } from './function-table.js';

export const templateFunctions: Readonly<Record<string, ArmFunction>> = {
  ...stringFunctions,
  ...collectionFunctions,
  ...logicFunctions,
  ...scopeFunctions,
  ...lambdaFunctions,
};

/** Handled by the evaluator itself (they need the template, the loop or the clock). */
export const SPECIAL_FORMS = ['if', 'parameters', 'variables', 'copyIndex', 'reference', 'utcNow', 'newGuid', 'lambda', 'lambdaVariables'] as const;

/** ARM functions that need a live Azure (or lambdas) and that this evaluator does not run. */
const UNSUPPORTED = new Set([
  'pickzones', 'providers', 'managementgroup', 'managementgroupresourceid', 'resourcegroupresourceid', 'existing',
  'datetimeadd', 'datetimefromepoch', 'datetimetoepoch', 'indexfromend', 'parsecidr',
  'cidrsubnet', 'cidrhost', 'loadtextcontent', 'loadfileasbase64', 'loadjsoncontent',
]);

/**
 * The message for a function this evaluator does not run, or undefined when it may run it:
 * list* functions (listKeys, listSecrets, ...), pickZones, lambdas, user-defined functions.
 */
export function unsupportedFunctionAdvice(name: string): string | undefined {
  const lowered = name.toLowerCase();
  if (name.includes('.')) {
    return `The user-defined function '${name}' is not supported by this evaluator; inline it, or pass the value as a parameter instead.`;
  }
  if (lowered.startsWith('list') || UNSUPPORTED.has(lowered)) {
    return `The template function '${name}' is not supported by this evaluator (it needs a live Azure or is not implemented); pass the value as a parameter instead.`;
  }
  return undefined;
}
