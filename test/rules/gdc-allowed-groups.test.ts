import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allowedGroupsRule } from '../../shared/validate/rules/gdc/allowed-groups.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const FIXTURE = 'test/fixtures/rules/gdc--allowed-groups';

/** The fixture's factory with the copy source's allowedGroups replaced by this JSON text. */
function factory(groups: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of readdirSync(FIXTURE)) {
    for (const file of readdirSync(path.join(FIXTURE, kind))) files[`${kind}/${file}`] = readFileSync(path.join(FIXTURE, kind, file), 'utf8');
  }
  const pipeline = files['pipeline/CopyMessages.json']!;
  const written = /"allowedGroups": \[[^\]]*\]/;
  expect(pipeline).toMatch(written);
  files['pipeline/CopyMessages.json'] = pipeline.replace(written, `"allowedGroups": ${groups}`);
  return files;
}

describe('gdc/allowed-groups: entries are group object IDs', () => {
  test('object IDs in any case pass, and so do values computed when the pipeline runs', () => {
    expect(check(allowedGroupsRule, memoryUnit(factory('["2234DF73-A3BA-4538-9D3A-79AE0EB25E86", "@pipeline().parameters.group"]')))).toEqual([]);
  });

  test('a name or an address is an error at that entry', () => {
    const files = factory('["2234df73-a3ba-4538-9d3a-79ae0eb25e86", "Finance", "sales@contoso.com"]');
    const findings = check(allowedGroupsRule, memoryUnit(files));
    expect(findings.map((f) => f.message)).toEqual([
      "Copy activity 'CopyMessages': allowedGroups entry 'Finance' is not a group object ID; Graph Data Connect selects groups by their object ID (a GUID such as 2234df73-a3ba-4538-9d3a-79ae0eb25e86), not by name or address.",
      "Copy activity 'CopyMessages': allowedGroups entry 'sales@contoso.com' is not a group object ID; Graph Data Connect selects groups by their object ID (a GUID such as 2234df73-a3ba-4538-9d3a-79ae0eb25e86), not by name or address.",
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(at(files['pipeline/CopyMessages.json']!, '"Finance"'));
  });

  test('the count is judged as before: eleven object IDs are one error, not eleven', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `"00000000-0000-0000-0000-0000000000${String(i).padStart(2, '0')}"`);
    expect(check(allowedGroupsRule, memoryUnit(factory(`[${ids.join(', ')}]`))).map((f) => f.message)).toEqual([
      "Copy activity 'CopyMessages' lists 11 allowedGroups; Graph Data Connect accepts at most 10. Use fewer groups or a userScopeFilterUri.",
    ]);
  });
});
