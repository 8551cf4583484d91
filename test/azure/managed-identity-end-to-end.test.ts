import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import type { BundleRun } from '../helpers/run-bundle.js';
import { runBundleAsync } from '../helpers/run-bundle-async.js';

// Managed identity end to end: the built action and task run as the runners run them, on a
// "machine" whose managed-identity endpoint is the stand-in's plain HTTP listener, either the
// App Service source (IDENTITY_ENDPOINT + IDENTITY_HEADER) or IMDS (AZURE_POD_IDENTITY_AUTHORITY_HOST,
// as on a VM hosting a self-hosted runner or agent). Only the variables given here reach the process.
const ACTION = 'actions/whoami/dist/index.js';
const TASK = 'tasks/MappWhoAmI/dist/index.js';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(async () => {
  await standIn?.stop();
});
beforeEach(() => standIn.requests.clear());

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'mapp-mi-'));
const system = () => standIn.managedIdentity.systemAssigned!;
const userAssigned = () => standIn.managedIdentity.userAssigned[0]!;

/** No secret the suite knows, and no JWT of any kind, outside the runner's masking commands. */
function expectNoSecrets(texts: string[]): void {
  const secrets = [standIn.managedIdentity.appServiceEnv.IDENTITY_HEADER, standIn.env.AZURE_CLIENT_SECRET, standIn.env.SYSTEM_ACCESSTOKEN];
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (/^(::add-mask::|##vso\[task\.setsecret\])/.test(line)) continue;
      for (const secret of secrets) expect(line).not.toContain(secret);
      expect(line).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\./);
    }
  }
}

/** The managed identity's token was masked before anything else could log it. */
function expectTokenMasked(run: BundleRun, maskPrefix: string): void {
  expect(run.lines.filter((line) => line.startsWith(`${maskPrefix}eyJ`)).length).toBeGreaterThan(0);
}

function expectSignedIn(run: BundleRun, identity: { clientId: string; principalId: string }, mode: string): void {
  expect(run.stdout).toContain(`Identity: ${mode}`);
  expect(run.stdout).toContain(`Principal: ${identity.clientId} (object ${identity.principalId})`);
  expect(run.stdout).toContain(`Tenant: ${standIn.env.AZURE_TENANT_ID}`);
  expect(run.stdout).toContain(`Subscription: mapp stand-in subscription (${standIn.env.AZURE_SUBSCRIPTION_ID}), Enabled`);
}

function routesCalled(): string[] {
  return standIn.requests.list().map((entry) => `${entry.route} ${entry.status}`);
}

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

