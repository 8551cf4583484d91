import type { Node } from 'jsonc-parser';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmValue, type AdfObject } from '../../datafactory/factory-model.js';
import { declaredType, type ValueType } from '../../datafactory/expression-types.js';
import { declaredParameters, declaredVariables } from '../../datafactory/parameters.js';
import type { JsonProperty } from '../../json-nav.js';
import { prop, stringOf } from '../../json-nav.js';
import { jsonTypeWords } from '../../../report/words.js';
import type { Rule, RuleContext } from '../../rule.js';

/** The JSON node kind each value type takes. */
const NODE_TYPES: Record<ValueType, Node['type']> = { String: 'string', Bool: 'boolean', Number: 'number', Array: 'array', Object: 'object' };

/** Whether a literal default value has the declared type; `Int` and `Integer` take whole numbers only. */
function accepts(declared: string, type: ValueType, node: Node): boolean {
  if (node.type !== NODE_TYPES[type]) return false;
  const lowered = declared.toLowerCase();
  return (lowered !== 'int' && lowered !== 'integer') || Number.isInteger(node.value);
}

function check(context: RuleContext, object: AdfObject, declared: readonly JsonProperty[], what: string): void {
  for (const declaration of declared) {
    const typeNode = prop(declaration.value, 'type');
    const type = stringOf(typeNode);
    if (type === undefined || isArmValue(object.factory, typeNode)) continue;
    const valueType = declaredType(type);
    if (!valueType) {
      context.report(object.document, typeNode, `${describeObject(object)}: ${what} '${declaration.name}' has type '${type}'; use String, Int, Float, Bool, Array, Object or SecureString.`);
      continue;
    }
    const value = prop(declaration.value, 'defaultValue');
    // Null, ARM expressions and Data Factory expressions are evaluated later: nothing to judge here.
    if (!value || value.type === 'null' || isArmValue(object.factory, value) || (value.type === 'string' && (value.value as string).startsWith('@'))) continue;
    if (!accepts(type, valueType, value)) {
      context.report(object.document, value, `${describeObject(object)}: the default value of ${what} '${declaration.name}' is ${jsonTypeWords(value.type)}, but its type is ${type}; make them match.`);
    }
  }
}

/** Default values of parameters and variables match their declared types (and the types are real ones). */
export const defaultValueTypesRule: Rule = {
  id: 'adf/default-value-types',
  armTtk: null,
  severity: 'error',
  description: 'Give each parameter and variable a defaultValue of its declared type (String, Int, Float, Bool, Array, Object).',
  helpUri: ADF_DOCS.parameters,
  check(context) {
    for (const object of factoryModel(context).objects) {
      if (object.kind === 'factory') continue;
      check(context, object, declaredParameters(object), 'parameter');
      if (object.kind === 'pipeline') check(context, object, declaredVariables(object), 'variable');
    }
  },
};
