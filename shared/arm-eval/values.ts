/** JSON values as template functions see them: type names, checks, equality, text. */
import { ArmFunctionError } from './errors.js';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ARM's name for a value's type, for messages. */
export function armTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'Null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  return 'Object';
}

/** Text of a value the way ARM writes it in concat/format/string: JSON for objects and arrays, True/False. */
export function armText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

/** A property of an object, exact name first, then ignoring case (ARM property access is case-insensitive). */
export function getProperty(target: JsonObject, name: string): { found: boolean; value: unknown } {
  if (Object.prototype.hasOwnProperty.call(target, name)) return { found: true, value: target[name] };
  const lowered = name.toLowerCase();
  const key = Object.keys(target).find((candidate) => candidate.toLowerCase() === lowered);
  return key === undefined ? { found: false, value: undefined } : { found: true, value: target[key] };
}

/** Argument checks for template functions: they throw ArmFunctionError naming the function and argument. */
export class Args {
  constructor(
    readonly fn: string,
    readonly values: readonly unknown[],
  ) {}

  count(min: number, max = min): this {
    const n = this.values.length;
    if (n < min || n > max) {
      const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      throw new ArmFunctionError(`The template function '${this.fn}' expects ${wanted} argument(s) but got ${n}.`);
    }
    return this;
  }

  private wrongType(i: number, wanted: string): never {
    throw new ArmFunctionError(
      `The template function '${this.fn}' expects argument ${i + 1} to be ${wanted}, but it is ${armTypeName(this.values[i])}${
        typeof this.values[i] === 'string' ? ` '${String(this.values[i]).slice(0, 60)}'` : ''
      }.`,
    );
  }

  string(i: number): string {
    const value = this.values[i];
    return typeof value === 'string' ? value : this.wrongType(i, 'a String');
  }

  int(i: number): number {
    const value = this.values[i];
    return typeof value === 'number' && Number.isInteger(value) ? value : this.wrongType(i, 'an Integer');
  }

  number(i: number): number {
    const value = this.values[i];
    return typeof value === 'number' ? value : this.wrongType(i, 'a number');
  }

  bool(i: number): boolean {
    const value = this.values[i];
    return typeof value === 'boolean' ? value : this.wrongType(i, 'a Boolean');
  }

  array(i: number): unknown[] {
    const value = this.values[i];
    return Array.isArray(value) ? value : this.wrongType(i, 'an Array');
  }

  object(i: number): JsonObject {
    const value = this.values[i];
    return isJsonObject(value) ? value : this.wrongType(i, 'an Object');
  }

  stringOrArray(i: number): string | unknown[] {
    const value = this.values[i];
    return typeof value === 'string' || Array.isArray(value) ? value : this.wrongType(i, 'a String or an Array');
  }

  /** Any argument as text (strings, numbers, booleans), as ARM's string-combining functions accept. */
  text(i: number): string {
    const value = this.values[i];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return armText(value);
    return this.wrongType(i, 'a String');
  }
}
