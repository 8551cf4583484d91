// Packages the Azure DevOps extension (.vsix) from the committed vss-extension.json, task
// manifests, icons and bundles, with tfx-cli and without network access.
//   npm run package:extension                 -> out/mapp-<version>.vsix
//   npm run package:extension -- --out DIR    -> DIR/mapp-<version>.vsix
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  process.stderr.write(`package:extension: ${message}\n`);
  process.exit(2);
}

function outputFolder(args) {
  const at = args.indexOf('--out');
  if (at === -1) return path.join(root, 'out');
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail('--out needs a folder, e.g. --out build/extension');
  return path.resolve(value);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  } catch (error) {
    fail(`cannot read ${file} (${error.code ?? error.message}): run 'npm run build' first.`);
  }
}

/** Stops before tfx when a task folder is incomplete or stamped with another version. */
function checkTaskFolders(manifest, version) {
  if (manifest.version !== version) fail(`vss-extension.json has version ${manifest.version}, package.json ${version}: run 'npm run build'.`);
  const [major, minor, patch] = version.split('.').map(Number);
  for (const contribution of manifest.contributions) {
    const folder = contribution.properties.name;
    for (const file of ['task.json', 'icon.png', 'dist/index.js']) {
      if (!existsSync(path.join(root, folder, file))) fail(`${folder}/${file} is missing: run 'npm run build' first.`);
    }
    const task = readJson(`${folder}/task.json`);
    const stamped = `${task.version.Major}.${task.version.Minor}.${task.version.Patch}`;
    if (stamped !== `${major}.${minor}.${patch}`) fail(`${folder}/task.json has version ${stamped}, package.json ${version}: run 'npm run build'.`);
  }
}

const { version } = readJson('package.json');
const manifest = readJson('vss-extension.json');
checkTaskFolders(manifest, version);
const out = outputFolder(process.argv.slice(2));
mkdirSync(out, { recursive: true });
const vsix = path.join(out, `${manifest.publisher}.${manifest.id}-${version}.vsix`);
const tfx = path.join(root, 'node_modules', '.bin', 'tfx');
try {
  execFileSync(
    tfx,
    ['extension', 'create', '--root', root, '--manifests', 'vss-extension.json', '--output-path', vsix, '--no-prompt', '--no-color'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
} catch (error) {
  process.stderr.write(error.stdout?.toString() ?? '');
  fail(`tfx extension create failed (exit ${error.status ?? error.code}).`);
}
process.stdout.write(`${path.relative(process.cwd(), vsix) || vsix}\n`);
