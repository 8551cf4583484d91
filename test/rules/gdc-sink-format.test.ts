import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sinkFormatRule } from '../../shared/validate/rules/gdc/sink-format.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const FIXTURE = 'test/fixtures/rules/gdc--sink-format';

/** The fixture's files (its sink dataset is DelimitedText), with the sink dataset's type replaced. */
function factory(sinkType: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of readdirSync(FIXTURE)) {
    for (const file of readdirSync(path.join(FIXTURE, kind))) files[`${kind}/${file}`] = readFileSync(path.join(FIXTURE, kind, file), 'utf8');
  }
  files['dataset/GraphDataJson.json'] = files['dataset/GraphDataJson.json']!.replace('"type": "DelimitedText"', `"type": "${sinkType}"`);
  return files;
}

test('a Binary sink, as Microsoft’s Data Connect quickstart sets up, passes; so does Json', () => {
  expect(check(sinkFormatRule, memoryUnit(factory('Binary')))).toEqual([]);
  expect(check(sinkFormatRule, memoryUnit(factory('Json')))).toEqual([]);
});

test('any other format is an error that names both accepted ones', () => {
  expect(check(sinkFormatRule, memoryUnit(factory('Parquet'))).map((f) => f.message)).toEqual([
    "Copy activity 'CopyMessages' writes Office 365 data to dataset 'GraphDataJson' of type Parquet; Graph Data Connect writes JSON files only. Use a Json or Binary dataset, and convert in a later copy.",
  ]);
});
