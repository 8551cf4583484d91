import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, findingsFor } from '../helpers/validate-fixture.js';

/** Each cuid fixture trips its own rule and no other createUiDefinition rule. */
const fixtures = readdirSync(path.join(FIXTURES, 'rules')).filter((name) => name.startsWith('cuid--')).sort();

test.each(fixtures)('%s trips only its rule among the cuid rules', (fixture) => {
  const expected = `cuid/${fixture.split('--')[1]}`;
  const cuidRules = [...new Set(findingsFor(`test/fixtures/rules/${fixture}`).map((f) => f.ruleId).filter((id) => id.startsWith('cuid/')))];
  expect(cuidRules).toEqual([expected]);
});
