import { triggerRecurrenceRule } from '../../shared/validate/rules/adf/trigger-recurrence.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';
import { at } from '../helpers/cuid-harness.js';

const schedule = (recurrence: unknown) =>
  JSON.stringify({ name: 'T', properties: { type: 'ScheduleTrigger', typeProperties: { recurrence }, pipelines: [{ pipelineReference: { referenceName: 'P', type: 'PipelineReference' } }] } }, null, 2);
const tumbling = (typeProperties: Record<string, unknown>) =>
  JSON.stringify({ name: 'W', properties: { type: 'TumblingWindowTrigger', typeProperties, pipeline: { pipelineReference: { referenceName: 'P', type: 'PipelineReference' } } } }, null, 2);
const messages = (text: string) => check(triggerRecurrenceRule, memoryUnit({ 'trigger/T.json': text })).map((f) => f.message);

const daily = { frequency: 'Day', interval: 1, startTime: '2026-01-01T02:00:00Z', timeZone: 'UTC' };
const window = { frequency: 'Hour', interval: 1, startTime: '2026-01-01T00:00:00Z', delay: '00:10:00', maxConcurrency: 10 };

describe('schedule triggers', () => {
  test('well-formed recurrences pass, in any case, with or without a zone or seconds', () => {
    const fine = [
      daily,
      { frequency: 'minute', interval: 15, startTime: '2026-01-01T00:00' },
      { frequency: 'Week', interval: 2, startTime: '2026-01-01T00:00:00.000+01:00', endTime: '2026-12-31T00:00:00Z', schedule: { minutes: [0, 30], hours: 5, weekDays: ['monday', 'Friday'] } },
      { frequency: 'Month', interval: 1, startTime: '2026-01-01T00:00:00Z', schedule: { monthDays: [1, -1], monthlyOccurrences: [{ day: 'Friday', occurrence: -1 }, { day: 'Monday' }] } },
    ];
    for (const recurrence of fine) expect(messages(schedule(recurrence))).toEqual([]);
  });

  test('in a template, values the deployment sets are not judged', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { start: { type: 'string' }, frequency: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.DataFactory/factories/triggers',
          apiVersion: '2018-06-01',
          name: 'contoso-adf/T',
          properties: { type: 'ScheduleTrigger', typeProperties: { recurrence: { frequency: "[parameters('frequency')]", interval: 1, startTime: "[parameters('start')]" } } },
        },
        { type: 'Microsoft.DataFactory/factories/triggers', apiVersion: '2018-06-01', name: 'contoso-adf/U', properties: { type: 'ScheduleTrigger', typeProperties: { recurrence: { ...daily, frequency: 'Hourly' } } } },
      ],
    };
    expect(check(triggerRecurrenceRule, memoryUnit({ 'mainTemplate.json': JSON.stringify(template, null, 2) })).map((f) => f.message)).toEqual([
      "Trigger 'U': frequency \"Hourly\" is not one the service takes here (Minute, Hour, Day, Week, Month); did you mean 'Hour'?",
    ]);
  });

  test('an unknown frequency is an error at it, with the close one', () => {
    const text = schedule({ ...daily, frequency: 'Daily' });
    expect(check(triggerRecurrenceRule, memoryUnit({ 'trigger/T.json': text }))).toEqual([
      expect.objectContaining({ ...at(text, '"frequency"'), message: "Trigger 'T': frequency \"Daily\" is not one the service takes here (Minute, Hour, Day, Week, Month); did you mean 'Day'?" }),
    ]);
  });

  test('interval, times and schedule values out of range', () => {
    expect(messages(schedule({ ...daily, interval: 0 }))).toEqual(["Trigger 'T': recurrence.interval must be a whole number from 1 to 1000; it is 0."]);
    expect(messages(schedule({ ...daily, interval: 1.5 }))).toEqual(["Trigger 'T': recurrence.interval must be a whole number from 1 to 1000; it is 1.5."]);
    expect(messages(schedule({ frequency: 'Day', interval: 1 }))).toEqual([
      "Trigger 'T': the recurrence has no startTime; set the first time it fires, as an ISO 8601 date and time (2026-01-01T02:00:00Z).",
    ]);
    expect(messages(schedule({ ...daily, startTime: '01/01/2026 02:00' }))).toEqual([
      "Trigger 'T': startTime \"01/01/2026 02:00\" is not an ISO 8601 date and time; write it as 2026-01-01T02:00:00Z.",
    ]);
    expect(messages(schedule({ ...daily, endTime: '2025-12-31T00:00:00Z' }))).toEqual([
      "Trigger 'T': endTime is not after startTime, so the trigger never fires; move endTime later or remove it.",
    ]);
    expect(messages(schedule({ ...daily, schedule: { minutes: [60], hours: [24, 5] } }))).toEqual([
      "Trigger 'T': schedule.minutes takes whole numbers from 0 to 59; 60 is not one.",
      "Trigger 'T': schedule.hours takes whole numbers from 0 to 23; 24 is not one.",
    ]);
    expect(messages(schedule({ ...daily, frequency: 'Month', schedule: { monthDays: [0, 32], monthlyOccurrences: [{ day: 'Fryday', occurrence: 6 }, { occurrence: 1 }] } }))).toEqual([
      "Trigger 'T': schedule.monthDays takes whole numbers from 1 to 31, or -1 to -31 counted from the end of the month; 0 is not one.",
      "Trigger 'T': schedule.monthDays takes whole numbers from 1 to 31, or -1 to -31 counted from the end of the month; 32 is not one.",
      "Trigger 'T': monthlyOccurrences day \"Fryday\" is not a day of the week; did you mean 'Friday'?",
      "Trigger 'T': occurrence takes 1 to 5, or -1 to -5 counted from the end of the month; 6 is not one.",
      "Trigger 'T': a schedule.monthlyOccurrences entry needs a day (Monday ... Sunday).",
    ]);
  });

  test('schedule parts need their frequency', () => {
    expect(messages(schedule({ ...daily, schedule: { hours: [5], weekDays: ['Monday'], monthDays: [1] } }))).toEqual([
      "Trigger 'T': schedule.weekDays applies only when frequency is Week, and this trigger's is Day; change the frequency or remove weekDays.",
      "Trigger 'T': schedule.monthDays applies only when frequency is Month, and this trigger's is Day; change the frequency or remove monthDays.",
    ]);
  });

  test('a schedule trigger without a recurrence', () => {
    expect(messages(JSON.stringify({ name: 'T', properties: { type: 'ScheduleTrigger', typeProperties: {} } }))).toEqual([
      "Trigger 'T': a ScheduleTrigger needs typeProperties.recurrence, an object with frequency, interval and startTime.",
    ]);
  });
});

