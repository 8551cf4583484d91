import { runBundle } from './helpers/run-bundle.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

describe('mapp rules', () => {
  test('lists the catalogue, as text or as JSON', () => {
    const text = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('adf/reference-exists');
    const json = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['rules', '--json']);
    expect(json.status).toBe(0);
    const rules = JSON.parse(json.stdout) as unknown;
    expect(JSON.stringify(rules)).toContain('"adf/reference-exists"');
  });

  test('says how it is used, and refuses what it does not take', () => {
    const help = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['rules', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: mapp rules \[--json\]/);
    const bad = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['rules', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("mapp: rules takes only --json; got '--bogus'.\n");
    expect(bad.stdout).toBe('');
  });
});
