import type { Node } from 'jsonc-parser';
import { activityValue, pipelineGraph, type ActivityNode } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { declaredType, valueType, type ValueType } from '../../datafactory/expression-types.js';
import { factoryModel, objectsOfKind, type AdfObject } from '../../datafactory/factory-model.js';
import { declaredVariables } from '../../datafactory/parameters.js';
import { factorySites } from '../../datafactory/site-walk.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

const A: Record<ValueType, string> = { String: 'a String', Bool: 'a Bool', Number: 'a number', Array: 'an Array', Object: 'an Object' };

/** How to turn a value of one type into another, for the message. */
function conversion(from: ValueType, to: ValueType): string {
  if (to === 'String') return from === 'Array' || from === 'Object' ? 'wrap it in string() (or join() for an array)' : 'wrap it in string()';
  if (to === 'Array') return from === 'String' ? 'split() a delimited string, or wrap a single value in createArray()' : 'wrap it in createArray()';
  if (to === 'Bool') return 'compare it (equals(), greater(), ...) or convert it with bool()';
  if (to === 'Number') return 'convert it with int() or float()';
  return 'convert it with json()';
}

/** A pipeline's variables with a known type, by lowercase name. */
type VariableTypes = Map<string, { name: string; type: ValueType; typeName: string }>;

function variableTypes(pipeline: AdfObject): VariableTypes {
  const types: VariableTypes = new Map();
  for (const declaration of declaredVariables(pipeline)) {
    const typeName = stringOf(prop(declaration.value, 'type'));
    const type = declaredType(typeName);
    const key = declaration.name.toLowerCase();
    if (type && typeName && !types.has(key)) types.set(key, { name: declaration.name, type, typeName });
  }
  return types;
}

/**
 * Values whose type the service checks when the activity runs: a Set Variable's value against the
 * variable's type, an Append Variable's variable (an Array), a ForEach's items (an Array), an If
 * Condition's or Until's expression (a Bool). Judged where the type is plain from the JSON: a
 * literal, a parameter or variable read, or a function that always returns one type.
 */
export const expressionTypesRule: Rule = {
  id: 'adf/expression-types',
  armTtk: null,
  severity: 'error',
  description: "Give each value the type it is used as: a Set Variable value of the variable's type, Append Variable on Array variables, ForEach items an Array, If Condition and Until expressions a Bool.",
  helpUri: ADF_DOCS.setVariable,
  check(context) {
    const model = factoryModel(context);
    const parse = factorySites(model).parse;
    for (const pipeline of objectsOfKind(model, 'pipeline')) {
      let variables: VariableTypes | undefined;
      for (const activity of pipelineGraph(pipeline).all) {
        const type = activity.type?.toLowerCase();
        if (type !== 'setvariable' && type !== 'appendvariable' && type !== 'foreach' && type !== 'ifcondition' && type !== 'until') continue;
        const label = `${activity.type} '${activity.name ?? ''}'`;
        const report = (node: Node | undefined, message: string) => context.report(pipeline.document, node ?? activity.nameNode ?? activity.node, message);
        if (type === 'setvariable' || type === 'appendvariable') {
          if (activityValue(activity, 'typeProperties', 'setSystemVariable') === true) continue;
          const name = activityValue(activity, 'typeProperties', 'variableName');
          const target = typeof name === 'string' ? (variables ??= variableTypes(pipeline)).get(name.toLowerCase()) : undefined;
          if (target === undefined) continue;
          if (type === 'appendvariable') {
            if (target.type !== 'Array') report(dig(activity.node, 'typeProperties', 'variableName'), `${label} appends to variable '${target.name}', declared as ${target.typeName}; only Array variables take appends. Declare it as Array, or use Set Variable.`);
            continue;
          }
          const got = valueType(activityValue(activity, 'typeProperties', 'value'), pipeline, parse);
          if (got !== undefined && got !== target.type) {
            report(dig(activity.node, 'typeProperties', 'value'), `${label} sets variable '${target.name}' (${target.typeName}) to ${A[got]}, and the run fails; ${conversion(got, target.type)}, or change the variable's type.`);
          }
        } else if (type === 'foreach') {
          const got = valueType(activityValue(activity, 'typeProperties', 'items'), pipeline, parse);
          if (got !== undefined && got !== 'Array') report(dig(activity.node, 'typeProperties', 'items'), `${label} iterates over ${A[got]}; items must be an Array: ${conversion(got, 'Array')}.`);
        } else if (type === 'ifcondition' || type === 'until') {
          const got = valueType(activityValue(activity, 'typeProperties', 'expression'), pipeline, parse);
          if (got !== undefined && got !== 'Bool') report(dig(activity.node, 'typeProperties', 'expression'), `${label} decides on ${A[got]}; its expression must be a Bool: ${conversion(got, 'Bool')}.`);
        }
      }
    }
  },
};
