import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import type { BundleRun } from '../helpers/run-bundle.js';
import { call } from '../helpers/stand-in-client.js';
import { runBundleAsync } from '../helpers/run-bundle-async.js';

// Each credential mode, end to end: the built action and task run as the runners run them,
// against the stand-in's Entra, OIDC and ARM endpoints, trusting it through NODE_EXTRA_CA_CERTS.
const ACTION = 'actions/whoami/dist/index.js';
const TASK = 'tasks/MappWhoAmI/dist/index.js';
const CLI = 'cli/bin/mapp.js';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(async () => {
  await standIn?.stop();
});
beforeEach(() => standIn.requests.clear());

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'mapp-whoami-'));

/** Every secret the suite hands to a process: none may appear outside a masking command. */
function secrets(): string[] {
  const pem = readFileSync(standIn.env.MAPP_STAND_IN_CLIENT_CERTIFICATE_PATH, 'utf8');
  const keyLines = pem.split('\n').filter((line) => line.length > 40 && !line.startsWith('-----'));
  return [standIn.env.AZURE_CLIENT_SECRET, standIn.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, standIn.env.SYSTEM_ACCESSTOKEN, ...keyLines.slice(0, 3)];
}

/** Fails when a secret (or an access token) shows up anywhere but in the runner's own masking command. */
function expectNoSecrets(texts: string[], extra: string[] = []): void {
  const maskCommand = /^(::add-mask::|##vso\[task\.setsecret\])/;
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (maskCommand.test(line)) continue;
      for (const secret of [...secrets(), ...extra]) expect(line).not.toContain(secret);
      // No bearer token of any kind: JWTs start with a base64url '{"' header.
      expect(line).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\./);
    }
  }
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

async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const dir = tempDir();
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const run = await runBundleAsync(ACTION, dir, {
    ...inputEnv,
    ...env,
    NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  });
  const outputs = readGithubOutputs(outputFile);
  const summary = readFileSync(summaryFile, 'utf8');
  return { run, outputs, summary, everything: [run.stdout, run.stderr, summary, readFileSync(outputFile, 'utf8')] };
}

/** The stand-in as a custom cloud, given as action inputs. */
const cloudInputs = () => ({
  cloud: 'Custom',
  'authority-host': standIn.env.AZURE_AUTHORITY_HOST,
  'arm-endpoint': standIn.env.MAPP_ARM_ENDPOINT,
  'tenant-id': standIn.env.AZURE_TENANT_ID,
  'client-id': standIn.env.AZURE_CLIENT_ID,
  'subscription-id': standIn.env.AZURE_SUBSCRIPTION_ID,
});

function expectSignedIn(run: BundleRun, mode: string): void {
  expect(run.stdout).toContain(`Subscription: mapp stand-in subscription (${standIn.env.AZURE_SUBSCRIPTION_ID}), Enabled`);
  expect(run.stdout).toContain(`Tenant: ${standIn.env.AZURE_TENANT_ID}`);
  expect(run.stdout).toContain(`Principal: ${standIn.env.AZURE_CLIENT_ID}`);
  expect(run.stdout).toContain(`Identity: ${mode}`);
}

function routesCalled(): string[] {
  return standIn.requests.list().map((entry) => `${entry.route} ${entry.status}`);
}