describe('tumbling window triggers', () => {
  test('a well-formed window passes', () => {
    expect(messages(tumbling(window))).toEqual([]);
    expect(messages(tumbling({ ...window, frequency: 'Minute', interval: 15, delay: '1.00:00:00', endTime: '2026-02-01T00:00:00Z' }))).toEqual([]);
  });

  test('frequency, length, concurrency, delay and zone', () => {
    expect(messages(tumbling({ ...window, frequency: 'Day' }))).toEqual(["Trigger 'W': frequency \"Day\" is not one the service takes here (Minute, Hour, Month)."]);
    expect(messages(tumbling({ ...window, frequency: 'Minute', interval: 4 }))).toEqual(["Trigger 'W': a tumbling window lasts at least 5 minutes; this one lasts 4."]);
    // The limit was 15 minutes until 2021; a 7-minute window, as real factories run, passes.
    expect(messages(tumbling({ ...window, frequency: 'Minute', interval: 5 }))).toEqual([]);
    expect(messages(tumbling({ ...window, frequency: 'Minute', interval: 7 }))).toEqual([]);
    expect(messages(tumbling({ ...window, interval: '<interval>' }))).toEqual(["Trigger 'W': interval must be a whole number of at least 1; it is \"<interval>\"."]);
    expect(messages(tumbling({ ...window, maxConcurrency: 51 }))).toEqual(["Trigger 'W': maxConcurrency must be a whole number from 1 to 50; it is 51."]);
    expect(messages(tumbling({ ...window, delay: '10 minutes' }))).toEqual([
      "Trigger 'W': delay \"10 minutes\" is not a time span; Data Factory does not read ISO 8601 durations or unit suffixes; write it as [d.]hh:mm:ss, for example 00:10:00 for ten minutes.",
    ]);
    expect(messages(tumbling({ ...window, delay: 600 }))).toEqual([
      "Trigger 'W': delay is 600, not a time span; write it as a string [d.]hh:mm:ss, for example 00:10:00 for ten minutes.",
    ]);
    expect(messages(tumbling({ ...window, delay: '30:00:00' }))).toEqual([
      "Trigger 'W': delay \"30:00:00\" has 30 hours; hours run from 0 to 23, so write a day or more with a day count, for example 00:10:00 for ten minutes.",
    ]);
    expect(messages(tumbling({ ...window, delay: '0:10:00' }))).toEqual([]);
    expect(messages(tumbling({ ...window, startTime: '2026-01-01T01:00:00+01:00' }))).toEqual([
      "Trigger 'W': a tumbling window's startTime must be in UTC; write it with Z (2026-01-01T00:00:00Z).",
    ]);
    const { maxConcurrency: _, interval: __, ...missing } = window;
    expect(messages(tumbling(missing))).toEqual([
      "Trigger 'W': a TumblingWindowTrigger needs an interval, the number of hours a window lasts.",
      "Trigger 'W': a TumblingWindowTrigger needs maxConcurrency, how many windows may run at once (1 to 50).",
    ]);
  });
});

test('event triggers are not this rule’s concern', () => {
  expect(messages(JSON.stringify({ name: 'E', properties: { type: 'BlobEventsTrigger', typeProperties: { events: ['Microsoft.Storage.BlobCreated'] } } }))).toEqual([]);
});
