import type { Node } from 'jsonc-parser';
import type { DataFactory } from './factory-model.js';
import { isArmText, isArmValue, textOf } from './factory-model.js';

/**
 * Literal values of activity settings the Data Factory REST contract types: time spans, whole
 * numbers and flags, and how to tell a literal from a value computed when the pipeline runs.
 */

/**
 * Whether a parsed value is computed rather than literal: an expression object
 * (`{ "value": "@...", "type": "Expression" }`), an `@` string, or an ARM expression in a
 * template. Computed values are judged at run time, not here.
 */
export function isComputedValue(factory: DataFactory, value: unknown): boolean {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  return typeof value === 'string' && (value.startsWith('@') || isArmText(factory, value));
}

/**
 * The text a string node deploys as, when it is literal: undefined for other nodes and for
 * values computed later (a Data Factory `@` expression, or a template's expression).
 */
export function literalText(factory: DataFactory, node: Node | undefined): string | undefined {
  if (node?.type !== 'string' || isArmValue(factory, node)) return undefined;
  const text = textOf(factory, node);
  return text === undefined || text.startsWith('@') ? undefined : text;
}

/**
 * A time span as .NET reads one in its constant form, `[d.]h:mm[:ss[.fffffff]]`. The contract
 * documents `[d.]hh:mm:ss`; the looser hours and seconds are what the service's parser also
 * takes, so they are not reported.
 */
const TIME_SPAN = /^(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?$/;
/** ISO 8601 durations and unit-suffixed numbers, written for a timeout often enough to be worth a precise message. */
const DURATION_LOOKALIKE = /^(P(?:T)?\d|\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?)$)/i;

/** A timeout's example, for messages. */
export const TIMEOUT_EXAMPLE = 'for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day';

/**
 * What is wrong with a literal time span (the clause after its name, ending with the example
 * given), or undefined when it is one.
 */
export function timeSpanProblem(value: unknown, example = TIMEOUT_EXAMPLE): string | undefined {
  if (typeof value !== 'string') return `is ${JSON.stringify(value)}, not a time span; write it as a string [d.]hh:mm:ss, ${example}`;
  const match = TIME_SPAN.exec(value);
  if (match === null) {
    const hint = DURATION_LOOKALIKE.test(value.trim()) ? 'Data Factory does not read ISO 8601 durations or unit suffixes; ' : '';
    return `"${value}" is not a time span; ${hint}write it as [d.]hh:mm:ss, ${example}`;
  }
  const [, , hours, minutes, seconds] = match;
  if (Number(hours) > 23) return `"${value}" has ${Number(hours)} hours; hours run from 0 to 23, so write a day or more with a day count, ${example}`;
  // The contract's pattern takes 60 for minutes and seconds.
  if (Number(minutes) > 60 || (seconds !== undefined && Number(seconds) > 60)) return `"${value}" has more than 60 minutes or seconds; write it as [d.]hh:mm:ss, ${example}`;
  return undefined;
}

/** A whole number written as a JSON number, or as a string of digits (which the service's JSON reader also takes). */
export function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** Whether a value reads as a boolean: true or false, or those words in a string in any case. */
export function isBooleanLike(value: unknown): boolean {
  return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value));
}

/** A value for a message: JSON for literals, its kind for containers. */
export function shown(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(value);
}

/**
 * An ISO 8601 date, or date and time with an optional zone (offsets up to 14 hours): the form
 * Data Factory writes times in. A space may stand for the `T`, as .NET also reads it.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?$/i;

/**
 * The instant a literal ISO 8601 date-time stands for, in .NET ticks (100 ns) since 1970, exact
 * to the seventh decimal of a second; a time without a zone is read as UTC, as Data Factory reads
 * it. Undefined for any other text, an impossible date included: other forms the service may also
 * take are left unread, not judged.
 */
export function dateTimeTicks(value: unknown): bigint | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (match === null) return undefined;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '', zone] = match;
  const parts = [Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds)] as const;
  const utc = Date.UTC(...parts);
  const back = new Date(utc);
  // Date.UTC rolls 2026-02-30 over into March: a date that does not come back unchanged is not one.
  if (back.getUTCFullYear() !== parts[0] || back.getUTCMonth() !== parts[1] || back.getUTCDate() !== parts[2] || back.getUTCHours() !== parts[3] || back.getUTCMinutes() !== parts[4] || back.getUTCSeconds() !== parts[5]) return undefined;
  let ticks = BigInt(utc) * 10_000n + BigInt(fraction.padEnd(7, '0'));
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    const minutesEast = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1);
    ticks -= BigInt(minutesEast) * 600_000_000n;
  }
  return ticks;
}
