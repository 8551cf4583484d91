import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { commands } from '../shared/commands/index.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

/** GitHub Marketplace branding colours, and the Feather icons used here (all in GitHub's list; 'tool' is not). */
const COLOURS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
const ICONS_IN_USE = ['check-circle', 'package', 'upload-cloud', 'user'];

const manifests = ['action.yml', ...commands.map((c) => `actions/${c.name}/action.yml`)];

test.each(manifests)('%s is ready for the GitHub Marketplace', (file) => {
  const action = parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
  expect(action.name).toMatch(/^mapp\b/);
  expect(action.description.length).toBeGreaterThan(20);
  expect(action.description.length).toBeLessThanOrEqual(125);
  expect(COLOURS).toContain(action.branding.color);
  expect(ICONS_IN_USE).toContain(action.branding.icon);
  expect(action.runs.using).toBe('node24');
  const undocumented = [
    ...Object.entries<{ description?: string }>(action.inputs).filter(([, i]) => !i.description?.trim()).map(([name]) => `input ${name}`),
    ...Object.entries<{ description?: string }>(action.outputs).filter(([, o]) => !o.description?.trim()).map(([name]) => `output ${name}`),
  ];
  expect(undocumented).toEqual([]);
});

test('the root action offers every command and every input and output of the per-command actions', () => {
  const root = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8'));
  for (const command of commands) {
    expect(root.inputs.command.description).toContain(command.name);
    const action = parse(readFileSync(path.join(PROJECT_ROOT, `actions/${command.name}/action.yml`), 'utf8'));
    expect(Object.keys(action.inputs).filter((name) => !(name in root.inputs))).toEqual([]);
    expect(Object.keys(action.outputs).filter((name) => !(name in root.outputs))).toEqual([]);
  }
});
