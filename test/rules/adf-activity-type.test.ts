import { ACTIVITY_TYPES } from '../../shared/validate/datafactory/activity-types.js';
import { activityTypeRule } from '../../shared/validate/rules/adf/activity-type.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const pipeline = (...types: string[]) =>
  JSON.stringify(
    {
      name: 'P',
      properties: {
        activities: [
          { name: 'Loop', type: 'ForEach', typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: types.map((type, i) => ({ name: `A${i}`, type })) } },
        ],
      },
    },
    null,
    2,
  );
const run = (text: string) => check(activityTypeRule, memoryUnit({ 'pipeline/P.json': text }));

describe('adf/activity-type', () => {
  test('every type of the REST API passes, in any case', () => {
    expect(run(pipeline(...ACTIVITY_TYPES))).toEqual([]);
    expect(run(pipeline('copy', 'EXECUTEPIPELINE', 'DataLakeAnalyticsU-SQL'))).toEqual([]);
  });

  test('a misspelt type is a warning at it, with the close one; nested activities are checked', () => {
    const text = pipeline('Wait', 'Coppy');
    expect(run(text)).toEqual([
      expect.objectContaining({
        ruleId: 'adf/activity-type',
        severity: 'warning',
        ...at(text, '"type": "Coppy"'),
        message: "Activity 'A1' has type 'Coppy', which is not a Data Factory activity type; did you mean 'Copy'? If it is a type newer than mapp's list, skip the rule adf/activity-type.",
      }),
    ]);
  });

  test('a type with no close one points at the list', () => {
    expect(run(pipeline('RunMyThing')).map((f) => f.message)).toEqual([
      "Activity 'A0' has type 'RunMyThing', which is not a Data Factory activity type; the types are listed at https://learn.microsoft.com/azure/data-factory/concepts-pipelines-activities. If it is a type newer than mapp's list, skip the rule adf/activity-type.",
    ]);
  });

  test('the abstract base types are not activity types', () => {
    expect(run(pipeline('Execution', 'Container'))).toHaveLength(2);
  });

  test('in a template, a type the deployment sets is not judged', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { kind: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.DataFactory/factories/pipelines',
          apiVersion: '2018-06-01',
          name: 'contoso-adf/P',
          properties: { activities: [{ name: 'A', type: "[parameters('kind')]" }, { name: 'B', type: 'Lookups' }] },
        },
      ],
    };
    expect(check(activityTypeRule, memoryUnit({ 'mainTemplate.json': JSON.stringify(template, null, 2) })).map((f) => f.message)).toEqual([
      "Activity 'B' has type 'Lookups', which is not a Data Factory activity type; did you mean 'Lookup'? If it is a type newer than mapp's list, skip the rule adf/activity-type.",
    ]);
  });
});
