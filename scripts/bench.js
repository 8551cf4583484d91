// Benchmarks for `mapp validate`; prints figures, asserts nothing.
//  1. in-process validation time per package over 1,000 runs of the example app;
//  2. cold start of the built validate action on the example versus `node -e 0`;
//  3. bundle sizes, and whether the validate bundles contain any Azure SDK.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = 'examples/graph-data-connect-app';
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 30);

if (!existsSync(path.join(root, 'lib/shared/validate/validate.js'))) {
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
const { collectFindings } = await import(path.join(root, 'lib/shared/validate/validate.js'));
const { allRules } = await import(path.join(root, 'lib/shared/validate/rules/index.js'));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (n) => `${n.toFixed(2)} ms`;

// 1. In-process: load from disk, parse, run every rule.
for (let i = 0; i < 20; i++) collectFindings(root, [example], allRules); // warm up
const times = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint();
  findings = collectFindings(root, [example], allRules).length;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`validate in-process, ${RUNS} runs of ${example} (${allRules.length} rules, ${findings} findings):`);
console.log(`  mean ${ms(mean)}  p50 ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}  max ${ms(times[times.length - 1])} per package`);

// 2. Cold start: a fresh process per run, as a runner starts a step.
function coldMedian(args, env) {
  const samples = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return quantile(samples, 0.5);
}
const outputs = mkdtempSync(path.join(os.tmpdir(), 'mapp-bench-'));
writeFileSync(path.join(outputs, 'out'), '');
const baseline = coldMedian(['-e', '0'], {});
const action = coldMedian(['actions/validate/dist/index.js'], {
  INPUT_PATH: example,
  GITHUB_OUTPUT: path.join(outputs, 'out'),
});
const cli = coldMedian(['cli/bin/mapp.js', 'validate', example], {});
console.log(`cold start, median of ${COLD_RUNS} (node ${process.version}):`);
console.log(`  node -e 0 ${ms(baseline)}; validate action on the example ${ms(action)} (overhead ${ms(action - baseline)}); CLI ${ms(cli)} (overhead ${ms(cli - baseline)})`);

// 3. Bundle sizes.
const folderBytes = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size), 0);
const bundleDirs = ['dist/action', 'cli/dist', ...readdirSync(path.join(root, 'actions')).filter((d) => existsSync(path.join(root, 'actions', d, 'dist'))).map((d) => `actions/${d}/dist`), ...readdirSync(path.join(root, 'tasks')).filter((d) => existsSync(path.join(root, 'tasks', d, 'dist'))).map((d) => `tasks/${d}/dist`)];
console.log('bundle sizes:');
for (const dir of bundleDirs) console.log(`  ${dir.padEnd(28)} ${(folderBytes(path.join(root, dir)) / 1024).toFixed(0)} KiB`);
for (const dir of ['actions/validate/dist', 'tasks/MappValidate/dist']) {
  const text = readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(root, dir, f), 'utf8')).join('\n');
  const azure = /@azure\/(identity|arm-|storage-|core-rest-pipeline)/.test(text);
  console.log(`  ${dir} contains an Azure SDK: ${azure ? 'yes' : 'no'}`);
}
