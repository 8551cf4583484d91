import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { JsonDocument } from '../shared/validate/json-document.js';
import { LazyJsonNode } from '../shared/validate/lazy-json-tree.js';
import { loadUnit } from '../shared/validate/load-unit.js';
import { loadZip } from '../shared/validate/load-zip.js';
import { allRules } from '../shared/validate/rules/index.js';
import { RULE_CRASHED_ID, runRules } from '../shared/validate/run-rules.js';
import type { ValidationUnit } from '../shared/validate/unit.js';
import { mutate, mutationOf } from './helpers/json-mutations.js';
import { memoryUnit } from './helpers/memory-unit.js';

/*
 * Files of a Data Factory Git integration are read lazily (JSON.parse, nodes made as rules reach
 * them); every other file, and any text the lazy reading refuses, through the exact parsers.
 * The findings must not depend on which: each unit here is checked both ways with every rule.
 */

/** The same unit with every document read by the exact parsers. */
function readExactly(unit: ValidationUnit): ValidationUnit {
  return { ...unit, otherJson: unit.otherJson.map((json) => ({ ...json, document: new JsonDocument(json.document.file, json.document.text) })) };
}

function lazilyRead(unit: ValidationUnit): number {
  return unit.otherJson.filter((json) => json.document.root instanceof LazyJsonNode).length;
}

function expectSameFindings(unit: ValidationUnit): void {
  const exact = readExactly(unit);
  expect(lazilyRead(exact)).toBe(0);
  expect(runRules(unit, allRules)).toEqual(runRules(exact, allRules));
}

const load = (folder: string) => loadUnit(process.cwd(), folder, loadZip);

describe('lazily read Data Factory files give the findings the exact parsers give', () => {
  const fixtures = readdirSync('test/fixtures/rules').filter((f) => !/\.(zip|json)$/.test(f) && (f.startsWith('adf--') || f.startsWith('gdc--')));

  test.each(fixtures)('rule fixture %s', (fixture) => {
    const unit = load(path.join('test/fixtures/rules', fixture));
    expectSameFindings(unit);
  });

  test('the committed factory fixture and the example app', () => {
    for (const folder of ['test/fixtures/adf-factory', 'examples/graph-data-connect-app']) {
      const unit = load(folder);
      expectSameFindings(unit);
    }
    // Not vacuous: the factory fixture is read lazily.
    expect(lazilyRead(load('test/fixtures/adf-factory'))).toBeGreaterThan(5);
  });

  test('a factory with a finding of every kind the activity rules make, at many places', () => {
    const activities = [
      { name: 'Loop', type: 'ForEach', typeProperties: { items: '@pipeline().parameters.missing', batchCount: 70, activities: [{ name: 'Inner', type: 'SetVariable', typeProperties: { variableName: 'nope', value: "@activity('Later').output" } }] } },
      { name: 'Later', type: 'Wait', dependsOn: [{ activity: 'Loop', dependencyConditions: ['succeeded', 7] }, { activity: 'Ghost', dependencyConditions: [] }, { activity: 5 }] },
      { name: 'Cycle1', type: 'Wait', dependsOn: [{ activity: 'Cycle2', dependencyConditions: ['Succeeded'] }] },
      { name: 'Cycle2', type: 'Wait', dependsOn: [{ activity: 'Cycle1', dependencyConditions: ['Succeeded'] }], typeProperties: { waitTimeInSeconds: "@item()" } },
      { name: 'cycle1', type: 'Validation', dependsOn: 'not a list', typeProperties: { x: '@unknownFunction(1)', y: '@concat(' } },
      { name: 'Copy', type: 'Copy', inputs: [{ referenceName: 'Mail', type: 'DatasetReference' }], outputs: [{ referenceName: 'Missing', type: 'DatasetReference' }], typeProperties: { source: { type: 'Office365Source' }, sink: { type: 'JsonSink' } } },
    ];
    const files: Record<string, string> = {
      'pipeline/P.json': JSON.stringify({ name: 'P', properties: { parameters: { p: { type: 'String' } }, variables: { v: { type: 'String', defaultValue: 1 } }, activities } }, null, 4),
      'pipeline/Q.json': JSON.stringify({ name: 'Wrong', properties: { activities: [{ type: 'Wait' }] } }, null, '\t').replace(/\n/g, '\r\n'),
      'dataset/Mail.json': JSON.stringify({ name: 'Mail', properties: { type: 'Office365Table', linkedServiceName: { referenceName: 'O365', type: 'LinkedServiceReference' }, typeProperties: { tableName: 'BasicDataSet_v0.Message_v1' } } }),
      'linkedService/O365.json': JSON.stringify({ name: 'O365', properties: { type: 'Office365', typeProperties: { office365TenantId: 't', servicePrincipalId: 'id', servicePrincipalKey: { type: 'SecureString', value: 'hunter2' } } } }),
      'trigger/T.json': JSON.stringify({ name: 'T', properties: { type: 'ScheduleTrigger', pipelines: [{ pipelineReference: { referenceName: 'P', type: 'PipelineReference' } }, { pipelineReference: { referenceName: 'Nope', type: 'PipelineReference' } }] } }),
    };
    const unit = memoryUnit(files);
    expect(lazilyRead(unit)).toBe(Object.keys(files).length);
    const findings = runRules(unit, allRules);
    // Not vacuous: many rules speak, at many places.
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(12);
    expectSameFindings(unit);
  });
});

describe('lazily read Data Factory files give the exact parsers\' findings however they are damaged', () => {
  const FACTORY = 'test/fixtures/adf-factory';
  const base: Record<string, string> = {};
  for (const kind of readdirSync(FACTORY, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of readdirSync(path.join(FACTORY, kind.name))) base[`${kind.name}/${file}`] = readFileSync(path.join(FACTORY, kind.name, file), 'utf8');
  }
  const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

  test('the same findings both ways, and no rule crashes', () => {
    let lazily = 0;
    fc.assert(
      fc.property(fc.array(mutationOf(Object.keys(base)), { minLength: 1, maxLength: 4 }), (mutations) => {
        const unit = memoryUnit(mutate(base, mutations));
        lazily += lazilyRead(unit);
        const findings = runRules(unit, allRules);
        expect(findings.filter((f) => f.ruleId === RULE_CRASHED_ID)).toEqual([]);
        expect(findings).toEqual(runRules(readExactly(unit), allRules));
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_261_128), endOnFailure: true },
    );
    // Not vacuous: most damaged factories still have files the lazy reading takes.
    expect(lazily).toBeGreaterThan(RUNS * 5);
  });
});