async function runAction(inputs: Record<string, string>, machineEnv: Record<string, string>) {
  const dir = tempDir();
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const all = {
    cloud: 'Custom',
    'authority-host': standIn.env.AZURE_AUTHORITY_HOST,
    'arm-endpoint': standIn.env.MAPP_ARM_ENDPOINT,
    'subscription-id': standIn.env.AZURE_SUBSCRIPTION_ID,
    auth: 'managed-identity',
    ...inputs,
  };
  const inputEnv = Object.fromEntries(Object.entries(all).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const run = await runBundleAsync(ACTION, dir, {
    ...inputEnv,
    ...machineEnv,
    NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  });
  const summary = readFileSync(summaryFile, 'utf8');
  return { run, outputs: readGithubOutputs(outputFile), summary, everything: [run.stdout, run.stderr, summary, readFileSync(outputFile, 'utf8')] };
}

describe('GitHub action bundle on a self-hosted runner with a managed identity (auth: managed-identity)', () => {
  test('system-assigned, App Service source: token from IDENTITY_ENDPOINT with X-IDENTITY-HEADER, then ARM', async () => {
    const { run, outputs, summary, everything } = await runAction({}, standIn.managedIdentity.appServiceEnv);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectSignedIn(run, system(), "managed identity (from this machine's managed identity)");
    expect(outputs).toMatchObject({
      'identity-mode': 'managed-identity',
      'client-id': system().clientId,
      'tenant-id': standIn.env.AZURE_TENANT_ID,
      'subscription-id': standIn.env.AZURE_SUBSCRIPTION_ID,
    });
    expect(summary).toContain(`| Principal | ${system().clientId} (object ${system().principalId}) |`);
    expectTokenMasked(run, '::add-mask::');
    // No Entra call: the machine's endpoint hands out the token.
    expect(routesCalled()).toEqual(['managedIdentity.appService.token 200', 'arm.subscriptions.get 200']);
    const tokenRequest = standIn.requests.list({ route: 'managedIdentity.*' })[0]!;
    expect(tokenRequest.query).toEqual({ 'api-version': '2019-08-01', resource: standIn.env.MAPP_ARM_ENDPOINT });
    expectNoSecrets(everything);
  });

  test('user-assigned by client id, IMDS source (a VM runner): client_id goes to the endpoint and the token is that identity\'s', async () => {
    const { run, outputs, everything } = await runAction({ 'client-id': userAssigned().clientId }, standIn.managedIdentity.imdsEnv);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectSignedIn(run, userAssigned(), `managed identity for client ${userAssigned().clientId} (from this machine's managed identity)`);
    expect(outputs['client-id']).toBe(userAssigned().clientId);
    expect(routesCalled()).toEqual(['managedIdentity.imds.token 200', 'arm.subscriptions.get 200']);
    expect(standIn.requests.list({ route: 'managedIdentity.*' })[0]!.query).toEqual({
      'api-version': '2018-02-01',
      resource: standIn.env.MAPP_ARM_ENDPOINT,
      client_id: userAssigned().clientId,
    });
    expectNoSecrets(everything);
  });

  test('a client id no identity on the machine has fails the step naming what to check, and ARM is never called', async () => {
    const missing = '11111111-2222-4333-8444-555555555555';
    const { run, everything } = await runAction({ 'client-id': missing }, standIn.managedIdentity.appServiceEnv);
    expect(run.status).toBe(1);
    const error = run.lines.find((line) => line.startsWith('::error::'));
    expect(error).toContain(`Could not sign in to Azure with managed identity for client ${missing}`);
    expect(error).toContain('No User Assigned or Delegated Managed Identity found');
    expect(error).toContain(`check that a user-assigned identity with input 'client-id' is attached to this machine`);
    expect(routesCalled()).toEqual(['managedIdentity.appService.token 400']);
    expectNoSecrets(everything);
  });
});

describe('Azure DevOps task bundle with a ManagedServiceIdentity service connection', () => {
  /** The variables the agent sets for a managed-identity AzureRM service connection pointing at the stand-in. */
  function serviceConnectionEnv(data: Record<string, string> = {}): Record<string, string> {
    const id = standIn.env.MAPP_STAND_IN_SERVICE_CONNECTION_ID;
    const parameters = { tenantid: standIn.env.AZURE_TENANT_ID };
    return {
      INPUT_CONNECTEDSERVICENAMEARM: id,
      [`ENDPOINT_URL_${id}`]: `${standIn.env.MAPP_ARM_ENDPOINT}/`,
      [`ENDPOINT_AUTH_${id}`]: JSON.stringify({ scheme: 'ManagedServiceIdentity', parameters }),
      [`ENDPOINT_AUTH_SCHEME_${id}`]: 'ManagedServiceIdentity',
      [`ENDPOINT_AUTH_PARAMETER_${id}_TENANTID`]: parameters.tenantid,
      [`ENDPOINT_DATA_${id}_SUBSCRIPTIONID`]: standIn.env.AZURE_SUBSCRIPTION_ID,
      [`ENDPOINT_DATA_${id}_SUBSCRIPTIONNAME`]: 'mapp stand-in subscription',
      [`ENDPOINT_DATA_${id}_ENVIRONMENT`]: 'AzureStack',
      [`ENDPOINT_DATA_${id}_ACTIVEDIRECTORYAUTHORITY`]: `${standIn.env.AZURE_AUTHORITY_HOST}/`,
      ...Object.fromEntries(Object.entries(data).map(([key, value]) => [`ENDPOINT_DATA_${id}_${key.toUpperCase()}`, value])),
      ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({ parameters: { AccessToken: standIn.env.SYSTEM_ACCESSTOKEN }, scheme: 'OAuth' }),
      NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS,
    };
  }

  async function runTask(env: Record<string, string>) {
    const dir = tempDir();
    const run = await runBundleAsync(TASK, dir, { ...env, AGENT_TEMPDIRECTORY: dir });
    const summaryLine = run.lines.find((l) => l.startsWith('##vso[task.uploadsummary]'));
    const summary = summaryLine ? readFileSync(summaryLine.slice('##vso[task.uploadsummary]'.length), 'utf8') : '';
    return { run, summary, everything: [run.stdout, run.stderr, summary] };
  }

  test('system-assigned, IMDS source (the agent VM): signs in without any secret', async () => {
    const { run, summary, everything } = await runTask({ ...serviceConnectionEnv(), ...standIn.managedIdentity.imdsEnv });
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
    expectSignedIn(run, system(), `managed identity (from service connection '${standIn.env.MAPP_STAND_IN_SERVICE_CONNECTION_ID}')`);
    expect(run.lines).toContain('##vso[task.setvariable variable=identityMode;isOutput=true;issecret=false;]managed-identity');
    expect(summary).toContain(`| Principal | ${system().clientId} (object ${system().principalId}) |`);
    expectTokenMasked(run, '##vso[task.setsecret]');
    expect(routesCalled()).toEqual(['managedIdentity.imds.token 200', 'arm.subscriptions.get 200']);
    expectNoSecrets(everything);
  });

  test('user-assigned (msiclientId data), App Service source', async () => {
    const { run, everything } = await runTask({ ...serviceConnectionEnv({ msiclientId: userAssigned().clientId }), ...standIn.managedIdentity.appServiceEnv });
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
    expectSignedIn(run, userAssigned(), `managed identity for client ${userAssigned().clientId} (from service connection`);
    expect(standIn.requests.list({ route: 'managedIdentity.*' })[0]!.query).toMatchObject({ client_id: userAssigned().clientId });
    expectNoSecrets(everything);
  });
});
