import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commands } from '../shared/commands/index.js';
import { TOOL_VERSION } from '../shared/tool-info.js';
import { generatedFiles } from '../scripts/generate/generated-files.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const files = generatedFiles(version);

describe('generated manifests are committed and fresh', () => {
  test.each([...files.keys()])('%s', (file) => {
    const committed = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
    // A failure here means a command definition changed: run `npm run build` and commit the result.
    expect(committed).toBe(files.get(file));
  });
});

test('the tool version in code follows package.json', () => {
  expect(TOOL_VERSION).toBe(version);
});

test('every action runs on node24 and every task declares the Node24 and Node20_1 handlers with a real, unique GUID', () => {
  const ids = new Set<string>();
  for (const command of commands) {
    expect(files.get(`actions/${command.name}/action.yml`)).toContain('using: "node24"');
    const task = JSON.parse(files.get(`tasks/${command.task.name}/task.json`)!);
    expect(Object.keys(task.execution).sort()).toEqual(['Node20_1', 'Node24']);
    expect(task.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    ids.add(task.id);
  }
  expect(ids.size).toBe(commands.length);
  expect(files.get('action.yml')).toContain('main: "dist/action/index.js"');
});

test('action descriptions fit the GitHub Marketplace limit of 125 characters', () => {
  for (const command of commands) expect(command.summary.length).toBeLessThanOrEqual(125);
});
