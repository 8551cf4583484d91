import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dateTimeTicks } from '../../shared/validate/datafactory/literal-values.js';
import { dateFilterRule } from '../../shared/validate/rules/gdc/date-filter.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const FIXTURE = 'test/fixtures/rules/gdc--date-filter--range';

/** The fixture's files, with the copy source's time settings replaced by the given JSON text. */
function factory(times: string, change: (files: Record<string, string>) => void = () => {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of readdirSync(FIXTURE)) {
    for (const file of readdirSync(path.join(FIXTURE, kind))) files[`${kind}/${file}`] = readFileSync(path.join(FIXTURE, kind, file), 'utf8');
  }
  const pipeline = files['pipeline/CopyMessages.json']!;
  const written = /"startTime": "[^"]*",\s*"endTime": "[^"]*"/;
  expect(pipeline).toMatch(written);
  files['pipeline/CopyMessages.json'] = pipeline.replace(written, times);
  change(files);
  return files;
}

/** Ticks (100 ns) since 1970 of a UTC time, plus extra ticks. */
const ticks = (ms: number, extra = 0n) => BigInt(ms) * 10_000n + extra;

describe('literal date-times', () => {
  test('dates, times, fractions to the seventh decimal and zones are read as instants', () => {
    expect(dateTimeTicks('2026-01-02')).toBe(ticks(Date.UTC(2026, 0, 2)));
    expect(dateTimeTicks('2026-01-02T03:04:05Z')).toBe(ticks(Date.UTC(2026, 0, 2, 3, 4, 5)));
    expect(dateTimeTicks('2026-01-02T03:04:05.25Z')).toBe(ticks(Date.UTC(2026, 0, 2, 3, 4, 5, 250)));
    expect(dateTimeTicks('2026-01-02T03:04:05.0000001Z')).toBe(ticks(Date.UTC(2026, 0, 2, 3, 4, 5), 1n));
    expect(dateTimeTicks('2026-01-02 03:04')).toBe(ticks(Date.UTC(2026, 0, 2, 3, 4)));
    expect(dateTimeTicks(' 2026-01-02T03:04:05Z ')).toBe(ticks(Date.UTC(2026, 0, 2, 3, 4, 5)));
    expect(dateTimeTicks('2026-01-02T03:00:00+02:00')).toBe(ticks(Date.UTC(2026, 0, 2, 1)));
    expect(dateTimeTicks('2026-01-02T03:00:00-0130')).toBe(ticks(Date.UTC(2026, 0, 2, 4, 30)));
    expect(dateTimeTicks('2024-02-29T00:00:00Z')).toBe(ticks(Date.UTC(2024, 1, 29)));
  });

  test('anything else, an impossible date or zone included, is not read', () => {
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01T00:00:00Z', '2026-01-01T24:30:00Z', '2026-01-01T00:00:00+99:99', '2026-01-01T00:00:00 +05:00', '2026-01-01Z', '01/02/2026', 'yesterday', '@utcNow()', '']) {
      expect(dateTimeTicks(text)).toBeUndefined();
    }
    expect(dateTimeTicks(20260101)).toBeUndefined();
  });
});

