/** Array and object template functions (several also take strings, as ARM's do). */
import { ArmFunctionError } from './errors.js';
import { Args, armText, deepEqual, getProperty, isJsonObject, type JsonObject } from './values.js';
import type { ArmFunction } from './function-table.js';

const a = (fn: string, values: readonly unknown[]) => new Args(fn, values);

function concat(values: readonly unknown[]): unknown {
  const args = a('concat', values).count(1, Infinity);
  if (values.every(Array.isArray)) return values.flatMap((value) => value as unknown[]);
  if (values.some(Array.isArray)) throw new ArmFunctionError('concat: mix of arrays and strings; give all arrays or all strings.');
  return values.map((_, i) => args.text(i)).join('');
}

function unionOf(values: readonly unknown[]): unknown {
  a('union', values).count(1, Infinity);
  if (values.every(Array.isArray)) {
    const out: unknown[] = [];
    for (const item of values.flatMap((value) => value as unknown[])) if (!out.some((seen) => deepEqual(seen, item))) out.push(item);
    return out;
  }
  if (values.every(isJsonObject)) return values.reduce<JsonObject>((merged, value) => mergeObjects(merged, value as JsonObject), {});
  throw new ArmFunctionError('union: give all arrays or all objects.');
}

/** union() of objects merges nested objects and lets later values win. */
function mergeObjects(first: JsonObject, second: JsonObject): JsonObject {
  const out: JsonObject = { ...first };
  for (const [key, value] of Object.entries(second)) {
    out[key] = isJsonObject(out[key]) && isJsonObject(value) ? mergeObjects(out[key] as JsonObject, value) : value;
  }
  return out;
}

function intersectionOf(values: readonly unknown[]): unknown {
  a('intersection', values).count(2, Infinity);
  if (values.every(Array.isArray)) {
    const [first, ...rest] = values as unknown[][];
    const out: unknown[] = [];
    for (const item of first!) {
      if (rest.every((other) => other.some((x) => deepEqual(x, item))) && !out.some((x) => deepEqual(x, item))) out.push(item);
    }
    return out;
  }
  if (values.every(isJsonObject)) {
    const [first, ...rest] = values as JsonObject[];
    return Object.fromEntries(Object.entries(first!).filter(([key, value]) => rest.every((other) => key in other && deepEqual(other[key], value))));
  }
  throw new ArmFunctionError('intersection: give all arrays or all objects.');
}

function lengthOf(values: readonly unknown[]): number {
  const value = a('length', values).count(1).values[0];
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (isJsonObject(value)) return Object.keys(value).length;
  throw new ArmFunctionError(`length: expects a String, Array or Object.`);
}

function containsOf(values: readonly unknown[]): boolean {
  const [container, item] = a('contains', values).count(2).values;
  if (typeof container === 'string') return container.includes(armText(item));
  if (Array.isArray(container)) return container.some((x) => deepEqual(x, item));
  if (isJsonObject(container)) return getProperty(container, armText(item)).found;
  throw new ArmFunctionError('contains: the first argument must be a String, Array or Object.');
}

function indexOfItem(fn: string, values: readonly unknown[], last: boolean): number {
  const args = a(fn, values).count(2);
  const target = args.stringOrArray(0);
  if (typeof target === 'string') {
    const text = target.toLowerCase();
    const find = args.string(1).toLowerCase();
    return last ? text.lastIndexOf(find) : text.indexOf(find);
  }
  const positions = target.map((item, i) => (deepEqual(item, values[1]) ? i : -1)).filter((i) => i >= 0);
  return positions.length === 0 ? -1 : last ? positions[positions.length - 1]! : positions[0]!;
}

function minMax(fn: string, values: readonly unknown[], pick: (...n: number[]) => number): number {
  const list = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
  const args = a(fn, list).count(1, Infinity);
  return pick(...list.map((_, i) => args.int(i)));
}

export const collectionFunctions: Record<string, ArmFunction> = {
  concat,
  union: unionOf,
  intersection: intersectionOf,
  length: lengthOf,
  contains: containsOf,
  empty: (v) => {
    const value = a('empty', v).count(1).values[0];
    if (value === null || value === undefined) return true;
    if (typeof value === 'string' || Array.isArray(value)) return value.length === 0;
    if (isJsonObject(value)) return Object.keys(value).length === 0;
    throw new ArmFunctionError('empty: expects a String, Array or Object.');
  },
  first: (v) => {
    const value = a('first', v).count(1).stringOrArray(0);
    return typeof value === 'string' ? value.slice(0, 1) : value[0] ?? null;
  },
  last: (v) => {
    const value = a('last', v).count(1).stringOrArray(0);
    return typeof value === 'string' ? value.slice(-1) : value.length ? value[value.length - 1] : null;
  },
  take: (v) => {
    const args = a('take', v).count(2);
    return args.stringOrArray(0).slice(0, Math.max(0, args.int(1)));
  },
  skip: (v) => {
    const args = a('skip', v).count(2);
    return args.stringOrArray(0).slice(Math.max(0, args.int(1)));
  },
  indexof: (v) => indexOfItem('indexOf', v, false),
  lastindexof: (v) => indexOfItem('lastIndexOf', v, true),
  createarray: (v) => [...v],
  array: (v) => {
    const value = a('array', v).count(1).values[0];
    return Array.isArray(value) ? value : [value];
  },
  createobject: (v) => {
    if (v.length % 2 !== 0) throw new ArmFunctionError('createObject: expects key/value pairs (an even number of arguments).');
    const args = a('createObject', v);
    const out: JsonObject = {};
    for (let i = 0; i < v.length; i += 2) out[args.string(i)] = v[i + 1];
    return out;
  },
  coalesce: (v) => a('coalesce', v).count(1, Infinity).values.find((value) => value !== null && value !== undefined) ?? null,
  range: (v) => {
    const args = a('range', v).count(2);
    const start = args.int(0);
    const count = args.int(1);
    if (count < 0 || count > 10000) throw new ArmFunctionError(`range: count must be 0 to 10000, got ${count}.`);
    return Array.from({ length: count }, (_, i) => start + i);
  },
  min: (v) => minMax('min', v, Math.min),
  max: (v) => minMax('max', v, Math.max),
  objectkeys: (v) => Object.keys(a('objectKeys', v).count(1).object(0)),
  tryget: (v) => {
    const args = a('tryGet', v).count(2, Infinity);
    let current: unknown = args.values[0];
    for (const key of v.slice(1)) {
      if (Array.isArray(current) && typeof key === 'number') current = current[key];
      else if (isJsonObject(current) && typeof key === 'string') current = getProperty(current, key).value;
      else return null;
      if (current === undefined) return null;
    }
    return current ?? null;
  },
  flatten: (v) => a('flatten', v).count(1).array(0).flatMap((item, i) => {
    if (!Array.isArray(item)) throw new ArmFunctionError(`flatten: item ${i} is not an array.`);
    return item;
  }),
  shallowmerge: (v) => a('shallowMerge', v).count(1).array(0).reduce<JsonObject>((merged, item) => ({ ...merged, ...(isJsonObject(item) ? item : {}) }), {}),
  items: (v) => {
    const value = a('items', v).count(1).object(0);
    return Object.keys(value).sort((x, y) => x.localeCompare(y)).map((key) => ({ key, value: value[key] }));
  },
};
