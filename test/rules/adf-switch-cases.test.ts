import { readFileSync } from 'node:fs';
import { switchCasesRule } from '../../shared/validate/rules/adf/switch-cases.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const FIXTURE = readFileSync('test/fixtures/rules/adf--switch-cases/pipeline/RouteExport.json', 'utf8');

/** A pipeline whose Switch has these case values (each case sets the variable). */
function pipeline(values: unknown[], extra: Record<string, unknown> = {}): string {
  const cases = values.map((value, i) => ({
    value,
    activities: [{ name: `Case${i}`, type: 'SetVariable', dependsOn: [], typeProperties: { variableName: 'destination', value: `v${i}` } }],
  }));
  return JSON.stringify(
    {
      name: 'Route',
      properties: {
        variables: { destination: { type: 'String' } },
        activities: [{ name: 'RouteByTarget', type: 'Switch', dependsOn: [], ...extra, typeProperties: { on: { value: "@string('x')", type: 'Expression' }, cases } }],
      },
    },
    null,
    2,
  );
}
const findings = (text: string) => check(switchCasesRule, memoryUnit({ 'pipeline/Route.json': text }));

describe('adf/switch-cases', () => {
  test("the fixture's repeated value is reported at the later case's value", () => {
    const found = check(switchCasesRule, memoryUnit({ 'pipeline/RouteExport.json': FIXTURE }));
    expect(found.map((f) => f.message)).toEqual([`Switch 'RouteByTarget': cases 1 and 3 both have the value "lake"; give each case a value of its own.`]);
    expect({ line: found[0]!.line, column: found[0]!.column }).toEqual(at(FIXTURE, '"value": "lake"', '"archive"'));
  });

  test('25 distinct cases pass; a 26th is reported at itself', () => {
    const values = Array.from({ length: 26 }, (_, i) => `target${i}`);
    expect(findings(pipeline(values.slice(0, 25)))).toEqual([]);
    const text = pipeline(values);
    const found = findings(text);
    expect(found.map((f) => f.message)).toEqual([
      "Switch 'RouteByTarget' has 26 cases; Data Factory takes at most 25. Move the rest to a child pipeline that the default case runs with Execute Pipeline.",
    ]);
    expect(found[0]!.line).toBe(at(text, '"target25"').line - 1);
  });

  test('values differing in case are distinct; each further repeat is reported against the first', () => {
    expect(findings(pipeline(['Lake', 'lake']))).toEqual([]);
    expect(findings(pipeline(['a', 'b', 'a', 'a'])).map((f) => f.message)).toEqual([
      `Switch 'RouteByTarget': cases 1 and 3 both have the value "a"; give each case a value of its own.`,
      `Switch 'RouteByTarget': cases 1 and 4 both have the value "a"; give each case a value of its own.`,
    ]);
  });

  test('case entries that are not objects, and values that are not strings, are left alone', () => {
    const odd = pipeline(['a']).replace('"cases": [', '"cases": [null, "a", 3, { "value": 1 }, { "value": 1 },');
    expect(findings(odd)).toEqual([]);
  });

  test('in an ARM template, template expressions are left to the deployment and [[ escapes are compared as deployed', () => {
    const cases = ["[parameters('first')]", "[parameters('first')]", '[[raw]', '[[raw]'].map((value, i) => ({ value, activities: [{ name: `Case${i}`, type: 'Wait', typeProperties: { waitTimeInSeconds: 1 } }] }));
    const template = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.DataFactory/factories/pipelines',
          apiVersion: '2018-06-01',
          name: "[concat('factory', '/Route')]",
          properties: { activities: [{ name: 'RouteByTarget', type: 'Switch', typeProperties: { on: { value: "@string('x')", type: 'Expression' }, cases } }] },
        },
      ],
    });
    expect(check(switchCasesRule, memoryUnit({ 'mainTemplate.json': template })).map((f) => f.message)).toEqual([
      `Switch 'RouteByTarget': cases 3 and 4 both have the value "[raw]"; give each case a value of its own.`,
    ]);
  });

  test('a deactivated Switch, and cases that are not a list, are left alone', () => {
    expect(findings(pipeline(['a', 'a'], { state: 'Inactive', onInactiveMarkAs: 'Succeeded' }))).toEqual([]);
    const notAList = pipeline([]).replace('"cases": []', '"cases": "@pipeline().parameters.cases"');
    expect(findings(notAList)).toEqual([]);
  });
});
