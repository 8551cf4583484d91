import { arrayLength, scriptSources, stringLiteral } from '../../shared/validate/datafactory/dataflow-script.js';
import { allowedGroupsRule } from '../../shared/validate/rules/gdc/allowed-groups.js';
import { dateFilterRule } from '../../shared/validate/rules/gdc/date-filter.js';
import { knownTableRule } from '../../shared/validate/rules/gdc/known-table.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

/** The script of a data flow reading Microsoft 365, with the given source options after the store. */
const sourceLines = (...options: string[]) => [
  'source(output(',
  '          id as string,',
  '          {received date} as timestamp,',
  "          subject as string",
  '     ),',
  '     allowSchemaDrift: true,',
  "     store: 'microsoft365',",
  "     format: 'json',",
  ...options.map((o, i) => `     ${o}${i < options.length - 1 ? ',' : ''}`),
  ' ) ~> Mail',
  "Mail sink(allowSchemaDrift: true, format: 'json', fileSystem: 'raw') ~> Lake",
];
const dataflow = (lines: string[], asOneString = false) =>
  JSON.stringify(
    {
      name: 'ShapeMail',
      properties: {
        type: 'MappingDataFlow',
        typeProperties: {
          sources: [{ linkedService: { referenceName: 'Graph', type: 'LinkedServiceReference' }, name: 'Mail' }],
          sinks: [{ linkedService: { referenceName: 'Lake', type: 'LinkedServiceReference' }, name: 'Lake' }],
          ...(asOneString ? { script: lines.join('\n') } : { scriptLines: lines }),
        },
      },
    },
    null,
    2,
  );
const unit = (text: string) => memoryUnit({ 'dataflow/ShapeMail.json': text });
const MESSAGES = "sourceTableName: 'BasicDataSet_v0.Message_v1'";
const RANGE = ["sourceDateFilterColumn: 'ReceivedDateTime'", "sourceStartTime: (toTimestamp(1767225600000L))", 'sourceEndTime: $windowEnd'];

describe('data flow scripts: sources and their options', () => {
  test('options at the top level of source(...), with nested brackets, strings and {column names} skipped', () => {
    const script = "source(output(a as string, {b, (c)} as integer), store: 'microsoft365', sourceTableName: 'x,(y)', sourceAllowedGroups: ['g1', 'g2'], t: (f(1, 2))) ~> In\nIn select(mapColumn(a)) ~> Out";
    const [source] = scriptSources(script);
    expect(source!.name).toBe('In');
    expect(source!.options.map((o) => [o.key, o.value])).toEqual([
      ['store', "'microsoft365'"],
      ['sourceTableName', "'x,(y)'"],
      ['sourceAllowedGroups', "['g1', 'g2']"],
      ['t', '(f(1, 2))'],
    ]);
    expect(script.slice(source!.options[1]!.keyStart, source!.options[1]!.keyStart + 15)).toBe('sourceTableName');
    expect(script.slice(source!.options[1]!.valueStart, source!.options[1]!.valueStart + 3)).toBe("'x,");
  });

  test("a parameters{...} block is skipped whole, braces in its defaults included", () => {
    const script = "parameters{\n     options as string ('{}'),\n     folder as string (\"{$x}\")\n}\nsource(output(id as string),\n     store: 'microsoft365',\n     sourceTableName: 'BasicDataSet_v0.Message_v1') ~> Mail";
    expect(scriptSources(script).map((s) => [s.name, s.options.map((o) => o.key)])).toEqual([['Mail', ['store', 'sourceTableName']]]);
  });

  test('only the source transformation is read, not a stream or a string named so', () => {
    expect(scriptSources("source1 filter(true()) ~> s2\nmysource(a: 1) ~> s3\nx derive(c: 'source(a: 1)') ~> s4")).toEqual([]);
    expect(scriptSources('source(a: 1, b: (2')).toEqual([]);
    expect(scriptSources('source (a: 1)').map((s) => [s.name, s.options.length])).toEqual([[undefined, 1]]);
  });

  test('string literals and array lengths, and nothing for other values', () => {
    expect(stringLiteral("'BasicDataSet_v0.Message_v1'")).toBe('BasicDataSet_v0.Message_v1');
    expect(stringLiteral("'it\\'s'")).toBe("it's");
    expect(stringLiteral('$table')).toBeUndefined();
    expect(arrayLength("['a', 'b', 'c']")).toBe(3);
    expect(arrayLength('[]')).toBe(0);
    expect(arrayLength('$groups')).toBeUndefined();
  });
});

