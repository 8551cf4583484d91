import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dateFilterRule } from '../../shared/validate/rules/gdc/date-filter.js';
import { knownTableRule } from '../../shared/validate/rules/gdc/known-table.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

/** A factory whose Office365Table reads `@dataset().table`, and whose copy passes BasicDataSet_v0.Message_v1. */
const FIXTURE = 'test/fixtures/rules/gdc--date-filter--parameter';
const PIPELINE = 'pipeline/CopyMessages.json';
const DATASET = 'dataset/Office365AnyTable.json';
const PASSED = '"table": "BasicDataSet_v0.Message_v1"';
const ARM_FIXTURE = 'test/fixtures/rules/gdc--date-filter--parameter-default-arm.json';

function factory(change: (files: Record<string, string>) => void = () => {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of readdirSync(FIXTURE)) {
    for (const file of readdirSync(path.join(FIXTURE, kind))) files[`${kind}/${file}`] = readFileSync(path.join(FIXTURE, kind, file), 'utf8');
  }
  change(files);
  return files;
}

/** Replaces text that must be there. */
function edit(files: Record<string, string>, file: string, from: string | RegExp, to: string): void {
  expect(files[file]).toMatch(from);
  files[file] = files[file]!.replace(from, to);
}

/** The copy passes nothing; the parameter's default names the table. */
const useDefault = (files: Record<string, string>, table = 'BasicDataSet_v0.Message_v1') => {
  edit(files, PIPELINE, /,\s*"parameters": \{\s*"table": "[^"]*"\s*\}/, '');
  edit(files, DATASET, '"type": "String"', `"type": "String", "defaultValue": ${JSON.stringify(table)}`);
};

const DATE_FILTER = '"type": "Office365Source", "dateFilterColumn": "ReceivedDateTime", "startTime": "2026-01-01T00:00:00Z", "endTime": "2026-02-01T00:00:00Z"';
const withDateFilter = (files: Record<string, string>) => edit(files, PIPELINE, '"type": "Office365Source"', DATE_FILTER);

const MISSING = 'without dateFilterColumn, startTime and endTime; Graph Data Connect requires a date range for this dataset. Add them to the copy source.';
const messages = (files: Record<string, string>) => [...check(dateFilterRule, memoryUnit(files)), ...check(knownTableRule, memoryUnit(files))].map((f) => f.message);

describe('gdc/date-filter: a table given through a dataset parameter', () => {
  test('passed by the copy: reported at the copy source, naming the parameter', () => {
    const files = factory();
    const findings = check(dateFilterRule, memoryUnit(files));
    expect(findings.map((f) => [f.file, f.message])).toEqual([['app/pipeline/CopyMessages.json', `Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 (passed as dataset parameter 'table') ${MISSING}`]]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(files[PIPELINE]!, '"source"'));
  });

  test("left to the parameter's default", () => {
    expect(messages(factory(useDefault))).toEqual([`Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 (the default of dataset parameter 'table') ${MISSING}`]);
  });

  test('tableName written as a plain @ string, and names in another case, are read alike', () => {
    const files = factory((f) => {
      edit(f, DATASET, /"tableName": \{[^}]*\}/, '"tableName": "@dataset().Table"');
      edit(f, DATASET, '"table": {', '"TABLE": {');
    });
    expect(messages(files)).toEqual([`Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 (passed as dataset parameter 'Table') ${MISSING}`]);
  });

  test('a column the table does not have is reported at the column, naming the parameter', () => {
    const files = factory((f) => edit(f, PIPELINE, '"type": "Office365Source"', DATE_FILTER.replace('ReceivedDateTime', 'StartDateTime')));
    const findings = check(dateFilterRule, memoryUnit(files));
    expect(findings.map((f) => f.message)).toEqual([
      "Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 (passed as dataset parameter 'table'), which cannot be filtered on 'StartDateTime'; use one of CreatedDateTime, LastModifiedDateTime, ReceivedDateTime, SentDateTime.",
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(files[PIPELINE]!, '"dateFilterColumn"'));
  });

  test('a Message_v1 copy with a proper date filter passes, whether the table is passed or defaulted', () => {
    expect(messages(factory(withDateFilter))).toEqual([]);
    expect(
      messages(
        factory((f) => {
          useDefault(f);
          withDateFilter(f);
        }),
      ),
    ).toEqual([]);
  });

  test('a table computed when the pipeline runs is not judged, even with a default behind it', () => {
    for (const passed of ['"table": "@pipeline().parameters.table"', '"table": { "value": "@item().table", "type": "Expression" }', '"table": "@{pipeline().parameters.family}.Message_v1"']) {
      const files = factory((f) => {
        edit(f, PIPELINE, PASSED, passed);
        edit(f, DATASET, '"type": "String"', '"type": "String", "defaultValue": "BasicDataSet_v0.Message_v1"');
      });
      expect(messages(files)).toEqual([]);
    }
  });

  test('a tableName that does more than read a parameter is not judged', () => {
    const files = factory((f) => edit(f, DATASET, '"@dataset().table"', '"@concat(\'BasicDataSet_v0.\', dataset().table)"'));
    expect(messages(files)).toEqual([]);
  });
});

describe('gdc/date-filter: in an ARM template', () => {
  const template = readFileSync(ARM_FIXTURE, 'utf8');
  const reference = '"referenceName": "Office365AnyTable",\n                "type": "DatasetReference"';
  const passing = (value: string) => template.replace(reference, `${reference},\n                "parameters": { "table": ${JSON.stringify(value)} }`);
  const run = (text: string) => [...check(dateFilterRule, memoryUnit({ 'mainTemplate.json': text })), ...check(knownTableRule, memoryUnit({ 'mainTemplate.json': text }))];

  test("the parameter's default is read, and the finding lands at the copy source", () => {
    const findings = run(template);
    expect(findings.map((f) => f.message)).toEqual([`Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 (the default of dataset parameter 'table') ${MISSING}`]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(template, '"source"'));
  });

  test('a passed value the template resolves is read; one known only at deployment is not judged', () => {
    expect(template).toContain(reference);
    const withVariable = passing("[variables('messagesTable')]").replace('"resources": [', '"variables": { "messagesTable": "BasicDataSet_v0.SentItem_v1" },\n  "resources": [');
    expect(run(withVariable).map((f) => f.message)).toEqual([`Copy activity 'CopyMessages' reads BasicDataSet_v0.SentItem_v1 (passed as dataset parameter 'table') ${MISSING}`]);
    const fromDeployment = passing("[parameters('factoryName')]");
    expect(run(fromDeployment)).toEqual([]);
  });
});

describe('gdc/known-table: a table given through a dataset parameter', () => {
  test('an unknown table passed by the copy is reported at the argument', () => {
    const files = factory((f) => edit(f, PIPELINE, PASSED, '"table": "BasicDataSet_v0.Mesage_v1"'));
    const findings = check(knownTableRule, memoryUnit(files));
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      [
        'app/pipeline/CopyMessages.json',
        "Activity 'CopyMessages' of pipeline 'CopyMessages' reads table 'BasicDataSet_v0.Mesage_v1' (passed as dataset parameter 'table'), which is not a Graph Data Connect dataset mapp knows. The closest known dataset is 'BasicDataSet_v0.Message_v1'.",
      ],
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(files[PIPELINE]!, '"table": "BasicDataSet_v0.Mesage_v1"'));
  });

  test("an unknown default is reported once at the dataset's defaultValue, however many copies use it", () => {
    const files = factory((f) => useDefault(f, 'Message_v1'));
    const pipeline = JSON.parse(files[PIPELINE]!) as { properties: { activities: Record<string, unknown>[] } };
    pipeline.properties.activities.push({ ...pipeline.properties.activities[0]!, name: 'CopyMessagesAgain' });
    files[PIPELINE] = JSON.stringify(pipeline, null, 2);
    const findings = check(knownTableRule, memoryUnit(files));
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      [
        'app/dataset/Office365AnyTable.json',
        "Dataset 'Office365AnyTable' reads table 'Message_v1' (the default of dataset parameter 'table'), which is not a Graph Data Connect dataset mapp knows. The closest known dataset is 'BasicDataSet_v0.Message_v1'.",
      ],
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(files[DATASET]!, '"defaultValue"'));
  });
});