describe('GitHub action bundle (actions/whoami/dist)', () => {
  test('client secret', async () => {
    const { run, outputs, summary, everything } = await runAction({ ...cloudInputs(), auth: 'secret', 'client-secret': standIn.env.AZURE_CLIENT_SECRET });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.lines).toContain(`::add-mask::${standIn.env.AZURE_CLIENT_SECRET}`);
    expectSignedIn(run, `client secret for client ${standIn.env.AZURE_CLIENT_ID} in tenant ${standIn.env.AZURE_TENANT_ID} (from input 'client-secret')`);
    expect(outputs).toMatchObject({ 'identity-mode': 'client-secret', 'subscription-id': standIn.env.AZURE_SUBSCRIPTION_ID, 'tenant-id': standIn.env.AZURE_TENANT_ID });
    expect(summary).toContain('| Subscription | mapp stand-in subscription');
    expect(routesCalled()).toEqual(expect.arrayContaining(['entra.token 200', 'arm.subscriptions.get 200']));
    expectNoSecrets(everything);
  });

  test('certificate (client assertion signed with the app certificate), given as a PEM path', async () => {
    const { run, outputs, everything } = await runAction({ ...cloudInputs(), auth: 'certificate', 'client-certificate': standIn.env.MAPP_STAND_IN_CLIENT_CERTIFICATE_PATH });
    expect(run.status).toBe(0);
    expectSignedIn(run, 'client certificate');
    expect(outputs['identity-mode']).toBe('client-certificate');
    expectNoSecrets(everything);
  });

  test('GitHub OIDC: the job token for api://AzureADTokenExchange exchanged as a client assertion (auto)', async () => {
    const { run, outputs, everything } = await runAction(cloudInputs(), {
      ACTIONS_ID_TOKEN_REQUEST_URL: standIn.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIn.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    });
    expect(run.status).toBe(0);
    expectSignedIn(run, "GitHub OIDC federation for client");
    expect(outputs['identity-mode']).toBe('github-oidc');
    // The ID token itself was masked before anything else was written.
    expect(run.lines.filter((line) => line.startsWith('::add-mask::eyJ')).length).toBeGreaterThan(0);
    expect(routesCalled()).toEqual(expect.arrayContaining(['github.idToken 200', 'entra.token 200', 'arm.subscriptions.get 200']));
    expectNoSecrets(everything);
  });

  test('Azure CLI login (after azure/login): the token az hands out is used for ARM', async () => {
    const { bin, issued } = fakeAzOnPath();
    const { run, outputs, everything } = await runAction({ ...cloudInputs(), auth: 'azure-cli' }, { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` });
    expect(run.status).toBe(0);
    expectSignedIn(run, `Azure CLI login in tenant ${standIn.env.AZURE_TENANT_ID}`);
    expect(outputs['identity-mode']).toBe('azure-cli');
    expect(run.lines).toContain(`::add-mask::${issued.token}`);
    expect(routesCalled()).toEqual(['arm.subscriptions.get 200']);
    expectNoSecrets(everything, [issued.token]);
  });

  test('a wrong secret fails the step naming the inputs to fix, with the AADSTS code, and masks the wrong secret', async () => {
    const wrong = 'wrong~secret-value-0123456789abcdefghij';
    const { run, everything } = await runAction({ ...cloudInputs(), 'client-secret': wrong });
    expect(run.status).toBe(1);
    expect(run.lines).toContain(`::add-mask::${wrong}`);
    expect(run.lines).toContain(
      `::error::Could not sign in to Azure with client secret for client ${standIn.env.AZURE_CLIENT_ID} in tenant ${standIn.env.AZURE_TENANT_ID} (from input 'client-secret'): invalid_client: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${standIn.env.AZURE_CLIENT_ID}'. To fix: check input 'client-secret', input 'client-id' and input 'tenant-id'.`,
    );
    expectNoSecrets(everything, [wrong]);
  });

  test('oidc without the id-token permission fails before any call', async () => {
    const { run } = await runAction({ ...cloudInputs(), auth: 'oidc' });
    expect(run.status).toBe(1);
    expect(run.lines).toContain("::error::input 'auth' is oidc, but GitHub gave this job no ID token: add 'permissions: id-token: write' to the job (or workflow).");
    expect(standIn.requests.list()).toEqual([]);
  });
});

