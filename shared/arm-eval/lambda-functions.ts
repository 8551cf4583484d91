/** Lambda template functions: filter, map, reduce, sort, toObject, groupBy, mapValues. */
import { ArmFunctionError } from './errors.js';
import { Args, armText, isJsonObject, type JsonObject } from './values.js';
import type { ArmFunction } from './function-table.js';

const LAMBDA = Symbol('lambda');

/** What `lambda('x', ...)` evaluates to: callable by the lambda functions only. */
export interface Lambda {
  readonly [LAMBDA]: true;
  readonly parameterCount: number;
  invoke(values: readonly unknown[]): Promise<unknown>;
}

export function makeLambda(parameterCount: number, invoke: (values: readonly unknown[]) => Promise<unknown>): Lambda {
  return { [LAMBDA]: true, parameterCount, invoke };
}

function lambdaArg(fn: string, values: readonly unknown[], i: number, parameters: readonly number[]): Lambda {
  const value = values[i] as Partial<Lambda> | undefined;
  if (!value || value[LAMBDA] !== true) throw new ArmFunctionError(`${fn}: argument ${i + 1} must be a lambda(...).`);
  if (!parameters.includes(value.parameterCount!)) throw new ArmFunctionError(`${fn}: the lambda must take ${parameters.join(' or ')} parameter(s), it takes ${value.parameterCount}.`);
  return value as Lambda;
}

/** Calls with the item, and its index too when the lambda takes two parameters. */
const callItem = (lambda: Lambda, item: unknown, index: number) => lambda.invoke(lambda.parameterCount === 2 ? [item, index] : [item]);

async function mergeSort(items: unknown[], before: (a: unknown, b: unknown) => Promise<boolean>): Promise<unknown[]> {
  if (items.length < 2) return items;
  const middle = Math.floor(items.length / 2);
  const left = await mergeSort(items.slice(0, middle), before);
  const right = await mergeSort(items.slice(middle), before);
  const out: unknown[] = [];
  while (left.length && right.length) out.push((await before(right[0], left[0])) ? right.shift() : left.shift());
  return [...out, ...left, ...right];
}

export const lambdaFunctions: Record<string, ArmFunction> = {
  map: async (v) => {
    const array = new Args('map', v).count(2).array(0);
    const lambda = lambdaArg('map', v, 1, [1, 2]);
    const out: unknown[] = [];
    for (let i = 0; i < array.length; i++) out.push(await callItem(lambda, array[i], i));
    return out;
  },
  filter: async (v) => {
    const array = new Args('filter', v).count(2).array(0);
    const lambda = lambdaArg('filter', v, 1, [1, 2]);
    const out: unknown[] = [];
    for (let i = 0; i < array.length; i++) {
      const keep = await callItem(lambda, array[i], i);
      if (typeof keep !== 'boolean') throw new ArmFunctionError('filter: the lambda must return a Boolean.');
      if (keep) out.push(array[i]);
    }
    return out;
  },
  reduce: async (v) => {
    const array = new Args('reduce', v).count(3).array(0);
    const lambda = lambdaArg('reduce', v, 2, [2, 3]);
    let current = v[1];
    for (let i = 0; i < array.length; i++) current = await lambda.invoke(lambda.parameterCount === 3 ? [current, array[i], i] : [current, array[i]]);
    return current;
  },
  sort: async (v) => {
    const array = new Args('sort', v).count(2).array(0);
    const lambda = lambdaArg('sort', v, 1, [2]);
    return mergeSort([...array], async (a, b) => {
      const result = await lambda.invoke([a, b]);
      if (typeof result !== 'boolean') throw new ArmFunctionError('sort: the lambda must return a Boolean (true when its first argument comes first).');
      return result;
    });
  },
  toobject: async (v) => {
    const array = new Args('toObject', v).count(2, 3).array(0);
    const key = lambdaArg('toObject', v, 1, [1]);
    const value = v.length > 2 ? lambdaArg('toObject', v, 2, [1]) : undefined;
    const out: JsonObject = {};
    for (const item of array) out[armText(await key.invoke([item]))] = value ? await value.invoke([item]) : item;
    return out;
  },
  groupby: async (v) => {
    const array = new Args('groupBy', v).count(2).array(0);
    const key = lambdaArg('groupBy', v, 1, [1]);
    const out: Record<string, unknown[]> = {};
    for (const item of array) (out[armText(await key.invoke([item]))] ??= []).push(item);
    return out;
  },
  mapvalues: async (v) => {
    const object = new Args('mapValues', v).count(2).object(0);
    const lambda = lambdaArg('mapValues', v, 1, [1]);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(object)) out[key] = await lambda.invoke([value]);
    return out;
  },
};
