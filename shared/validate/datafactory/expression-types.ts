import type { AdfExpression, ParsedAdfValue } from './adf-expression.js';
import { outputFieldType, outputRead } from './activity-outputs.js';
import type { AdfObject } from './factory-model.js';
import { parameterRead } from './parameter-reads.js';
import { declaredParameters, declaredVariables } from './parameters.js';
import { prop, stringOf, type JsonProperty } from '../json-nav.js';

/** The types a Data Factory value can have, as far as this module tells them apart. */
export type ValueType = 'String' | 'Bool' | 'Number' | 'Array' | 'Object';

/** The value type of a declared parameter or variable type (`Int` and `Float` are both numbers). */
export function declaredType(type: string | undefined): ValueType | undefined {
  switch (type?.toLowerCase()) {
    case 'string':
    case 'securestring':
      return 'String';
    case 'bool':
    case 'boolean':
      return 'Bool';
    case 'int':
    case 'integer':
    case 'float':
      return 'Number';
    case 'array':
      return 'Array';
    case 'object':
      return 'Object';
    default:
      return undefined;
  }
}

/**
 * What each function returns, where the documentation gives one type whatever the arguments;
 * functions left out (first, take, union, coalesce, json, ...) return what they are given.
 */
const RETURNS: ReadonlyMap<string, ValueType> = new Map(
  (
    [
      ['String', 'concat guid replace substring slice toLower toUpper trim formatNumber join base64 base64ToString dataUri dataUriToString decodeBase64 decodeUriComponent encodeUriComponent string uriComponent uriComponentToString addDays addHours addMinutes addSeconds addToTime convertFromUtc convertTimeZone convertToUtc formatDateTime getFutureTime getPastTime startOfDay startOfHour startOfMonth subtractFromTime utcNow parseDateTime'],
      ['Bool', 'endsWith startsWith contains empty and equals greater greaterOrEquals less lessOrEquals not or isInt isFloat bool'],
      ['Number', 'indexOf lastIndexOf nthIndexOf length add div max min mod mul rand sub decimal float int dayOfMonth dayOfWeek dayOfYear ticks'],
      ['Array', 'split createArray array range chunk sort'],
    ] as const
  ).flatMap(([type, names]) => names.split(' ').map((name) => [name.toLowerCase(), type] as const)),
);

function typeOfDeclared(declared: readonly JsonProperty[], name: string): ValueType | undefined {
  const lowered = name.toLowerCase();
  const declaration = declared.find((d) => d.name.toLowerCase() === lowered);
  return declaration && declaredType(stringOf(prop(declaration.value, 'type')));
}

/**
 * The type an expression evaluates to, when it does not depend on run-time values; else
 * undefined. Reads of parameters, variables and activity outputs take the declared type.
 */
export function expressionType(expression: AdfExpression, pipeline: AdfObject): ValueType | undefined {
  switch (expression.type) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'literal':
      return expression.value === null ? undefined : 'Bool';
    case 'call': {
      const name = expression.name.toLowerCase();
      if (name === 'variables') {
        const argument = expression.args[0];
        return argument?.type === 'string' && expression.args.length === 1 ? typeOfDeclared(declaredVariables(pipeline), argument.value) : undefined;
      }
      if (name === 'if' && expression.args.length === 3) {
        const then = expressionType(expression.args[1]!, pipeline);
        return then !== undefined && then === expressionType(expression.args[2]!, pipeline) ? then : undefined;
      }
      return RETURNS.get(name);
    }
    case 'property':
    case 'index': {
      // activity('A').output.field, where A's definition tells the field's type
      const read = outputRead(expression);
      if (read !== undefined) return outputFieldType(pipeline, read);
      const parameter = parameterRead(expression);
      return parameter?.owner === 'pipeline' ? typeOfDeclared(declaredParameters(pipeline), parameter.name) : undefined;
    }
  }
}

/**
 * The type a JSON value of an activity evaluates to: a literal's own, an `@expression`'s (or an
 * `{ "value": "@...", "type": "Expression" }`'s) when it can be told, a string with `@{...}`
 * parts is a string. Undefined when it depends on the run, or the value is null or missing.
 */
export function valueType(value: unknown, pipeline: AdfObject, parse: (value: string) => ParsedAdfValue | undefined): ValueType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return 'Bool';
  if (typeof value === 'number') return 'Number';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const isExpression = keys.length === 2 && typeof record.value === 'string' && typeof record.type === 'string' && record.type.toLowerCase() === 'expression';
    return isExpression ? valueType(record.value, pipeline, parse) : 'Object';
  }
  if (typeof value !== 'string') return undefined;
  const parsed = parse(value);
  if (parsed === undefined) return 'String';
  if (parsed.error !== undefined) return undefined;
  // `@expr` is the expression's value; `@{...}` parts are spliced into text.
  const whole = value.startsWith('@') && !value.startsWith('@{') && parsed.expressions.length === 1;
  return whole ? expressionType(parsed.expressions[0]!, pipeline) : 'String';
}