describe('Graph Data Connect rules on a data flow source reading Microsoft 365', () => {
  test('a Message source with its date range and a known column passes', () => {
    const text = dataflow(sourceLines(MESSAGES, ...RANGE, "sourceAllowedGroups: ['ecd941cc-0ea7-47f6-badb-21b1e14ea6d3']"));
    for (const rule of [dateFilterRule, knownTableRule, allowedGroupsRule]) expect(check(rule, unit(text))).toEqual([]);
  });

  test('a Message source without its date range is an error at sourceTableName, in scriptLines or in one script string', () => {
    const lines = sourceLines(MESSAGES, RANGE[1]!);
    const text = dataflow(lines);
    expect(check(dateFilterRule, unit(text))).toEqual([
      expect.objectContaining({
        ruleId: 'gdc/date-filter',
        severity: 'error',
        ...at(text, 'sourceTableName'),
        message:
          "Data flow 'ShapeMail': source 'Mail' reads BasicDataSet_v0.Message_v1 without sourceDateFilterColumn and sourceEndTime; Graph Data Connect requires a date range for this dataset. Add them to the source options.",
      }),
    ]);
    const single = dataflow(lines, true);
    expect(check(dateFilterRule, unit(single))).toEqual([expect.objectContaining(at(single, 'sourceTableName'))]);
  });

  test('a filter column the dataset does not take is an error at its value', () => {
    const text = dataflow(sourceLines(MESSAGES, "sourceDateFilterColumn: 'DueDateTime'", ...RANGE.slice(1)));
    expect(check(dateFilterRule, unit(text))).toEqual([
      expect.objectContaining({
        ...at(text, "'DueDateTime'"),
        message: "Data flow 'ShapeMail': source 'Mail' reads BasicDataSet_v0.Message_v1, which cannot be filtered on 'DueDateTime'; use one of CreatedDateTime, LastModifiedDateTime, ReceivedDateTime, SentDateTime.",
      }),
    ]);
  });

  test('an unknown table is a warning with the closest known one', () => {
    const text = dataflow(sourceLines("sourceTableName: 'BasicDataSet_v0.Mesage_v1'", ...RANGE));
    expect(check(knownTableRule, unit(text))).toEqual([
      expect.objectContaining({
        ruleId: 'gdc/known-table',
        severity: 'warning',
        ...at(text, "'BasicDataSet_v0.Mesage_v1'"),
        message: "Data flow 'ShapeMail': source 'Mail' reads table 'BasicDataSet_v0.Mesage_v1', which is not a Graph Data Connect dataset mapp knows. The closest known dataset is 'BasicDataSet_v0.Message_v1'.",
      }),
    ]);
  });

  test('more than 10 allowed groups is an error', () => {
    const groups = `sourceAllowedGroups: [${Array.from({ length: 11 }, (_, i) => `'00000000-0000-0000-0000-0000000000${String(i).padStart(2, '0')}'`).join(', ')}]`;
    const text = dataflow(sourceLines(MESSAGES, ...RANGE, groups));
    expect(check(allowedGroupsRule, unit(text)).map((f) => f.message)).toEqual([
      "Data flow 'ShapeMail': source 'Mail' lists 11 allowed groups; Graph Data Connect accepts at most 10. Use fewer groups or a user scope filter.",
    ]);
  });

  test('a group written by name rather than object ID is an error at that entry', () => {
    const groups = "sourceAllowedGroups: ['3b2f8c1e-5d4a-4c6b-9e7f-0a1b2c3d4e5f', 'Sales Team', $extraGroup]";
    const text = dataflow(sourceLines(MESSAGES, ...RANGE, groups));
    const findings = check(allowedGroupsRule, unit(text));
    expect(findings.map((f) => f.message)).toEqual([
      "Data flow 'ShapeMail': source 'Mail': sourceAllowedGroups entry 'Sales Team' is not a group object ID; Graph Data Connect selects groups by their object ID (a GUID such as 2234df73-a3ba-4538-9d3a-79ae0eb25e86), not by name or address.",
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(text, "'Sales Team'"));
  });

  test('other stores, parameterised tables and tables without a date filter are left alone', () => {
    const lake = dataflow(sourceLines(MESSAGES).map((l) => l.replace("'microsoft365'", "'adls'")));
    const parameterised = dataflow(sourceLines('sourceTableName: $table'));
    const users = dataflow(sourceLines("sourceTableName: 'BasicDataSet_v0.User_v1'"));
    for (const text of [lake, parameterised, users]) for (const rule of [dateFilterRule, knownTableRule, allowedGroupsRule]) expect(check(rule, unit(text))).toEqual([]);
  });
});
