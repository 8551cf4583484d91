import { controlSettingsRule } from '../../shared/validate/rules/adf/control-settings.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const until = (typeProperties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'Poll',
  type: 'Until',
  ...extra,
  typeProperties: { expression: { value: '@equals(1, 1)', type: 'Expression' }, activities: [], ...typeProperties },
});
const validation = (typeProperties: Record<string, unknown>) => ({
  name: 'Arrived',
  type: 'Validation',
  typeProperties: { dataset: { referenceName: 'Drop', type: 'DatasetReference' }, ...typeProperties },
});
const wait = (waitTimeInSeconds: unknown) => ({ name: 'Pause', type: 'Wait', typeProperties: { waitTimeInSeconds } });
const pipeline = (...activities: unknown[]) => JSON.stringify({ name: 'P', properties: { activities } }, null, 2);
const messages = (...activities: unknown[]) => check(controlSettingsRule, memoryUnit({ 'pipeline/P.json': pipeline(...activities) })).map((f) => f.message);

describe('adf/control-settings', () => {
  test('time spans, whole numbers, flags and expressions the service takes pass', () => {
    expect(
      messages(
        until({ timeout: '0.02:00:00' }),
        until({ timeout: '7.00:00:00' }, { name: 'Poll2' }),
        until({ timeout: { value: '@pipeline().parameters.limit', type: 'Expression' } }, { name: 'Poll3' }),
        until({}, { name: 'Poll4' }),
        validation({ timeout: '00:30:00', sleep: 60, minimumSize: 0, childItems: true }),
        { ...validation({ sleep: '30', childItems: 'false', minimumSize: '@pipeline().parameters.size' }), name: 'Arrived2' },
        wait(300),
        { ...wait('@pipeline().parameters.pause'), name: 'Pause2' },
        { ...wait({ value: '@mul(60, 5)', type: 'Expression' }), name: 'Pause3' },
      ),
    ).toEqual([]);
  });

  test("an Until's timeout that is not a time span is an error at it", () => {
    const text = pipeline(until({ timeout: 'PT2H' }));
    expect(check(controlSettingsRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({
        ruleId: 'adf/control-settings',
        severity: 'error',
        ...at(text, '"timeout"'),
        message:
          "Activity 'Poll' (Until): timeout \"PT2H\" is not a time span; Data Factory does not read ISO 8601 durations or unit suffixes; write it as [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
      }),
    ]);
    expect(messages(until({ timeout: 7200 }))).toEqual([
      "Activity 'Poll' (Until): timeout is 7200, not a time span; write it as a string [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
    ]);
    expect(messages(until({ timeout: '36:00:00' }))).toEqual([
      "Activity 'Poll' (Until): timeout \"36:00:00\" has 36 hours; hours run from 0 to 23, so write a day or more with a day count, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
    ]);
  });

  test("a Validation's timeout, sleep, minimumSize and childItems are checked, each at its own place", () => {
    const text = pipeline(validation({ timeout: '1 hour', sleep: -5, minimumSize: 1.5, childItems: 'yes' }));
    const findings = check(controlSettingsRule, memoryUnit({ 'pipeline/P.json': text }));
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, '"timeout"').line, at(text, '"timeout"').column, "Activity 'Arrived' (Validation): timeout \"1 hour\" is not a time span; Data Factory does not read ISO 8601 durations or unit suffixes; write it as [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day."],
      [at(text, '"sleep"').line, at(text, '"sleep"').column, "Activity 'Arrived' (Validation): sleep is -5; write a whole number of seconds, 0 or more, or an expression."],
      [at(text, '"minimumSize"').line, at(text, '"minimumSize"').column, "Activity 'Arrived' (Validation): minimumSize is 1.5; write a whole number of bytes, 0 or more, or an expression."],
      [at(text, '"childItems"').line, at(text, '"childItems"').column, "Activity 'Arrived' (Validation): childItems is \"yes\"; use true or false, or an expression."],
    ]);
  });

  test("a Wait's waitTimeInSeconds must be a whole number, also inside a container", () => {
    const loop = { name: 'Loop', type: 'ForEach', typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: [wait('5m')] } };
    expect(messages(loop)).toEqual(["Activity 'Pause' (Wait): waitTimeInSeconds is \"5m\"; write a whole number of seconds, 0 or more, or an expression."]);
    expect(messages(wait([30]))).toEqual(["Activity 'Pause' (Wait): waitTimeInSeconds is an array; write a whole number of seconds, 0 or more, or an expression."]);
  });

  test('deactivated activities, and what they hold, are left alone, as the service publishes them unchecked', () => {
    expect(messages(until({ timeout: 'PT2H' }, { state: 'Inactive', onInactiveMarkAs: 'Succeeded' }))).toEqual([]);
    const loop = { name: 'Loop', type: 'ForEach', state: 'Inactive', typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: [wait('5m')] } };
    expect(messages(loop)).toEqual([]);
  });

  test('template values in a factory inside an ARM template are left to the deployment', () => {
    const template = JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [
          {
            type: 'Microsoft.DataFactory/factories/pipelines',
            apiVersion: '2018-06-01',
            name: "[concat('factory', '/P')]",
            properties: { activities: [until({ timeout: "[parameters('loopTimeout')]" }), wait('soon')] },
          },
        ],
      },
      null,
      2,
    );
    expect(check(controlSettingsRule, memoryUnit({ 'mainTemplate.json': template })).map((f) => f.message)).toEqual([
      "Activity 'Pause' (Wait): waitTimeInSeconds is \"soon\"; write a whole number of seconds, 0 or more, or an expression.",
    ]);
  });
});
