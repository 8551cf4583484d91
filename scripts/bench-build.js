// Benchmark for `mapp build`; prints figures, asserts nothing. Generates a ~100 MB app tree
// (the example's templates, nested templates, scripts and binaries) in a temp folder, packs it
// with `mapp build` and with Info-ZIP `zip -r -X -9`, prints both times and sizes, and deletes it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

/** mulberry32: a small seeded generator, so every run packs the same tree. */
function generator(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20240601);
const WORDS = ['resources', 'parameters', 'variables', 'location', 'storageAccount', 'apiVersion', 'properties', 'dependsOn', 'concat', 'format',
  'resourceGroup', 'subscription', 'Standard_LRS', 'StorageV2', 'echo', 'install', 'apt-get', 'curl', 'export', 'then', 'fi', 'Write-Host', 'Get-Item', 'param'];
function text(bytes) {
  const out = [];
  for (let n = 0; n < bytes; ) {
    const word = WORDS[Math.floor(random() * WORDS.length)] + (random() < 0.3 ? String(Math.floor(random() * 1000)) : '');
    out.push(random() < 0.1 ? `${word}\n` : word);
    n += word.length + 1;
  }
  return out.join(' ');
}
/** Executable-like: a vocabulary of 16-byte "instructions" with random operands. */
function structuredBinary(bytes) {
  const vocabulary = Array.from({ length: 512 }, () => Buffer.from(Array.from({ length: 16 }, () => Math.floor(random() * 256))));
  const out = Buffer.alloc(bytes);
  for (let i = 0; i + 16 <= bytes; i += 16) {
    vocabulary[Math.floor(random() * random() * vocabulary.length)].copy(out, i);
    out[i + 15] = Math.floor(random() * 256);
  }
  return out;
}
const keystream = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0));

function generateTree(dir) {
  cpSync(path.join(root, 'examples/graph-data-connect-app'), dir, { recursive: true });
  for (const sub of ['nestedtemplates', 'scripts', 'bin']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (let i = 0; i < 100; i++) writeFileSync(path.join(dir, 'nestedtemplates', `template-${i}.json`), JSON.stringify({ lines: text(100_000).split('\n') }, null, 2));
  for (let i = 0; i < 100; i++) writeFileSync(path.join(dir, 'scripts', `step-${i}.${i % 2 ? 'ps1' : 'sh'}`), text(100_000));
  // Already-compressed artifacts (archives, wheels) and executables.
  for (let i = 0; i < 15; i++) writeFileSync(path.join(dir, 'bin', `package-${i}.tar.gz`), keystream.update(Buffer.alloc(4 * MB)));
  for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, 'bin', `tool-${i}.exe`), structuredBinary(4 * MB));
}

function timed(file, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'mapp-bench-build-'));
try {
  const tree = path.join(work, 'app');
  generateTree(tree);
  const treeBytes = Number(execFileSync('du', ['-sb', tree], { encoding: 'utf8' }).split('\t')[0]);
  const mappZip = path.join(work, 'mapp.zip');
  const infoZip = path.join(work, 'infozip.zip');
  const mappSeconds = timed(process.execPath, [path.join(root, 'cli/bin/mapp.js'), 'build', tree, '--out', mappZip, '--fail-on', 'never'], work);
  const zipSeconds = timed('zip', ['-q', '-r', '-X', '-9', infoZip, '.'], tree);
  const mappBytes = statSync(mappZip).size;
  const zipBytes = statSync(infoZip).size;
  console.log(`build benchmark: app tree of ${(treeBytes / MB).toFixed(1)} MB (templates, scripts, archives, executables), node ${process.version}`);
  console.log(`  mapp build        ${mappSeconds.toFixed(2)} s  ${(mappBytes / MB).toFixed(2)} MB (${mappBytes} bytes)`);
  console.log(`  zip -r -X -9      ${zipSeconds.toFixed(2)} s  ${(zipBytes / MB).toFixed(2)} MB (${zipBytes} bytes)`);
  console.log(`  mapp/zip: time ${(mappSeconds / zipSeconds).toFixed(2)}x (aim <= 1.5x), size ${((mappBytes / zipBytes - 1) * 100).toFixed(2)}% (aim <= 2%)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
