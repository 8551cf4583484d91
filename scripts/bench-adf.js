// Benchmark for the Data Factory rules; prints figures, asserts nothing.
// Generates a factory at Data Factory's limit of 5,000 entities (pipelines of 120 activities
// each, datasets, linked services, triggers, integration runtimes) as a Git-integration folder,
// then times (a) `mapp validate` on it, as the CLI and in-process, and (b) merely reading and
// JSON.parse-ing the same files, in this process and (b') in a new one, like the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_ADF_RUNS ?? 3);
const PIPELINES = 500;
const ACTIVITIES = 120;
const LINKED_SERVICES = 1000;
const DATASETS = 2500;
const RUNTIMES = 10;
const TRIGGERS = 5000 - PIPELINES - LINKED_SERVICES - DATASETS - RUNTIMES;

const ensureLib = () => {
  try {
    statSync(path.join(root, 'lib/shared/validate/datafactory/factory-model.js'));
  } catch {
    execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  }
};

function generate(folder) {
  const write = (kind, name, body) => {
    mkdirSync(path.join(folder, kind), { recursive: true });
    writeFileSync(path.join(folder, kind, `${name}.json`), JSON.stringify({ name, properties: body }, null, 4));
  };
  for (let i = 0; i < RUNTIMES; i++) write('integrationRuntime', `Runtime${i}`, { type: 'Managed', typeProperties: { computeProperties: { location: 'West Europe' } } });
  for (let i = 0; i < LINKED_SERVICES; i++) {
    write('linkedService', `Lake${i}`, {
      type: 'AzureBlobFS',
      connectVia: { referenceName: `Runtime${i % RUNTIMES}`, type: 'IntegrationRuntimeReference' },
      parameters: { account: { type: 'String', defaultValue: 'contoso' } },
      typeProperties: { url: "@{concat('https://', linkedService().account, '.dfs.core.windows.net/')}", tenant: 't', servicePrincipalId: 'id', servicePrincipalKey: { type: 'AzureKeyVaultSecret', store: { referenceName: 'Lake0', type: 'LinkedServiceReference' }, secretName: 's' } },
    });
  }
  for (let i = 0; i < DATASETS; i++) {
    write('dataset', `Data${i}`, {
      type: 'Json',
      linkedServiceName: { referenceName: `Lake${i % LINKED_SERVICES}`, type: 'LinkedServiceReference' },
      parameters: { folder: { type: 'String' } },
      typeProperties: { location: { type: 'AzureBlobFSLocation', fileSystem: 'data', folderPath: { value: '@dataset().folder', type: 'Expression' } } },
    });
  }
  for (let p = 0; p < PIPELINES; p++) {
    const activities = [];
    // A ForEach holding 9 activities, plus 110 top-level activities in dependency chains: 120 in all.
    activities.push({
      name: 'Loop',
      type: 'ForEach',
      typeProperties: {
        items: { value: '@pipeline().parameters.items', type: 'Expression' },
        isSequential: true,
        activities: Array.from({ length: 9 }, (_, k) => ({
          name: `Inner${k}`,
          type: 'AppendVariable',
          dependsOn: k === 0 ? [] : [{ activity: `Inner${k - 1}`, dependencyConditions: ['Succeeded'] }],
          typeProperties: { variableName: 'seen', value: { value: `@concat(string(item()), '-${k}')`, type: 'Expression' } },
        })),
      },
    });
    for (let a = 0; a < ACTIVITIES - 10; a++) {
      const previous = a === 0 ? 'Loop' : `Step${a - 1}`;
      activities.push(
        a % 2 === 0
          ? {
              name: `Step${a}`,
              type: 'Copy',
              dependsOn: [{ activity: previous, dependencyConditions: ['Succeeded'] }],
              policy: { timeout: '0.12:00:00', retry: 0 },
              inputs: [{ referenceName: `Data${(p + a) % DATASETS}`, type: 'DatasetReference', parameters: { folder: '@pipeline().parameters.folder' } }],
              outputs: [{ referenceName: `Data${(p + a + 1) % DATASETS}`, type: 'DatasetReference', parameters: { folder: { value: "@{pipeline().parameters.folder}/@{formatDateTime(utcNow(), 'yyyy-MM-dd')}", type: 'Expression' } } }],
              typeProperties: { source: { type: 'JsonSource' }, sink: { type: 'JsonSink' } },
            }
          : {
              name: `Step${a}`,
              type: 'SetVariable',
              dependsOn: [{ activity: previous, dependencyConditions: ['Succeeded', 'Failed'] }],
              typeProperties: { variableName: 'status', value: { value: `@string(activity('${previous}').output)`, type: 'Expression' } },
            },
      );
    }
    write('pipeline', `Pipeline${p}`, {
      parameters: { folder: { type: 'String', defaultValue: 'out' }, items: { type: 'Array', defaultValue: [1, 2, 3] } },
      variables: { seen: { type: 'Array', defaultValue: [] }, status: { type: 'String' } },
      activities,
    });
  }
  for (let i = 0; i < TRIGGERS; i++) {
    write('trigger', `Trigger${i}`, {
      type: 'ScheduleTrigger',
      typeProperties: { recurrence: { frequency: 'Day', interval: 1, startTime: '2026-01-01T00:00:00Z' } },
      pipelines: [{ pipelineReference: { referenceName: `Pipeline${i % PIPELINES}`, type: 'PipelineReference' }, parameters: { folder: '@trigger().scheduledTime' } }],
    });
  }
}

