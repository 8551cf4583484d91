import { tryParseArmExpression } from '../../shared/validate/arm/arm-expression.js';
import { JsonDocument } from '../../shared/validate/json-document.js';
import { createUiDefinitionRules } from '../../shared/validate/rules/cuid/index.js';
import { CuidModel } from '../../shared/validate/rules/cuid/cuid-model.js';
import { controlReferences, referencesInExpression } from '../../shared/validate/rules/cuid/cuid-references.js';
import { cleanPackage, runOn } from '../helpers/cuid-harness.js';

describe('cuid model', () => {
  const { cuid } = cleanPackage();
  const model = new CuidModel(new JsonDocument('createUiDefinition.json', JSON.stringify(cuid)));

  test('finds controls in basics, steps and sections with their paths', () => {
    expect(model.controls.map((c) => `${c.scope}:${c.path.join('/')}`)).toEqual([
      'basics:appName',
      'basics:tier',
      'steps:compute/adminUsername',
      'steps:compute/credentials',
      'steps:compute/credentials/adminPassword',
      'steps:compute/vmSize',
      'steps:storage/account',
      'steps:storage/nameCheck',
      'steps:storage/note',
    ]);
  });

  test('reads control references out of output expressions', () => {
    const refs = controlReferences(tryParseArmExpression("[if(empty(basics('a')), steps('s').sec['b'].resourceGroup, steps('t'))]"));
    expect(refs.map((r) => [r.scope, r.path])).toEqual([
      ['basics', ['a']],
      ['steps', ['s', 'sec', 'b', 'resourceGroup']],
      ['steps', ['t']],
    ]);
  });

  test('falls back to scanning expressions the ARM grammar cannot parse', () => {
    const refs = referencesInExpression("[map(steps('s').grid, (item) => item.name)]");
    expect(refs.map((r) => r.path)).toEqual([['s', 'grid']]);
  });

  test('resolves references through sections and stops at a control', () => {
    const password = model.controls.find((c) => c.name === 'adminPassword');
    expect(model.resolve({ scope: 'steps', path: ['compute', 'credentials', 'adminPassword'], start: 0 }).control).toBe(password);
    const account = model.resolve({ scope: 'steps', path: ['storage', 'account', 'resourceGroup'], start: 0 });
    expect(account.control?.name).toBe('account');
    expect(account.rest).toEqual(['resourceGroup']);
    expect(model.resolve({ scope: 'steps', path: ['nope'], start: 0 }).missing).toEqual({ kind: 'step', name: 'nope' });
    expect(model.resolve({ scope: 'steps', path: ['compute', 'credentials', 'x'], start: 0 }).missing).toMatchObject({ kind: 'element', name: 'x', within: 'credentials' });
    expect(model.resolve({ scope: 'basics', path: ['missing'], start: 0 }).missing).toMatchObject({ kind: 'basics', name: 'missing' });
  });

  test('the clean package passes every createUiDefinition rule', () => {
    expect(runOn(createUiDefinitionRules, cleanPackage())).toEqual([]);
  });

  test('no rule throws on odd input', () => {
    const odd = [
      '[]',
      '"text"',
      '{"parameters": []}',
      '{"parameters": {"basics": {}, "steps": {}, "outputs": []}}',
      '{"parameters": {"basics": [1, null, {"type": 5, "name": []}], "steps": [null, {"elements": "x"}], "outputs": {"a": 1, "b": "[steps(]"}}}',
    ];
    for (const text of odd) {
      const findings = runOn(createUiDefinitionRules, { cuid: text, template: '{"parameters": {"a": 1, "b": {"type": 3}}}' });
      expect(findings.filter((f) => f.ruleId === 'mapp/rule-crashed')).toEqual([]);
    }
  });
});

test("steps('basics') reads the basics page when no step has that name", () => {
  const { cuid } = cleanPackage();
  const model = new CuidModel(new JsonDocument('createUiDefinition.json', JSON.stringify(cuid)));
  expect(model.resolve({ scope: 'steps', path: ['basics', 'appName'], start: 0 }).control?.name).toBe('appName');
  expect(model.resolve({ scope: 'steps', path: ['basics', 'nope'], start: 0 }).missing).toMatchObject({ kind: 'basics', name: 'nope' });
});
