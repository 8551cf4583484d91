import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type Azurite } from '../helpers/azurite.js';
import { runBundleAsync } from '../helpers/run-bundle-async.js';
import { armToken, call } from '../helpers/stand-in-client.js';
import { EXAMPLE_APP } from '../helpers/validate-fixture.js';

// The built action, task and CLI run as child processes, as the runners run them, against the
// stand-in's ARM (which downloads the package with its SAS, as Azure does) and Azurite.
const ACTION = 'actions/publish-service-catalog/dist/index.js';
const TASK = 'tasks/MappPublishServiceCatalog/dist/index.js';
const CLI = 'cli/bin/mapp.js';

let standIn: StandIn;
let azurite: Azurite;
beforeAll(async () => {
  [standIn, azurite] = await Promise.all([startStandIn({ config: { scenario: { 'managed-app-definitions': { downloadPackages: true } } } }), startAzurite()]);
  const token = await armToken(standIn);
  await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/apps?api-version=2021-04-01`, { token, body: { location: 'westeurope' } });
});
afterAll(async () => {
  await Promise.all([standIn?.stop(), azurite?.stop()]);
});
beforeEach(() => standIn.requests.clear());

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'mapp-publish-e2e-'));

/** No secret outside the runner's masking commands: client secret, account key, any SAS signature. */
function expectNoSecrets(texts: string[]): void {
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (/^(::add-mask::|##vso\[task\.setsecret\])/.test(line)) continue;
      expect(line).not.toContain(standIn.env.AZURE_CLIENT_SECRET);
      expect(line).not.toContain(AZURITE_KEY);
      expect(line).not.toMatch(/sig=(?!\*\*\*)/);
    }
  }
}

const inputs = (name: string) => ({
  'resource-group': 'apps',
  name,
  location: 'westeurope',
  version: '1.0.0',
  'storage-account': AZURITE_ACCOUNT,
  'blob-endpoint': azurite.blobEndpoint,
  'storage-account-key': AZURITE_KEY,
  path: EXAMPLE_APP,
  cloud: 'Custom',
  'authority-host': standIn.env.AZURE_AUTHORITY_HOST,
  'arm-endpoint': standIn.env.MAPP_ARM_ENDPOINT,
  'tenant-id': standIn.env.AZURE_TENANT_ID,
  'client-id': standIn.env.AZURE_CLIENT_ID,
  'client-secret': standIn.env.AZURE_CLIENT_SECRET,
  'subscription-id': standIn.env.AZURE_SUBSCRIPTION_ID,
});

const definitionWrites = () => standIn.requests.list({ route: 'arm.applicationDefinitions.put' }).length;

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

async function runAction(given: Record<string, string>) {
  const dir = tempDir();
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = Object.fromEntries(Object.entries(given).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const run = await runBundleAsync(ACTION, dir, { ...env, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile });
  const summary = readFileSync(summaryFile, 'utf8');
  expectNoSecrets([run.stdout, run.stderr, summary, readFileSync(outputFile, 'utf8')]);
  return { run, outputs: readGithubOutputs(outputFile), summary };
}

test('GitHub action: first publish creates, the re-run writes nothing; secrets are masked first', async () => {
  const first = await runAction(inputs('gh-app'));
  expect(first.run.status).toBe(0);
  expect(first.run.lines).toContain(`::add-mask::${AZURITE_KEY}`);
  expect(first.run.lines.some((l) => /^::add-mask::[A-Za-z0-9%+/=]{40,}$/.test(l) && !l.includes(AZURITE_KEY))).toBe(true);
  expect(first.outputs).toMatchObject({ result: 'created', version: '1.0.0', 'definition-name': 'gh-app' });
  expect(first.outputs['package-url']).toContain('sig=***');
  expect(first.summary).toContain('| Result | created |');
  expect(definitionWrites()).toBe(1);

  standIn.requests.clear();
  const again = await runAction(inputs('gh-app'));
  expect(again.outputs.result).toBe('unchanged');
  expect(definitionWrites()).toBe(0);
  expect(standIn.requests.list().length).toBeLessThanOrEqual(3);
});

test('GitHub action: a missing resource group fails the step naming the input and the ARM code', async () => {
  const { run } = await runAction({ ...inputs('gh-app'), 'resource-group': 'missing-rg' });
  expect(run.status).toBe(1);
  expect(run.lines.find((l) => l.startsWith('::error::'))).toMatch(/^::error::Publishing definition 'gh-app' failed: resource group 'missing-rg' .* \(ResourceGroupNotFound, HTTP 404: .*\)\. Create it .* or fix input 'resource-group'\.$/);
});

test('Azure DevOps task: publishes and sets the output variables; the re-run writes nothing', async () => {
  const env = Object.fromEntries(Object.entries(inputs('ado-app')).map(([k, v]) => [`INPUT_${k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).toUpperCase()}`, v]));
  const dir = tempDir();
  const run = await runBundleAsync(TASK, dir, { ...env, AGENT_TEMPDIRECTORY: dir, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS });
  expectNoSecrets([run.stdout, run.stderr]);
  expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
  expect(run.lines).toContain('##vso[task.setvariable variable=result;isOutput=true;issecret=false;]created');
  expect(run.lines).toContain(`##vso[task.setsecret]${AZURITE_KEY}`);
  standIn.requests.clear();
  const again = await runBundleAsync(TASK, dir, { ...env, AGENT_TEMPDIRECTORY: dir, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS });
  expect(again.lines).toContain('##vso[task.setvariable variable=result;isOutput=true;issecret=false;]unchanged');
  expect(definitionWrites()).toBe(0);
});

