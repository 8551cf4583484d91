import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { commands } from '../shared/commands/index.js';
import { generatedImages } from '../scripts/generate/generated-files.js';
import { EXAMPLE_APP, PROJECT_ROOT } from './helpers/validate-fixture.js';

const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Task GUIDs already given out: a pipeline refers to a task by it, so changing one breaks every
 * pipeline that uses the task. New tasks only need a fresh, unique GUID.
 */
const PUBLISHED_TASK_IDS: Record<string, string> = {
  MappValidate: '34ab54b4-be8e-4a52-803c-8563729bf8b6',
  MappBuild: 'fe863ac3-cfb2-41f5-a102-58e8d182a0dd',
  MappWhoAmI: '66c7ab13-950c-42d5-809b-d93b9ee48312',
  MappSmokeRun: '2f7bd09a-ce9a-4ddc-8fe6-1290c336ae23',
  MappPublishServiceCatalog: 'da29ea84-c24e-4a37-b60b-2e826825ab57',
  MappPublishMarketplace: '82dc30cc-23fc-4f61-bf7b-2e940e4b971f',
};

function pngSize(png: Uint8Array): { width: number; height: number; signature: string } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { signature: Buffer.from(png.subarray(1, 4)).toString('latin1'), width: view.getUint32(16), height: view.getUint32(20) };
}

/** Whether this machine can run a command without a network (`unshare -n`, as root on Linux). */
const CAN_CUT_NETWORK = process.platform === 'linux' && spawnSync('unshare', ['-n', 'true']).status === 0;

/** Runs `npm run package:extension` the way a release does; without any network where it can, to prove tfx needs none. */
function packageExtension(root: string, out: string) {
  const command = [process.execPath, path.join(root, 'scripts/package-extension.js'), '--out', out];
  const [file, ...args] = CAN_CUT_NETWORK ? ['unshare', '-n', ...command] : command;
  return spawnSync(file!, args, { cwd: root, encoding: 'utf8' });
}

describe('the Azure DevOps extension package', () => {
  let temp: string;
  let entries: Record<string, Uint8Array>;
  const text = (name: string) => Buffer.from(entries[name]!).toString('utf8');

  beforeAll(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'mapp-vsix-'));
    const result = packageExtension(PROJECT_ROOT, temp);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    const vsix = path.join(temp, `mapp-dev.mapp-${version}.vsix`);
    expect(result.stdout.trim().endsWith(path.basename(vsix))).toBe(true);
    entries = unzipSync(readFileSync(vsix));
  });

  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test('carries the package version and the extension icon', () => {
    expect(text('extension.vsixmanifest')).toContain(`Id="mapp" Publisher="mapp-dev" Version="${version}"`);
    expect(pngSize(entries['images/extension-icon.png']!)).toEqual({ signature: 'PNG', width: 128, height: 128 });
  });

  test('contributes exactly one task per command definition', () => {
    const manifest = JSON.parse(text('extension.vsomanifest')) as { contributions: { type: string; properties: { name: string } }[] };
    const contributed = manifest.contributions.filter((c) => c.type === 'ms.vss-distributed-task.task').map((c) => c.properties.name);
    expect(contributed.sort()).toEqual(commands.map((c) => `tasks/${c.task.name}`).sort());
    for (const folder of contributed) expect(entries[`${folder}/task.json`]).toBeDefined();
  });

  test.each(commands.map((c) => [c.task.name, c] as const))('%s: task.json from the definition, version stamped, bundle and icon inside', (_, command) => {
    const folder = `tasks/${command.task.name}`;
    const task = JSON.parse(text(`${folder}/task.json`));
    expect({ id: task.id, name: task.name }).toEqual({ id: command.task.id, name: command.task.name });
    expect(`${task.version.Major}.${task.version.Minor}.${task.version.Patch}`).toBe(version);
    for (const handler of Object.values<{ target: string }>(task.execution)) expect(entries[`${folder}/${handler.target}`]).toBeDefined();
    // ncc splits lazily loaded modules into chunks next to index.js: every one must ship.
    const bundle = readdirSync(path.join(PROJECT_ROOT, folder, 'dist')).map((file) => `${folder}/dist/${file}`);
    expect(bundle.filter((file) => !entries[file])).toEqual([]);
    expect(text(`${folder}/dist/package.json`)).toContain('"module"');
    expect(pngSize(entries[`${folder}/icon.png`]!)).toEqual({ signature: 'PNG', width: 32, height: 32 });
  });

  test('a task runs from the unpacked extension alone, as an agent runs it', () => {
    // The agent unpacks the task folder into its _tasks directory: no node_modules, no package.json above.
    const taskDir = path.join(temp, 'agent-tasks', 'MappValidate');
    for (const [name, bytes] of Object.entries(entries)) {
      if (!name.startsWith('tasks/MappValidate/') || name.endsWith('/')) continue;
      const target = path.join(taskDir, name.slice('tasks/MappValidate/'.length));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const agentTemp = mkdtempSync(path.join(temp, 'agent-temp-'));
    const run = spawnSync(process.env.MAPP_TEST_NODE || process.execPath, [path.join(taskDir, 'dist/index.js')], {
      cwd: EXAMPLE_APP,
      env: { PATH: process.env.PATH ?? '', INPUT_PATH: '.', INPUT_FAILON: 'error', AGENT_TEMPDIRECTORY: agentTemp },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stdout.split(/\r?\n/)).toContain('##vso[task.setvariable variable=errors;isOutput=true;issecret=false;]0');
    expect(run.stdout).toContain('##vso[task.complete result=Succeeded;]');
  });

  test('task GUIDs are unique, and the ones given out never change', () => {
    const ids = commands.map((c) => JSON.parse(text(`tasks/${c.task.name}/task.json`)).id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [name, id] of Object.entries(PUBLISHED_TASK_IDS)) {
      const command = commands.find((c) => c.task.name === name);
      expect({ name, id: command?.task.id }).toEqual({ name, id });
    }
  });
});

test('the committed icons are the ones the generator draws', () => {
  for (const [file, png] of generatedImages()) {
    // A failure here means a command was added or its category changed: run `npm run build` and commit.
    expect({ file, same: Buffer.from(png).equals(readFileSync(path.join(PROJECT_ROOT, file))) }).toEqual({ file, same: true });
  }
});

test('packaging stops with a clear message, before tfx, when a task has not been built', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mapp-vsix-unbuilt-'));
  try {
    for (const file of ['package.json', 'vss-extension.json', 'scripts/package-extension.js']) cpSync(path.join(PROJECT_ROOT, file), path.join(root, file));
    for (const command of commands) {
      mkdirSync(path.join(root, 'tasks', command.task.name), { recursive: true });
      cpSync(path.join(PROJECT_ROOT, 'tasks', command.task.name, 'task.json'), path.join(root, 'tasks', command.task.name, 'task.json'));
    }
    const result = packageExtension(root, path.join(root, 'out'));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`package:extension: tasks/${commands[0].task.name}/icon.png is missing: run 'npm run build' first.\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
