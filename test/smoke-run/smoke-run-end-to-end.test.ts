import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { runBundleAsync } from '../helpers/run-bundle-async.js';
import { armToken, call, standInSecretInputs } from '../helpers/stand-in-client.js';
import { PROJECT_ROOT } from '../helpers/validate-fixture.js';

// mapp smoke-run end to end: the built CLI, action and task against the stand-in's Data Factory,
// whose runs are simulated from each pipeline's activity graph (durations in milliseconds).
const CLI = 'cli/bin/mapp.js';
const ACTION = 'actions/smoke-run/dist/index.js';
const TASK = 'tasks/MappSmokeRun/dist/index.js';
const FACTORY_FOLDER = path.join(PROJECT_ROOT, 'test/fixtures/adf-factory');
const GROUP = 'rg-smoke';
const FACTORY = 'adf-smoke';

let standIn: StandIn;
let token: string;
const factoryPath = () => `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourceGroups/${GROUP}/providers/Microsoft.DataFactory/factories/${FACTORY}`;
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'mapp-smoke-'));

async function setScenario(scenario: unknown): Promise<void> {
  const reply = await call(standIn, 'PUT', '/_stand-in/data-factory/scenario', { body: scenario });
  expect(reply.status).toBe(200);
}

beforeAll(async () => {
  standIn = await startStandIn();
  token = await armToken(standIn);
  expect((await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/${GROUP}?api-version=2021-04-01`, { token, body: { location: 'westeurope' } })).status).toBe(201);
  expect((await call(standIn, 'PUT', `${factoryPath()}?api-version=2018-06-01`, { token, body: { location: 'westeurope' } })).status).toBe(200);
});
afterAll(async () => {
  await standIn?.stop();
});
beforeEach(async () => {
  standIn.requests.clear();
  standIn.clearFaults();
  await setScenario({ defaultDurationMs: 150 });
});

const cliEnv = () => {
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = standIn.env;
  return env;
};
const target = ['--resource-group', GROUP, '--factory', FACTORY, '--poll-interval', '100ms', '--poll-max-interval', '300ms'];
const runCli = (args: string[]) => runBundleAsync(CLI, tempDir(), cliEnv(), ['smoke-run', ...target, ...args]);
const routes = (route: string) => standIn.requests.list({ route });

describe('CLI', () => {
  test('deploys the factory folder in dependency order, then runs a pipeline that executes others, to success', async () => {
    const run = await runCli(['--deploy', FACTORY_FOLDER, 'ExtractAll', '--min-rows-written', '1', '--min-files-written', '1']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Deployed: \d+ created, 0 updated, 0 unchanged\./);
    const puts = routes('arm.dataFactory.*.createOrUpdate').map((r) => r.path.split('/').slice(-2).join('/'));
    // Referenced objects come first: the runtime, the Key Vault linked service, the pipelines ExtractAll executes.
    expect(puts.indexOf('integrationRuntimes/TenantRegionRuntime')).toBeLessThan(puts.indexOf('linkedservices/Office365LinkedService'));
    expect(puts.indexOf('linkedservices/KeyVaultLinkedService')).toBeLessThan(puts.indexOf('linkedservices/DataLakeLinkedService'));
    expect(puts.indexOf('pipelines/CopyUsers')).toBeLessThan(puts.indexOf('pipelines/ExtractAll'));
    expect(puts[puts.length - 1]).toBe('triggers/DailyExtraction');
    expect(run.stdout).toMatch(/ExtractAll › RunUsers \(ExecutePipeline\): InProgress/);
    expect(run.stdout).toMatch(/CopyUsers › CopyUsers \(Copy\): Succeeded in \d+\.\ds: 1200 rows read, 1200 rows written, 3 files written/);
    expect(run.stdout).toMatch(/Pipeline ExtractAll run [0-9a-f-]{36}: Succeeded in \d+\.\ds; 4800 rows read, 4800 rows written, 12 files written\./);

    // Deploying again writes nothing: every object already matches.
    standIn.requests.clear();
    const again = await runCli(['--deploy', FACTORY_FOLDER, 'CopyUsers']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Deployed: 0 created, 0 updated, \d+ unchanged\./);
    expect(routes('arm.dataFactory.*.createOrUpdate')).toEqual([]);
  });

  test('a started trigger is stopped to be updated and started again', async () => {
    await call(standIn, 'POST', `${factoryPath()}/triggers/DailyExtraction/start?api-version=2018-06-01`, { token });
    standIn.requests.clear();
    const folder = tempDir();
    const { cpSync } = await import('node:fs');
    cpSync(FACTORY_FOLDER, folder, { recursive: true });
    const file = path.join(folder, 'trigger/DailyExtraction.json');
    const trigger = JSON.parse(readFileSync(file, 'utf8'));
    trigger.properties.typeProperties.recurrence.interval = 2;
    writeFileSync(file, JSON.stringify(trigger, null, 2));
    const run = await runCli(['--deploy', folder, 'CopyUsers']);
    expect(run.status).toBe(0);
    expect(routes('arm.dataFactory.triggers.*').map((r) => r.route)).toEqual(['arm.dataFactory.triggers.get', 'arm.dataFactory.triggers.stop', 'arm.dataFactory.triggers.createOrUpdate', 'arm.dataFactory.triggers.start']);
    const stored = await call(standIn, 'GET', `${factoryPath()}/triggers/DailyExtraction?api-version=2018-06-01`, { token });
    expect(stored.json.properties.runtimeState).toBe('Started');
    expect(stored.json.properties.typeProperties.recurrence.interval).toBe(2);
  });

  test('an activity failure names the activity, its error code, message and failure type', async () => {
    await setScenario({ defaultDurationMs: 100, activities: { 'CopyMessages/CopyMessages': { outcome: 'Failed' } } });
    const run = await runCli(['CopyMessages']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/CopyMessages › CopyMessages \(Copy\): Failed in \d+\.\ds: 2200 UserError: Failure happened on 'Sink' side\./);
    expect(run.stderr).toMatch(/^mapp: Pipeline CopyMessages \(run [0-9a-f-]{36}\) ended Failed, expected Succeeded\. Activity CopyMessages \(Copy\) of pipeline CopyMessages failed: error 2200, failure type UserError: Failure happened on 'Sink' side/);
    // The activity that depends on it with Succeeded never ran.
    expect(run.stdout).not.toContain('RecordRows');
  });

  test('a run that succeeds but moves no data fails the minimums', async () => {
    await setScenario({ defaultDurationMs: 100, copy: { rowsRead: 0, rowsCopied: 0, filesWritten: 0, dataWritten: 0 } });
    const run = await runCli(['CopyUsers', '--min-rows-written', '1']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Pipeline CopyUsers run .*: Succeeded in .*; 0 rows read, 0 rows written, 0 files written\./);
    expect(run.stderr).toContain('succeeded but its copy activities show 0 rows written, fewer than the minimum 1');
  });

  test('timeout: the run is cancelled in Azure, recursively', async () => {
    await setScenario({ defaultDurationMs: 60_000 });
    const started = Date.now();
    const run = await runCli(['ExtractAll', '--timeout', '1s']);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/did not finish before the timeout; it was cancelled \(now Cancelled\)/);
    const cancels = routes('arm.dataFactory.pipelineRuns.cancel');
    expect(cancels).toHaveLength(1);
    expect(cancels[0]!.query.isRecursive).toBe('true');
  });

  test('a 429 storm on the status checks is waited out, honouring Retry-After', async () => {
    standIn.addFault({ route: 'arm.dataFactory.pipelineRuns.get', kind: 'throttle', retryAfterSeconds: 1, count: 6 });
    const run = await runCli(['CopyUsers']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Azure answered 429 while checking run [0-9a-f-]{36}; checking again in 1\.0s\./);
    const throttled = routes('arm.dataFactory.pipelineRuns.get').filter((r) => r.status === 429);
    expect(throttled).toHaveLength(6);
  });

  test('two pipelines at once: both runs are in progress together', async () => {
    await setScenario({ defaultDurationMs: 600 });
    const run = await runCli(['CopyUsers,CopyEvents', '--concurrency', '2']);
    expect(run.status).toBe(0);
    const created = routes('arm.dataFactory.pipelines.createRun');
    expect(created).toHaveLength(2);
    // The second run started before the first could have finished.
    expect(Date.parse(created[1]!.time) - Date.parse(created[0]!.time)).toBeLessThan(600);
    expect(run.stdout).toMatch(/Pipeline CopyUsers run .*: Succeeded/);
    expect(run.stdout).toMatch(/Pipeline CopyEvents run .*: Succeeded/);
  });

  test('SIGINT cancels the run in Azure and exits within seconds', async () => {
    await setScenario({ defaultDurationMs: 60_000 });
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, CLI), 'smoke-run', ...target, 'CopyUsers'], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', ...cliEnv() } });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const inProgress = new Promise<void>((resolve) => child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('InProgress')) resolve();
    }));
    await inProgress;
    const signalled = Date.now();
    child.kill('SIGINT');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(status).toBe(1);
    expect(stderr).toMatch(/was cancelled because the job was cancelled \(now Cancelled\)/);
    expect(routes('arm.dataFactory.pipelineRuns.cancel')).toHaveLength(1);
  });

  test('bad input is a usage error naming the option', async () => {
    const run = await runCli(['CopyUsers', '--timeout', 'soon']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("mapp: option --timeout must be a duration such as 500ms, 15s, 45m or 2h; got 'soon'.\n");
    const missing = await runCli(['NoSuchPipeline']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Pipeline NoSuchPipeline was not found in data factory adf-smoke');
  });
});

function readGithubOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    while (lines[++i] !== match[2]) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

const connectionInputs = () => ({
  ...standInSecretInputs(standIn),
  'resource-group': GROUP,
  factory: FACTORY,
  'poll-interval': '100ms',
  'poll-max-interval': '300ms',
});

describe('GitHub action bundle (actions/smoke-run/dist)', () => {
  async function runAction(inputs: Record<string, string>) {
    const dir = tempDir();
    const outputFile = path.join(dir, 'output');
    const summaryFile = path.join(dir, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env = Object.fromEntries(Object.entries({ ...connectionInputs(), ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
    const run = await runBundleAsync(ACTION, dir, { ...env, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile });
    return { run, outputs: readGithubOutputs(outputFile), summary: readFileSync(summaryFile, 'utf8') };
  }

  test('success: outputs, and a timeline per run in the job summary', async () => {
    const { run, outputs, summary } = await runAction({ pipelines: 'CopyMessages', 'min-rows-read': '1' });
    expect(run.status).toBe(0);
    expect(run.lines).toContain(`::add-mask::${standIn.env.AZURE_CLIENT_SECRET}`);
    expect(outputs['run-ids']).toMatch(/^CopyMessages=[0-9a-f-]{36}$/);
    expect(outputs.statuses).toBe('CopyMessages=Succeeded');
    expect(outputs['rows-written']).toBe('1200');
    expect(outputs['files-written']).toBe('3');
    expect(JSON.parse(outputs.runs!)[0]).toMatchObject({ pipeline: 'CopyMessages', status: 'Succeeded', rowsRead: 1200 });
    expect(summary).toContain('| CopyMessages | ');
    expect(summary).toMatch(/\| CopyMessages › CopyMessages \| Copy \| Succeeded \| \d{4}-.* \| \d+\.\ds \| 1200 rows read, 1200 rows written, 3 files written \|/);
    expect(summary).toMatch(/\| CopyMessages › RecordRows \| SetVariable \| Succeeded \|/);
  });

  test('an unauthorised Office 365 copy is recognised and explained', async () => {
    await setScenario({ defaultDurationMs: 100, activities: { CopyUsers: { outcome: 'Office365Unauthorised' } } });
    const { run, outputs, summary } = await runAction({ pipelines: 'CopyUsers' });
    expect(run.status).toBe(1);
    expect(outputs.statuses).toBe('CopyUsers=Failed');
    const error = run.lines.find((l) => l.startsWith('::error title=mapp smoke-run::'));
    expect(error).toContain('UserErrorOffice365DataLoaderError');
    expect(error).toContain('must approve the app registration used by the Office 365 linked service in the Microsoft 365 admin center');
    expect(summary).toContain('Microsoft 365 admin center');
  });
});

describe('Azure DevOps task bundle (tasks/MappSmokeRun/dist)', () => {
  test('success and failure, as the agent runs the task', async () => {
    const dir = tempDir();
    const inputs = Object.fromEntries(Object.entries({ ...connectionInputs(), pipelines: 'CopyEvents' }).map(([name, value]) => [`INPUT_${name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).toUpperCase()}`, value]));
    const env = { ...inputs, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS, AGENT_TEMPDIRECTORY: dir };
    const run = await runBundleAsync(TASK, dir, env);
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
    expect(run.lines).toContain('##vso[task.setvariable variable=rowsWritten;isOutput=true;issecret=false;]2400');
    expect(run.lines.some((l) => l.startsWith('##vso[task.uploadsummary]'))).toBe(true);

    await setScenario({ defaultDurationMs: 100, activities: { 'CopyEvents/CopyCalendar': { outcome: 'Failed', error: { errorCode: '2108', message: 'Calendar view refused.', failureType: 'SystemError' } } } });
    const failed = await runBundleAsync(TASK, dir, env);
    expect(failed.lines.find((l) => l.startsWith('##vso[task.complete result=Failed;]'))).toMatch(/Activity CopyCalendar \(Copy\) of pipeline CopyEvents failed: error 2108, failure type SystemError: Calendar view refused\./);
  });
});

describe('cancellation by signal in the built action and task', () => {
  // The factory's objects, should this block run alone.
  beforeAll(async () => expect((await runCli(['--deploy', FACTORY_FOLDER, 'CopyUsers'])).status).toBe(0));
  const faces = [
    { face: 'GitHub action', bundle: ACTION, env: (dir: string) => ({ ...Object.fromEntries(Object.entries({ ...connectionInputs(), pipelines: 'CopyUsers' }).map(([n, v]) => [`INPUT_${n.toUpperCase()}`, v])), GITHUB_OUTPUT: path.join(dir, 'out'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') }), failed: /^::error.*was cancelled because the job was cancelled \(now Cancelled\)/ },
    { face: 'Azure DevOps task', bundle: TASK, env: (dir: string) => ({ ...Object.fromEntries(Object.entries({ ...connectionInputs(), pipelines: 'CopyUsers' }).map(([n, v]) => [`INPUT_${n.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).toUpperCase()}`, v])), AGENT_TEMPDIRECTORY: dir }), failed: /^##vso\[task\.complete result=Failed;\].*was cancelled because the job was cancelled \(now Cancelled\)/ },
  ];
  test.each(faces)('$face: SIGTERM cancels the run in Azure and the step ends within seconds', async ({ bundle, env, failed }) => {
    await setScenario({ defaultDurationMs: 60_000 });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'out'), '');
    writeFileSync(path.join(dir, 'summary'), '');
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, bundle)], { cwd: dir, env: { PATH: process.env.PATH ?? '', NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS!, ...env(dir) } });
    let stdout = '';
    const inProgress = new Promise<void>((resolve) => child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('InProgress')) resolve();
    }));
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await Promise.race([inProgress, closed]);
    // Still running when signalled, as a runner cancelling a job finds it.
    expect({ code: child.exitCode, stderr }).toEqual({ code: null, stderr: '' });
    const signalled = Date.now();
    child.kill('SIGTERM');
    await closed;
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(stdout.split(/\r?\n/).some((line) => failed.test(line))).toBe(true);
    expect(routes('arm.dataFactory.pipelineRuns.cancel')).toHaveLength(1);
  });
});
