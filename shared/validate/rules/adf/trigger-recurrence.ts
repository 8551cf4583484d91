import type { Node } from 'jsonc-parser';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind, type AdfObject } from '../../datafactory/factory-model.js';
import { isComputedValue, timeSpanProblem } from '../../datafactory/literal-values.js';
import { elements, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

type Report = (node: Node | undefined, message: string) => void;

const WEEK_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** ISO 8601 date and time, seconds and zone optional, as the service reads start and end times. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Whether a value is set by the deployment (an ARM expression) or at run time (a Data Factory expression): not judged here. */
function isComputed(object: AdfObject, node: Node | undefined): boolean {
  return node === undefined || node.type === 'object' || isComputedValue(object.factory, node.value);
}

/** A frequency among the allowed ones (any case), reported otherwise; the canonical spelling when it is one. */
function frequencyOf(report: Report, object: AdfObject, holder: Node | undefined, allowed: readonly string[], where: string): string | undefined {
  const node = prop(holder, 'frequency');
  if (node === undefined) {
    report(holder, `${describeObject(object)}: ${where} has no frequency; set one of ${allowed.join(', ')}.`);
    return undefined;
  }
  if (isComputed(object, node)) return undefined;
  const value = stringOf(node);
  const known = value === undefined ? undefined : allowed.find((f) => f.toLowerCase() === value.toLowerCase());
  if (known) return known;
  const closest = value === undefined ? undefined : closestName(value, allowed);
  report(node, `${describeObject(object)}: frequency ${JSON.stringify(value ?? null)} is not one the service takes here (${allowed.join(', ')})${closest ? `; did you mean '${closest}'?` : '.'}`);
  return undefined;
}

function integerIn(report: Report, object: AdfObject, node: Node | undefined, min: number, max: number, what: string): number | undefined {
  if (isComputed(object, node)) return undefined;
  const value = node!.value;
  if (node!.type === 'number' && Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  report(node, `${describeObject(object)}: ${what} must be a whole number ${range}; it is ${JSON.stringify(value ?? null)}.`);
  return undefined;
}

/** The start and end times: start required, each an ISO 8601 date and time, the end after the start. */
function checkTimes(report: Report, object: AdfObject, holder: Node | undefined, where: string, utcOnly: boolean): void {
  const times: { name: string; node: Node | undefined; at?: number }[] = [
    { name: 'startTime', node: prop(holder, 'startTime') },
    { name: 'endTime', node: prop(holder, 'endTime') },
  ];
  for (const time of times) {
    if (time.node === undefined) {
      if (time.name === 'startTime') report(holder, `${describeObject(object)}: ${where} has no startTime; set the first time it fires, as an ISO 8601 date and time (2026-01-01T02:00:00Z).`);
      continue;
    }
    if (isComputed(object, time.node)) continue;
    const value = stringOf(time.node);
    const at = value !== undefined && DATE_TIME.test(value) ? Date.parse(/[Zz]|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`) : NaN;
    if (Number.isNaN(at)) {
      report(time.node, `${describeObject(object)}: ${time.name} ${JSON.stringify(value ?? time.node.value ?? null)} is not an ISO 8601 date and time; write it as 2026-01-01T02:00:00Z.`);
      continue;
    }
    if (utcOnly && value !== undefined && /[+-]\d{2}:\d{2}$/.test(value) && !/[+-]00:00$/.test(value)) {
      report(time.node, `${describeObject(object)}: a tumbling window's ${time.name} must be in UTC; write it with Z (${new Date(at).toISOString().replace('.000Z', 'Z')}).`);
    }
    time.at = at;
  }
  const [start, end] = times;
  if (start!.at !== undefined && end!.at !== undefined && end!.at <= start!.at) {
    report(end!.node, `${describeObject(object)}: endTime is not after startTime, so the trigger never fires; move endTime later or remove it.`);
  }
}

/** The schedule of a schedule trigger: values in range, and each part with the frequency it belongs to. */
function checkSchedule(report: Report, object: AdfObject, schedule: Node, frequency: string | undefined): void {
  const numbers = (name: string, min: number, max: number, allowed: (n: number) => boolean = () => true) => {
    const node = prop(schedule, name);
    if (node === undefined || isComputed(object, node)) return;
    const items = node.type === 'array' ? elements(node) : [node];
    for (const item of items) {
      const value = item.value;
      if (item.type !== 'number' || !Number.isInteger(value) || (value as number) < min || (value as number) > max || !allowed(value as number)) {
        report(item, `${describeObject(object)}: schedule.${name} takes whole numbers from ${min === -31 ? '1 to 31, or -1 to -31 counted from the end of the month' : `${min} to ${max}`}; ${JSON.stringify(value ?? null)} is not one.`);
      }
    }
  };
  numbers('minutes', 0, 59);
  numbers('hours', 0, 23);
  numbers('monthDays', -31, 31, (n) => n !== 0);
  const weekDay = (node: Node | undefined, what: string) => {
    if (node === undefined || isComputed(object, node)) return;
    const value = stringOf(node);
    if (value !== undefined && WEEK_DAYS.some((d) => d.toLowerCase() === value.toLowerCase())) return;
    const closest = value === undefined ? undefined : closestName(value, WEEK_DAYS);
    report(node, `${describeObject(object)}: ${what} ${JSON.stringify(value ?? node.value ?? null)} is not a day of the week${closest ? `; did you mean '${closest}'?` : ` (${WEEK_DAYS.join(', ')}).`}`);
  };
  for (const day of elements(prop(schedule, 'weekDays'))) weekDay(day, 'schedule.weekDays entry');
  for (const occurrence of elements(prop(schedule, 'monthlyOccurrences'))) {
    const day = prop(occurrence, 'day');
    if (day === undefined) report(occurrence, `${describeObject(object)}: a schedule.monthlyOccurrences entry needs a day (Monday ... Sunday).`);
    weekDay(day, 'monthlyOccurrences day');
    const count = prop(occurrence, 'occurrence');
    if (count !== undefined && !isComputed(object, count)) {
      const value = count.value;
      if (count.type !== 'number' || !Number.isInteger(value) || value === 0 || Math.abs(value as number) > 5) {
        report(count, `${describeObject(object)}: occurrence takes 1 to 5, or -1 to -5 counted from the end of the month; ${JSON.stringify(value ?? null)} is not one.`);
      }
    }
  }
  if (frequency === undefined) return;
  const belongs: [string, string][] = [
    ['weekDays', 'Week'],
    ['monthDays', 'Month'],
    ['monthlyOccurrences', 'Month'],
  ];
  for (const [part, needs] of belongs) {
    const node = prop(schedule, part);
    if (node !== undefined && frequency !== needs) {
      report(node, `${describeObject(object)}: schedule.${part} applies only when frequency is ${needs}, and this trigger's is ${frequency}; change the frequency or remove ${part}.`);
    }
  }
}

function checkScheduleTrigger(report: Report, object: AdfObject, typeProperties: Node | undefined): void {
  const recurrence = prop(typeProperties, 'recurrence');
  if (recurrence === undefined || recurrence.type !== 'object') {
    report(recurrence ?? typeProperties ?? object.properties, `${describeObject(object)}: a ScheduleTrigger needs typeProperties.recurrence, an object with frequency, interval and startTime.`);
    return;
  }
  const frequency = frequencyOf(report, object, recurrence, ['Minute', 'Hour', 'Day', 'Week', 'Month'], 'the recurrence');
  const interval = prop(recurrence, 'interval');
  if (interval !== undefined) integerIn(report, object, interval, 1, 1000, 'recurrence.interval');
  checkTimes(report, object, recurrence, 'the recurrence', false);
  const schedule = prop(recurrence, 'schedule');
  if (schedule?.type === 'object') checkSchedule(report, object, schedule, frequency);
}

/** The shortest tumbling window, in minutes (Data Factory limits). */
export const MIN_TUMBLING_MINUTES = 5;

function checkTumblingWindow(report: Report, object: AdfObject, typeProperties: Node | undefined): void {
  if (typeProperties?.type !== 'object') {
    report(typeProperties ?? object.properties, `${describeObject(object)}: a TumblingWindowTrigger needs typeProperties with frequency, interval, startTime and maxConcurrency.`);
    return;
  }
  const frequency = frequencyOf(report, object, typeProperties, ['Minute', 'Hour', 'Month'], 'the window');
  const intervalNode = prop(typeProperties, 'interval');
  if (intervalNode === undefined) {
    report(typeProperties, `${describeObject(object)}: a TumblingWindowTrigger needs an interval, the number of ${frequency ? `${frequency.toLowerCase()}s` : 'frequency units'} a window lasts.`);
  } else {
    const interval = integerIn(report, object, intervalNode, 1, Number.MAX_SAFE_INTEGER, 'interval');
    // The service limits page has said 5 minutes since 2021 (15 before, and still in the REST
    // contract's text); real factories run 7- and 10-minute windows.
    if (interval !== undefined && frequency === 'Minute' && interval < MIN_TUMBLING_MINUTES) {
      report(intervalNode, `${describeObject(object)}: a tumbling window lasts at least ${MIN_TUMBLING_MINUTES} minutes; this one lasts ${interval}.`);
    }
  }
  checkTimes(report, object, typeProperties, 'the window', true);
  const concurrency = prop(typeProperties, 'maxConcurrency');
  if (concurrency === undefined) report(typeProperties, `${describeObject(object)}: a TumblingWindowTrigger needs maxConcurrency, how many windows may run at once (1 to 50).`);
  else integerIn(report, object, concurrency, 1, 50, 'maxConcurrency');
  const delay = prop(typeProperties, 'delay');
  const problem = delay === undefined || isComputed(object, delay) ? undefined : timeSpanProblem(delay.value ?? null, 'for example 00:10:00 for ten minutes');
  if (problem !== undefined) report(delay, `${describeObject(object)}: delay ${problem}.`);
}

/**
 * The recurrence of schedule and tumbling window triggers, as the service validates it when the
 * trigger is deployed or started: frequencies, intervals, start and end times, schedule values
 * and the frequency each schedule part needs, a window's length, concurrency and delay.
 */
export const triggerRecurrenceRule: Rule = {
  id: 'adf/trigger-recurrence',
  armTtk: null,
  severity: 'error',
  description: "Give schedule and tumbling window triggers a recurrence the service accepts: a supported frequency, interval and ISO 8601 start time, an end after the start, schedule values in range and matching the frequency.",
  helpUri: ADF_DOCS.scheduleTrigger,
  check(context) {
    for (const object of objectsOfKind(factoryModel(context), 'trigger')) {
      const report: Report = (node, message) => context.report(object.document, node ?? object.nameNode ?? object.root, message);
      const type = stringOf(prop(object.properties, 'type'))?.toLowerCase();
      const typeProperties = prop(object.properties, 'typeProperties');
      if (type === 'scheduletrigger') checkScheduleTrigger(report, object, typeProperties);
      else if (type === 'tumblingwindowtrigger') checkTumblingWindow(report, object, typeProperties);
    }
  },
};
