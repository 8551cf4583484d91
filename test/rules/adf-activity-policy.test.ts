import { activityPolicyRule } from '../../shared/validate/rules/adf/activity-policy.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const pipeline = (policy: unknown, nested = false) => {
  const copy = { name: 'Copy', type: 'Copy', policy, typeProperties: { source: { type: 'JsonSource' }, sink: { type: 'JsonSink' } } };
  const activities = nested ? [{ name: 'Loop', type: 'ForEach', typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: [copy] } }] : [copy];
  return JSON.stringify({ name: 'P', properties: { activities } }, null, 2);
};
const messages = (policy: unknown) => check(activityPolicyRule, memoryUnit({ 'pipeline/P.json': pipeline(policy) })).map((f) => f.message);

describe('adf/activity-policy', () => {
  test('time spans, counts and flags the service takes pass, as do expressions and a missing policy', () => {
    const fine: unknown[] = [
      undefined,
      { timeout: '0.12:00:00', retry: 0, retryIntervalInSeconds: 30, secureInput: false, secureOutput: true },
      { timeout: '7.00:00:00', retry: 3, retryIntervalInSeconds: 86400 },
      { timeout: '02:00:00', retry: '2', retryIntervalInSeconds: '60' },
      { timeout: '1:30:00' },
      { timeout: '00:10', secureOutput: 'true' },
      { timeout: '0.00:00:30.5' },
      { timeout: { value: "@pipeline().parameters.timeout", type: 'Expression' }, retry: { value: '@pipeline().parameters.retries', type: 'Expression' } },
      { timeout: '@pipeline().parameters.timeout', retry: '@int(pipeline().parameters.retries)' },
      { TimeOut: '0.01:00:00', Retry: 1 },
    ];
    for (const policy of fine) expect(messages(policy)).toEqual([]);
  });

  test('a timeout that is not a time span is an error at it, naming the form to write', () => {
    const text = pipeline({ timeout: 'PT12H', retry: 0 });
    expect(check(activityPolicyRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({
        ruleId: 'adf/activity-policy',
        severity: 'error',
        ...at(text, '"timeout"'),
        message:
          "Activity 'Copy': policy.timeout \"PT12H\" is not a time span; Data Factory does not read ISO 8601 durations or unit suffixes; write it as [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
      }),
    ]);
    expect(messages({ timeout: '12h' })).toEqual([
      "Activity 'Copy': policy.timeout \"12h\" is not a time span; Data Factory does not read ISO 8601 durations or unit suffixes; write it as [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
    ]);
    expect(messages({ timeout: 'half a day' })).toEqual([
      "Activity 'Copy': policy.timeout \"half a day\" is not a time span; write it as [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
    ]);
    expect(messages({ timeout: 3600 })).toEqual([
      "Activity 'Copy': policy.timeout is 3600, not a time span; write it as a string [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
    ]);
    expect(messages({ timeout: '48:00:00' })).toEqual([
      "Activity 'Copy': policy.timeout \"48:00:00\" has 48 hours; hours run from 0 to 23, so write a day or more with a day count, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
    ]);
    expect(messages({ timeout: '0.01:75:00' })).toEqual([
      "Activity 'Copy': policy.timeout \"0.01:75:00\" has more than 60 minutes or seconds; write it as [d.]hh:mm:ss, for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day.",
    ]);
  });

  test('retry must be a whole number of 0 or more', () => {
    for (const retry of [-1, 1.5, 'three', true]) {
      expect(messages({ retry })).toEqual([
        `Activity 'Copy': policy.retry is ${JSON.stringify(retry)}; it counts the retries after a failure, so use a whole number, 0 or more (0, the default, means no retry).`,
      ]);
    }
  });

  test('retryIntervalInSeconds runs from 30 to 86400 and takes no expression', () => {
    const text = pipeline({ retry: 2, retryIntervalInSeconds: 10 });
    expect(check(activityPolicyRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({
        ...at(text, '"retryIntervalInSeconds"'),
        message: "Activity 'Copy': policy.retryIntervalInSeconds is 10; it takes a whole number of seconds from 30 to 86400 (a day), written as a number. The default is 30.",
      }),
    ]);
    expect(messages({ retryIntervalInSeconds: 86401 })).toHaveLength(1);
    expect(messages({ retryIntervalInSeconds: 45.5 })).toHaveLength(1);
    expect(messages({ retryIntervalInSeconds: '@pipeline().parameters.wait' })).toEqual([
      "Activity 'Copy': policy.retryIntervalInSeconds is an expression; it takes a whole number of seconds from 30 to 86400 (a day), written as a number. The default is 30.",
    ]);
  });

  test('a deactivated activity is left alone, as the service publishes it unchecked', () => {
    const text = JSON.parse(pipeline({ timeout: 'PT12H', retry: -1 })) as { properties: { activities: Record<string, unknown>[] } };
    text.properties.activities[0]!.state = 'Inactive';
    expect(check(activityPolicyRule, memoryUnit({ 'pipeline/P.json': JSON.stringify(text, null, 2) }))).toEqual([]);
  });

  test('the secure flags are booleans, and the policy an object', () => {
    expect(messages({ secureInput: 'yes', secureOutput: 1 })).toEqual([
      "Activity 'Copy': policy.secureInput is \"yes\"; use true or false.",
      "Activity 'Copy': policy.secureOutput is 1; use true or false.",
    ]);
    const text = pipeline('0.12:00:00');
    expect(check(activityPolicyRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({
        ...at(text, '"policy"'),
        message: 'Activity \'Copy\' has a policy that is not an object; write it as { "timeout": "0.12:00:00", "retry": 0, "retryIntervalInSeconds": 30 }.',
      }),
    ]);
  });

  test('activities inside containers are checked', () => {
    const text = pipeline({ timeout: '1 day' }, true);
    expect(check(activityPolicyRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([expect.objectContaining(at(text, '"timeout"'))]);
  });

  test('in a template, values the deployment sets are not judged', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { timeout: { type: 'string', defaultValue: '0.12:00:00' }, retries: { type: 'int', defaultValue: 1 } },
      resources: [
        {
          type: 'Microsoft.DataFactory/factories/pipelines',
          apiVersion: '2018-06-01',
          name: 'contoso-adf/P',
          properties: {
            activities: [
              { name: 'A', type: 'Wait', policy: { timeout: "[parameters('timeout')]", retry: "[parameters('retries')]", retryIntervalInSeconds: "[variables('wait')]" }, typeProperties: { waitTimeInSeconds: 1 } },
              { name: 'B', type: 'Wait', policy: { timeout: '12:00' }, typeProperties: { waitTimeInSeconds: 1 } },
              { name: 'C', type: 'Wait', policy: { retry: -2 }, typeProperties: { waitTimeInSeconds: 1 } },
            ],
          },
        },
      ],
    };
    expect(check(activityPolicyRule, memoryUnit({ 'mainTemplate.json': JSON.stringify(template, null, 2) })).map((f) => f.message)).toEqual([
      "Activity 'C': policy.retry is -2; it counts the retries after a failure, so use a whole number, 0 or more (0, the default, means no retry).",
    ]);
  });
});