describe('Azure DevOps task bundle (tasks/MappWhoAmI/dist)', () => {
  /** The variables the agent sets for an AzureRM service connection pointing at the stand-in. */
  function serviceConnectionEnv(scheme: string, parameters: Record<string, string>): Record<string, string> {
    const id = standIn.env.MAPP_STAND_IN_SERVICE_CONNECTION_ID;
    const all = { tenantid: standIn.env.AZURE_TENANT_ID, serviceprincipalid: standIn.env.AZURE_CLIENT_ID, ...parameters };
    return {
      INPUT_CONNECTEDSERVICENAMEARM: id,
      [`ENDPOINT_URL_${id}`]: `${standIn.env.MAPP_ARM_ENDPOINT}/`,
      [`ENDPOINT_AUTH_${id}`]: JSON.stringify({ scheme, parameters: all }),
      [`ENDPOINT_AUTH_SCHEME_${id}`]: scheme,
      ...Object.fromEntries(Object.entries(all).map(([key, value]) => [`ENDPOINT_AUTH_PARAMETER_${id}_${key.toUpperCase()}`, value])),
      [`ENDPOINT_DATA_${id}_SUBSCRIPTIONID`]: standIn.env.AZURE_SUBSCRIPTION_ID,
      [`ENDPOINT_DATA_${id}_SUBSCRIPTIONNAME`]: 'mapp stand-in subscription',
      [`ENDPOINT_DATA_${id}_ENVIRONMENT`]: 'AzureStack',
      [`ENDPOINT_DATA_${id}_ACTIVEDIRECTORYAUTHORITY`]: `${standIn.env.AZURE_AUTHORITY_HOST}/`,
      ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({ parameters: { AccessToken: standIn.env.SYSTEM_ACCESSTOKEN }, scheme: 'OAuth' }),
      SYSTEM_OIDCREQUESTURI: standIn.env.SYSTEM_OIDCREQUESTURI,
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

  test('WorkloadIdentityFederation: AzurePipelinesCredential with the job token and the stand-in DevOps OIDC endpoint', async () => {
    const { run, everything } = await runTask(serviceConnectionEnv('WorkloadIdentityFederation', {}));
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
    expectSignedIn(run, `Azure DevOps workload identity federation for client ${standIn.env.AZURE_CLIENT_ID}`);
    expect(run.lines).toContain('##vso[task.setvariable variable=identityMode;isOutput=true;issecret=false;]azure-pipelines');
    expect(run.lines).toContain(`##vso[task.setsecret]${standIn.env.SYSTEM_ACCESSTOKEN}`);
    expect(routesCalled()).toEqual(expect.arrayContaining(['devops.oidcToken 200', 'entra.token 200', 'arm.subscriptions.get 200']));
    expectNoSecrets(everything);
  });

  test('ServicePrincipal with a key', async () => {
    const { run, everything } = await runTask(serviceConnectionEnv('ServicePrincipal', { authenticationType: 'spnKey', serviceprincipalkey: standIn.env.AZURE_CLIENT_SECRET }));
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
    expectSignedIn(run, 'client secret');
    expect(run.lines).toContain(`##vso[task.setsecret]${standIn.env.AZURE_CLIENT_SECRET}`);
    expectNoSecrets(everything);
  });

  test('ServicePrincipal with a certificate', async () => {
    const pem = readFileSync(standIn.env.MAPP_STAND_IN_CLIENT_CERTIFICATE_PATH, 'utf8');
    const { run, everything } = await runTask(serviceConnectionEnv('ServicePrincipal', { authenticationType: 'spnCertificate', servicePrincipalCertificate: pem }));
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
    expectSignedIn(run, 'client certificate');
    expectNoSecrets(everything);
  });

  test('ServicePrincipal with neither key nor certificate fails naming the service-connection fields', async () => {
    const { run } = await runTask(serviceConnectionEnv('ServicePrincipal', {}));
    expect(run.lines).toContain(
      `##vso[task.complete result=Failed;]Service connection '${standIn.env.MAPP_STAND_IN_SERVICE_CONNECTION_ID}' uses scheme ServicePrincipal but has no serviceprincipalkey or certificate: edit the service connection in Project settings > Service connections and give the secret or certificate.`,
    );
    expect(standIn.requests.list()).toEqual([]);
  });
});

/** A stand-in `az` on a PATH folder that answers `az account get-access-token` with a token the stand-in issued. */
function fakeAzOnPath(): { bin: string; issued: { token: string; expiresIn: number } } {
  const bin = path.join(tempDir(), 'bin');
  mkdirSync(bin);
  const issued = standIn.tokens.issueAccessToken({ audience: standIn.env.MAPP_ARM_ENDPOINT, clientId: standIn.env.AZURE_CLIENT_ID });
  const expiresOn = Math.floor(Date.now() / 1000) + issued.expiresIn;
  writeFileSync(
    path.join(bin, 'token.json'),
    JSON.stringify({ accessToken: issued.token, expires_on: expiresOn, expiresOn: new Date(expiresOn * 1000).toISOString(), tenant: standIn.env.AZURE_TENANT_ID, tokenType: 'Bearer' }),
  );
  writeFileSync(path.join(bin, 'az'), `#!/bin/sh\ncase "$*" in\n  "account get-access-token"*) cat "${bin}/token.json" ;;\n  *) echo "unexpected: $*" >&2; exit 2 ;;\nesac\n`);
  chmodSync(path.join(bin, 'az'), 0o755);
  return { bin, issued };
}

describe('CLI bundle', () => {
  test("the developer's own Azure CLI login", async () => {
    const { bin, issued } = fakeAzOnPath();
    const { AZURE_CLIENT_SECRET: _secret, ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = standIn.env;
    const run = await runBundleAsync(CLI, tempDir(), { ...env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` }, ['whoami', '--auth', 'azure-cli']);
    expect(run.status).toBe(0);
    expectSignedIn(run, `Azure CLI login in tenant ${standIn.env.AZURE_TENANT_ID}`);
    expectNoSecrets([run.stdout, run.stderr], [issued.token]);
  });

  test('the stand-in\'s printed environment alone is enough (AZURE_* and MAPP_* variables)', async () => {
    const { ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = standIn.env;
    const run = await runBundleAsync(CLI, tempDir(), env, ['whoami']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectSignedIn(run, 'client secret');
    expect(run.stdout).toContain('(from AZURE_CLIENT_SECRET)');
    expectNoSecrets([run.stdout, run.stderr]);
  });

  test('AZURE_FEDERATED_TOKEN_FILE: a federated token from a file (workload identity) is exchanged', async () => {
    const reply = await call(standIn, 'GET', `${standIn.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent('api://AzureADTokenExchange')}`, {
      token: standIn.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    });
    const tokenFile = path.join(tempDir(), 'federated-token');
    writeFileSync(tokenFile, reply.json.value as string);
    const { AZURE_CLIENT_SECRET: _secret, ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = standIn.env;
    const run = await runBundleAsync(CLI, tempDir(), { ...env, AZURE_FEDERATED_TOKEN_FILE: tokenFile }, ['whoami']);
    expect(run.status).toBe(0);
    expectSignedIn(run, 'federated token file');
    expectNoSecrets([run.stdout, run.stderr], [reply.json.value as string]);
  });

  test('a subscription ARM does not know is a usage error naming the option', async () => {
    const { ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = standIn.env;
    const missing = '00000000-0000-4000-8000-000000000000';
    const run = await runBundleAsync(CLI, tempDir(), env, ['whoami', '--subscription-id', missing]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^mapp: Subscription '${missing}' was not found in Custom \\(SubscriptionNotFound \\(HTTP 404\\): .*\\): check option --subscription-id \\(or AZURE_SUBSCRIPTION_ID\\)\\.\n$`));
  });
});
