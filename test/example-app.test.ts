import type { Finding } from '../shared/validate/finding.js';
import { loadUnit } from '../shared/validate/load-unit.js';
import { loadZip } from '../shared/validate/load-zip.js';
import { PROJECT_ROOT, findingsFor } from './helpers/validate-fixture.js';

const EXAMPLE = 'examples/graph-data-connect-app';

/** Error and warning findings as readable lines, so a failure names each rule, place and message. */
function blocking(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.message}`);
}

describe('packages that users copy validate clean', () => {
  test.each([EXAMPLE, 'test/fixtures/minimal-app'])('%s has no error or warning findings', (app) => {
    expect(blocking(findingsFor(app))).toEqual([]);
  });

  test('the example is loaded with its template, createUiDefinition and viewDefinition, all parsed', () => {
    const unit = loadUnit(PROJECT_ROOT, EXAMPLE, loadZip);
    for (const json of [unit.template, unit.createUiDefinition, unit.viewDefinition]) {
      expect(json).toBeDefined();
      expect(json?.document.errors).toEqual([]);
    }
  });

  test('no rule crashes on the example', () => {
    expect(findingsFor(EXAMPLE).filter((f) => f.ruleId === 'mapp/rule-crashed')).toEqual([]);
  });
});
