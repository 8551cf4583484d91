import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../shared/validate/rules/index.js';
import { FIXTURES, findingsFor, ruleIds } from './helpers/validate-fixture.js';

/**
 * Each folder (or file) under test/fixtures/rules is a package broken for one rule. Its name is
 * the rule id with `/` written as `--`, optionally followed by `--variant`:
 * `cuid--location-in-outputs`, `template--location-not-hardcoded--nested`.
 */
const RULE_FIXTURES = path.join(FIXTURES, 'rules');
const fixtures = existsSync(RULE_FIXTURES) ? readdirSync(RULE_FIXTURES).sort() : [];

function ruleOf(fixture: string): string {
  const [area, name] = fixture.replace(/\.(json|zip)$/, '').split('--');
  return `${area}/${name}`;
}

describe('each rule fixture fails with the rule it was made for', () => {
  test.each(fixtures)('%s', (fixture) => {
    const expected = ruleOf(fixture);
    expect(allRules.map((r) => r.id)).toContain(expected);
    const findings = findingsFor(`test/fixtures/rules/${fixture}`);
    expect(ruleIds(findings)).toContain(expected);
  });
});

/** Rules that no small committed fixture can trip, and the test that covers them instead. */
const WITHOUT_FIXTURE = new Map([['package/size-limit', 'test/rules/package-size-limit.test.ts: needs a package over 120 MB']]);

test('every rule has at least one fixture', () => {
  const covered = new Set(fixtures.map(ruleOf));
  const missing = allRules.map((r) => r.id).filter((id) => !covered.has(id) && !WITHOUT_FIXTURE.has(id));
  expect(missing).toEqual([]);
});

test('rule ids are unique and well-formed, arm-ttk names are unique', () => {
  const ids = allRules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  const armTtk = allRules.map((r) => r.armTtk).filter((n): n is string => n !== null);
  expect(new Set(armTtk.map((n) => n.toLowerCase())).size).toBe(armTtk.length);
});