test('CLI: publishes with flags and the stand-in env; what-if writes nothing', async () => {
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _u, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _t, ...env } = standIn.env;
  const args = ['publish-service-catalog', EXAMPLE_APP, '-g', 'apps', '-n', 'cli-app', '-l', 'westeurope', '--version', '1.0.0', '--storage-account', AZURITE_ACCOUNT, '--blob-endpoint', azurite.blobEndpoint, '--storage-account-key', AZURITE_KEY];
  const whatIf = await runBundleAsync(CLI, tempDir(), env, [...args, '--what-if']);
  expect(whatIf.status).toBe(0);
  expect(whatIf.stdout).toContain('what-if: would create the definition; nothing written');
  expect(definitionWrites()).toBe(0);
  const run = await runBundleAsync(CLI, tempDir(), env, args);
  expectNoSecrets([whatIf.stdout, whatIf.stderr, run.stdout, run.stderr]);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Definition cli-app \(\/subscriptions\/.*\/applicationDefinitions\/cli-app\): created\./);
  expect(definitionWrites()).toBe(1);
});

test('Azure DevOps task: injected 429 and 503 replies are retried and the task still succeeds', async () => {
  standIn.addFault({ route: 'arm.applicationDefinitions.get', kind: 'throttle', retryAfterSeconds: 1, count: 1 });
  standIn.addFault({ route: 'arm.applicationDefinitions.put', kind: 'error', status: 503, count: 1 });
  try {
    const env = Object.fromEntries(Object.entries(inputs('ado-faults')).map(([k, v]) => [`INPUT_${k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).toUpperCase()}`, v]));
    const dir = tempDir();
    const run = await runBundleAsync(TASK, dir, { ...env, AGENT_TEMPDIRECTORY: dir, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS });
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
    const statuses = standIn.requests.list({ route: 'arm.applicationDefinitions.*' }).map((e) => `${e.method} ${e.status}`);
    expect(statuses).toEqual(['GET 429', 'GET 404', 'PUT 503', 'PUT 201']);
  } finally {
    standIn.clearFaults();
  }
});

test('CLI: a package over 120 MB and a management-mode change are refused with the cause, the fix and the code', async () => {
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _u, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _t, ...env } = standIn.env;
  const dir = tempDir();
  const fd = openSync(path.join(dir, 'big.zip'), 'w');
  ftruncateSync(fd, 125 * 1024 * 1024); // sparse: no 125 MB written to disk
  closeSync(fd);
  const big = await runBundleAsync(CLI, dir, env, ['publish-service-catalog', 'big.zip', '-g', 'apps', '-n', 'big-app', '-l', 'westeurope', '--package-source', 'inline']);
  expect(big.status).toBe(1);
  expect(big.stderr).toBe('mapp: big.zip: The package is 125.0 MB; the service catalog accepts at most 120 MB. Move large files to your own storage and download them from the template, or leave them out with .mappignore. (ApplicationDefinitionPackageTooLarge)\n');
  expect(standIn.requests.list()).toEqual([]);

  const base = ['publish-service-catalog', EXAMPLE_APP, '-g', 'apps', '-n', 'cli-managed', '-l', 'westeurope', '--storage-account', AZURITE_ACCOUNT, '--blob-endpoint', azurite.blobEndpoint, '--storage-account-key', AZURITE_KEY];
  expect((await runBundleAsync(CLI, tempDir(), env, [...base, '--management-mode', 'Managed'])).status).toBe(0);
  const conflict = await runBundleAsync(CLI, tempDir(), env, [...base, '--management-mode', 'Unmanaged']);
  expect(conflict.status).toBe(1);
  expect(conflict.stderr).toMatch(/^mapp: Publishing definition 'cli-managed' failed: definition 'cli-managed' already has another management mode, .*\(ApplicationDefinitionApplicationManagementPolicyLockConflict, HTTP 409: .*\)\. Leave out option --management-mode to keep the existing mode, or delete the definition and publish again\.\n$/);
});