describe('gdc/date-filter: the range of literal times', () => {
  test('an end before the start is an error at endTime that gives both times', () => {
    const files = factory('"startTime": "2026-03-01T00:00:00Z", "endTime": "2026-02-01T00:00:00Z"');
    const findings = check(dateFilterRule, memoryUnit(files));
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      [
        'app/pipeline/CopyMessages.json',
        "Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 in a time range that ends (2026-02-01T00:00:00Z) before it starts (2026-03-01T00:00:00Z); Graph Data Connect extracts what falls between startTime and endTime. Make endTime later than startTime.",
      ],
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(files['pipeline/CopyMessages.json']!, '"endTime"'));
  });

  test('an empty range is an error too; zones are taken into account', () => {
    expect(check(dateFilterRule, memoryUnit(factory('"startTime": "2026-02-01T00:00:00Z", "endTime": "2026-02-01T00:00:00Z"'))).map((f) => f.message)).toEqual([
      "Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 in a time range that starts and ends at the same time (2026-02-01T00:00:00Z, 2026-02-01T00:00:00Z); Graph Data Connect extracts what falls between startTime and endTime. Make endTime later than startTime.",
    ]);
    // 01:00 in Paris is midnight UTC: the same instant.
    expect(check(dateFilterRule, memoryUnit(factory('"startTime": "2026-02-01T00:00:00Z", "endTime": "2026-02-01T01:00:00+01:00"')))).toHaveLength(1);
    expect(check(dateFilterRule, memoryUnit(factory('"startTime": "2026-02-01T00:00:00Z", "endTime": "2026-02-01T01:00:00-01:00"')))).toEqual([]);
  });

  test('a range in order passes, and so do times computed at run time or written in other forms', () => {
    for (const times of [
      '"startTime": "2026-01-01", "endTime": "2026-01-02"',
      '"startTime": "@pipeline().parameters.windowEnd", "endTime": "2026-01-01T00:00:00Z"',
      '"startTime": "2026-03-01T00:00:00Z", "endTime": { "value": "@pipeline().parameters.windowEnd", "type": "Expression" }',
      '"startTime": "03/01/2026", "endTime": "2026-02-01T00:00:00Z"',
    ]) {
      expect(check(dateFilterRule, memoryUnit(factory(times)))).toEqual([]);
    }
  });

  test('times set on the Office365Table dataset are judged as well, and reported there', () => {
    const files = factory('"ignored": true', (f) => {
      f['dataset/Office365Messages.json'] = f['dataset/Office365Messages.json']!.replace(
        /"tableName": "[^"]*"/,
        '"tableName": "BasicDataSet_v0.Message_v1", "dateFilterColumn": "ReceivedDateTime", "startTime": "2026-03-01", "endTime": "2026-01-01"',
      );
      f['pipeline/CopyMessages.json'] = f['pipeline/CopyMessages.json']!.replace('"dateFilterColumn": "ReceivedDateTime",', '');
    });
    const found = check(dateFilterRule, memoryUnit(files));
    expect(found.map((f) => [f.file, f.message])).toEqual([
      [
        'app/dataset/Office365Messages.json',
        "Dataset 'Office365Messages' reads BasicDataSet_v0.Message_v1 in a time range that ends (2026-01-01) before it starts (2026-03-01); Graph Data Connect extracts what falls between startTime and endTime. Make endTime later than startTime.",
      ],
    ]);
    expect({ line: found[0]!.line, column: found[0]!.column }).toEqual(at(files['dataset/Office365Messages.json']!, '"endTime"'));
  });

  test('a range split between the copy source and its dataset is left alone', () => {
    const files = factory('"startTime": "2026-03-01T00:00:00Z"', (f) => {
      f['dataset/Office365Messages.json'] = f['dataset/Office365Messages.json']!.replace(/"tableName": "[^"]*"/, '"tableName": "BasicDataSet_v0.Message_v1", "startTime": "2026-01-01", "endTime": "2026-01-10"');
    });
    expect(check(dateFilterRule, memoryUnit(files))).toEqual([]);
  });

  test('CalendarView, which takes the times without a filter column, is judged alike', () => {
    const files = factory('"startTime": "2026-03-01T00:00:00Z", "endTime": "2026-02-01T00:00:00Z"', (f) => {
      f['dataset/Office365Messages.json'] = f['dataset/Office365Messages.json']!.replace(/"tableName": "[^"]*"/, '"tableName": "BasicDataSet_v0.CalendarView_v0"');
      f['pipeline/CopyMessages.json'] = f['pipeline/CopyMessages.json']!.replace('"dateFilterColumn": "ReceivedDateTime",', '');
    });
    expect(check(dateFilterRule, memoryUnit(files)).map((f) => f.message)).toEqual([
      "Copy activity 'CopyMessages' reads BasicDataSet_v0.CalendarView_v0 in a time range that ends (2026-02-01T00:00:00Z) before it starts (2026-03-01T00:00:00Z); Graph Data Connect extracts what falls between startTime and endTime. Make endTime later than startTime.",
    ]);
  });

  test("a data flow's Microsoft 365 source with literal times out of order is reported at sourceEndTime", () => {
    const lines = [
      'source(output(id as string),',
      "     store: 'microsoft365',",
      "     sourceTableName: 'BasicDataSet_v0.Message_v1',",
      "     sourceDateFilterColumn: 'ReceivedDateTime',",
      "     sourceStartTime: '2026-03-01T00:00:00Z',",
      "     sourceEndTime: '2026-02-01T00:00:00Z') ~> Mail",
    ];
    const text = JSON.stringify({ name: 'ShapeMail', properties: { type: 'MappingDataFlow', typeProperties: { scriptLines: lines } } }, null, 2);
    const findings = check(dateFilterRule, memoryUnit({ 'dataflow/ShapeMail.json': text }));
    expect(findings.map((f) => f.message)).toEqual([
      "Data flow 'ShapeMail': source 'Mail' reads BasicDataSet_v0.Message_v1 in a time range that ends ('2026-02-01T00:00:00Z') before it starts ('2026-03-01T00:00:00Z'); Graph Data Connect extracts what falls between sourceStartTime and sourceEndTime. Make sourceEndTime later than sourceStartTime.",
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(text, "'2026-02-01T00:00:00Z'"));
    const inOrder = text.replace("sourceEndTime: '2026-02-01T00:00:00Z'", "sourceEndTime: '2026-04-01T00:00:00Z'");
    expect(check(dateFilterRule, memoryUnit({ 'dataflow/ShapeMail.json': inOrder }))).toEqual([]);
  });

  test('the designer\'s toTimestamp(milliseconds L) form, and toTimestamp of a quoted time, are read too', () => {
    const flow = (start: string, end: string) =>
      JSON.stringify({
        name: 'ShapeMail',
        properties: {
          type: 'MappingDataFlow',
          typeProperties: {
            scriptLines: [
              'source(output(id as string),',
              "     store: 'microsoft365',",
              "     sourceTableName: 'BasicDataSet_v0.Message_v1',",
              "     sourceDateFilterColumn: 'ReceivedDateTime',",
              `     sourceStartTime: ${start},`,
              `     sourceEndTime: ${end}) ~> Mail`,
            ],
          },
        },
      });
    const messages = (start: string, end: string) => check(dateFilterRule, memoryUnit({ 'dataflow/ShapeMail.json': flow(start, end) })).map((f) => f.message);
    // 2023-01-01 and 2023-07-28, as Microsoft's sales-analytics sample writes them, in order and swapped.
    expect(messages('(toTimestamp(1672531200000L))', '(toTimestamp(1690502400000L))')).toEqual([]);
    expect(messages('(toTimestamp(1690502400000L))', '(toTimestamp(1672531200000L))')).toEqual([
      "Data flow 'ShapeMail': source 'Mail' reads BasicDataSet_v0.Message_v1 in a time range that ends ((toTimestamp(1672531200000L))) before it starts ((toTimestamp(1690502400000L))); Graph Data Connect extracts what falls between sourceStartTime and sourceEndTime. Make sourceEndTime later than sourceStartTime.",
    ]);
    expect(messages("toTimestamp('2023-07-28 00:00:00')", '(toTimestamp(1672531200000L))')).toHaveLength(1);
    // Parameters and other expressions are computed when the flow runs.
    expect(messages('$windowStart', '(toTimestamp(1672531200000L))')).toEqual([]);
    expect(messages("toTimestamp('28/07/2023', 'dd/MM/yyyy')", '(toTimestamp(1672531200000L))')).toEqual([]);
  });
});

test("gdc/date-filter: a copy whose dataset filters by a predicate, as the 2018 preview samples did, is told where the range goes now", () => {
  const files = factory('"ignored": true', (f) => {
    f['dataset/Office365Messages.json'] = f['dataset/Office365Messages.json']!.replace(
      /"tableName": "[^"]*"/,
      '"tableName": "BasicDataSet_v0.Message_v1", "predicate": "ReceivedDateTime >= 2016-10-18T08:50:27Z AND ReceivedDateTime <= 2018-11-18T10:00:00Z"',
    );
    f['pipeline/CopyMessages.json'] = f['pipeline/CopyMessages.json']!.replace('"dateFilterColumn": "ReceivedDateTime",', '');
  });
  expect(check(dateFilterRule, memoryUnit(files)).map((f) => f.message)).toEqual([
    "Copy activity 'CopyMessages' reads BasicDataSet_v0.Message_v1 without dateFilterColumn, startTime and endTime; Graph Data Connect requires a date range for this dataset. Add them to the copy source. The dataset has a predicate, the filter of the preview samples; Graph Data Connect documents the date range only through these settings.",
  ]);
});
