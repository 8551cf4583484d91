/** Comparison, logical, numeric and conversion template functions. */
import { ArmFunctionError } from './errors.js';
import { Args, armTypeName, deepEqual } from './values.js';
import type { ArmFunction } from './function-table.js';

const a = (fn: string, values: readonly unknown[]) => new Args(fn, values);

function compare(fn: string, values: readonly unknown[]): number {
  const [left, right] = a(fn, values).count(2).values;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  throw new ArmFunctionError(`${fn}: compares two Integers or two Strings, got ${armTypeName(left)} and ${armTypeName(right)}.`);
}

function integerOp(fn: string, op: (x: number, y: number) => number): ArmFunction {
  return (values) => {
    const args = a(fn, values).count(2);
    return op(args.int(0), args.int(1));
  };
}

function toInt(values: readonly unknown[]): number {
  const value = a('int', values).count(1).values[0];
  if (typeof value === 'number') return Math.trunc(value);
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  throw new ArmFunctionError(`int: cannot convert ${armTypeName(value)}${typeof value === 'string' ? ` '${value}'` : ''} to an Integer.`);
}

function toBool(values: readonly unknown[]): boolean {
  const value = a('bool', values).count(1).values[0];
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ArmFunctionError(`bool: cannot convert ${armTypeName(value)}${typeof value === 'string' ? ` '${value}'` : ''} to a Boolean.`);
}

export const logicFunctions: Record<string, ArmFunction> = {
  equals: (v) => deepEqual(...(a('equals', v).count(2).values as [unknown, unknown])),
  less: (v) => compare('less', v) < 0,
  lessorequals: (v) => compare('lessOrEquals', v) <= 0,
  greater: (v) => compare('greater', v) > 0,
  greaterorequals: (v) => compare('greaterOrEquals', v) >= 0,
  not: (v) => !a('not', v).count(1).bool(0),
  and: (v) => {
    const args = a('and', v).count(2, Infinity);
    return v.every((_, i) => args.bool(i));
  },
  or: (v) => {
    const args = a('or', v).count(2, Infinity);
    return v.some((_, i) => args.bool(i));
  },
  true: (v) => (a('true', v).count(0), true),
  false: (v) => (a('false', v).count(0), false),
  null: (v) => (a('null', v).count(0), null),
  bool: toBool,
  int: toInt,
  float: (v) => {
    const value = a('float', v).count(1).values[0];
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (Number.isNaN(n)) throw new ArmFunctionError(`float: cannot convert ${armTypeName(value)} to a number.`);
    return n;
  },
  add: integerOp('add', (x, y) => x + y),
  sub: integerOp('sub', (x, y) => x - y),
  mul: integerOp('mul', (x, y) => x * y),
  div: integerOp('div', (x, y) => {
    if (y === 0) throw new ArmFunctionError('div: division by zero.');
    return Math.trunc(x / y);
  }),
  mod: integerOp('mod', (x, y) => {
    if (y === 0) throw new ArmFunctionError('mod: division by zero.');
    return x % y;
  }),
};