function listJson(folder) {
  const files = [];
  for (const kind of readdirSync(folder)) for (const file of readdirSync(path.join(folder, kind))) files.push(path.join(folder, kind, file));
  return files;
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const time = (fn) => {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
};

ensureLib();
const { collectFindings } = await import(path.join(root, 'lib/shared/validate/validate.js'));
const { allRules } = await import(path.join(root, 'lib/shared/validate/rules/index.js'));

const folder = mkdtempSync(path.join(os.tmpdir(), 'mapp-bench-adf-'));
try {
  generate(folder);
  const files = listJson(folder);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`Data Factory benchmark: ${files.length} entities (${PIPELINES} pipelines of ${ACTIVITIES} activities), ${(bytes / 1024 / 1024).toFixed(1)} MB, node ${process.version}, median of ${RUNS} runs:`);

  const parse = [];
  for (let i = 0; i < RUNS; i++) parse.push(time(() => files.forEach((f) => JSON.parse(readFileSync(f, 'utf8')))).ms);

  const inProcess = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => collectFindings(os.tmpdir(), [folder], allRules));
    inProcess.push(run.ms);
    findings = run.result.length;
  }

  // The CLI starts a new process, with code not yet compiled: the same work in a new process is
  // the like-for-like baseline for its wall time.
  const coldParse = [];
  const parseScript = `const fs = require('fs'), path = require('path'); for (const kind of fs.readdirSync(process.argv[1])) for (const f of fs.readdirSync(path.join(process.argv[1], kind))) JSON.parse(fs.readFileSync(path.join(process.argv[1], kind, f), 'utf8'));`;
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => spawnSync(process.execPath, ['-e', parseScript, folder], { stdio: 'ignore' }));
    if (run.result.status !== 0) throw new Error(`the read-and-parse process exited ${run.result.status}`);
    coldParse.push(run.ms);
  }

  // What this design costs before any rule runs: reading and parsing while keeping every text
  // and value (as validation must, to place findings), then mapp's own loading of the unit.
  const keepParse = [];
  const keepScript = `const fs = require('fs'), path = require('path'); const kept = []; for (const kind of fs.readdirSync(process.argv[1])) for (const f of fs.readdirSync(path.join(process.argv[1], kind))) { const text = fs.readFileSync(path.join(process.argv[1], kind, f), 'utf8'); kept.push(text, JSON.parse(text)); }`;
  const loadOnly = [];
  const loadScript = `const { loadUnit } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'lib/shared/validate/load-unit.js')).href)}); const { loadZip } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'lib/shared/validate/load-zip.js')).href)}); loadUnit(process.cwd(), process.argv[1], loadZip);`;
  for (let i = 0; i < RUNS; i++) {
    const keep = time(() => spawnSync(process.execPath, ['-e', keepScript, folder], { stdio: 'ignore' }));
    if (keep.result.status !== 0) throw new Error(`the read-and-keep process exited ${keep.result.status}`);
    keepParse.push(keep.ms);
    const load = time(() => spawnSync(process.execPath, ['--input-type=module', '-e', loadScript, folder], { stdio: 'ignore' }));
    if (load.result.status !== 0) throw new Error(`the loading process exited ${load.result.status}`);
    loadOnly.push(load.ms);
  }

  const cli = [];
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => spawnSync(process.execPath, ['cli/bin/mapp.js', 'validate', folder, '--format', 'json', '--output', os.devNull], { cwd: root, stdio: 'ignore' }));
    if (run.result.status !== 0 && run.result.status !== 1) throw new Error(`mapp validate exited ${run.result.status}`);
    cli.push(run.ms);
  }

  const baseline = median(parse);
  console.log(`  (b) read + JSON.parse of the same files: ${baseline.toFixed(0)} ms`);
  // The first run in this process compiles the rules' code as it goes, as the CLI does; later
  // runs reuse the compiled code.
  console.log(`  (a) mapp validate in-process (collectFindings, ${allRules.length} rules, ${findings} findings): first run ${inProcess[0].toFixed(0)} ms, median ${median(inProcess).toFixed(0)} ms (${(median(inProcess) / baseline).toFixed(1)}x the baseline)`);
  console.log(`  (a) mapp validate CLI wall time (node cli/bin/mapp.js validate --format json --output ${os.devNull}): ${median(cli).toFixed(0)} ms (${(median(cli) / baseline).toFixed(1)}x the baseline)`);
  console.log(`  (b') read + JSON.parse in a new node process, wall time: ${median(coldParse).toFixed(0)} ms (the CLI is ${(median(cli) / median(coldParse)).toFixed(1)}x this)`);
  console.log(`  (b'') the same, keeping every text and parsed value: ${median(keepParse).toFixed(0)} ms; mapp loading the unit alone (loadUnit, no rules) in a new process: ${median(loadOnly).toFixed(0)} ms`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
