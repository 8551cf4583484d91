import { zipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { partnerCenterWorld, type PartnerCenterWorld } from '../../stand-in/routes/partner-center-world.js';
import { copyExample } from '../helpers/build-app.js';
import { runBundleAsync } from '../helpers/run-bundle-async.js';
import { PROJECT_ROOT } from '../helpers/validate-fixture.js';

// mapp publish-marketplace end to end: the example app goes from source to Partner Center
// (the stand-in's ingestion API) through the built CLI, GitHub action and DevOps task.
const ACTION = 'actions/publish-marketplace/dist/index.js';
const TASK = 'tasks/MappPublishMarketplace/dist/index.js';
const CLI = 'cli/bin/mapp.js';
const OFFER = 'contoso-gdc-app';
const TRACKING_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const BROKEN_APP = path.join(PROJECT_ROOT, 'test/fixtures/broken-app');
const FAST = { 'poll-seconds': '0.05', 'wait-minutes': '1' };

let standIn: StandIn;
let world: PartnerCenterWorld;
beforeAll(async () => {
  standIn = await startStandIn();
  world = partnerCenterWorld(standIn.state);
});
afterAll(async () => {
  await standIn?.stop();
});
beforeEach(() => {
  standIn.requests.clear();
  standIn.clearFaults();
});

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'mapp-marketplace-'));
const app = () => copyExample(new Date('2024-01-02T03:04:05Z'));

/** The plan's current draft configuration, as the stand-in holds it. */
function draftOf(planId: string): Record<string, unknown> {
  const product = world.products.find((p) => p.offerId === OFFER)!;
  const variant = product.variants.find((v) => v.planId === planId)!;
  const branch = product.branches.find((b) => b.module === 'Package' && b.variantId === variant.id)!;
  return world.configurations.get(branch.currentDraftInstanceId)!.resource;
}

/** Lets earlier submissions finish certification, as time would between two releases. */
async function settleSubmissions(): Promise<void> {
  for (const s of world.submissions) s.pollsLeft = 0;
  await runBundleAsync(CLI, tempDir(), standIn.env, ['publish-marketplace', '--offer-id', OFFER, '--mode', 'status']);
  standIn.requests.clear();
}

const routes = () => standIn.requests.list().map((e) => `${e.method} ${e.route} ${e.status}`);

/** No secret (client secret, SAS signature, bearer token) outside the runner's masking commands. */
function expectNoSecrets(texts: string[]): void {
  const signatures = [...world.packages.values()].map((p) => p.signature);
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (/^(::add-mask::|##vso\[task\.setsecret\])/.test(line)) continue;
      for (const secret of [standIn.env.AZURE_CLIENT_SECRET, ...signatures]) expect(line).not.toContain(secret);
      expect(line).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\./);
      expect(line).not.toMatch(/[?&]sig=/);
    }
  }
}

function cliArgs(inputs: Record<string, string | true>): string[] {
  return Object.entries(inputs).flatMap(([name, value]) => (value === true ? [`--${name}`] : [`--${name}`, value]));
}

async function runCli(appPath: string, inputs: Record<string, string | true>) {
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _u, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _t, ...env } = standIn.env;
  return runBundleAsync(CLI, path.dirname(appPath), env, ['publish-marketplace', appPath, ...cliArgs({ ...FAST, ...inputs })]);
}

describe('CLI', () => {
  test('the example app goes from source to live: build, upload, processing, plan update, preview, promote', async () => {
    const dir = app();
    const run = await runCli(dir, { 'offer-id': OFFER, 'plan-id': 'standard', version: 'v1.1.0', 'tracking-id': TRACKING_ID, submit: 'live', wait: true, 'jit-access': 'true', 'deployment-mode': 'Complete' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Plan version 1.1.0, from option --version.');
    expect(run.stdout).toMatch(/Package [0-9a-f-]{36} processed\./);
    expect(run.stdout).toMatch(/Promoted submission \d+ to live\./);
    expect(run.stdout).toMatch(/Submission \d+ is live: Published\/InStore\./);
    const draft = draftOf('standard');
    // Values the inputs set changed; the others (tenant, authorizations) were kept.
    expect(draft).toMatchObject({ version: '1.1.0', allowJitAccess: true, deploymentMode: 'Complete', publicAzureTenantID: '0b4d2f6a-8c1e-4a3b-9d5f-7e2c4a6b8d10' });
    expect(draft.publicAzureAuthorizations).toHaveLength(1);
    expect(routes()).toEqual(expect.arrayContaining([
      'POST partnerCenter.packages.create 201', 'PUT storage.partnerCenterPackages.putBlob 201', 'PUT partnerCenter.packages.update 200',
      'PUT partnerCenter.packageConfigurations.put 200', 'POST partnerCenter.submissions.create 201', 'POST partnerCenter.submissions.promote 200',
    ]));
    expect(readFileSync(path.join(path.dirname(dir), 'app.zip')).subarray(0, 2).toString()).toBe('PK');
    expectNoSecrets([run.stdout, run.stderr]);
  });

  test('a version the plan already has is refused before anything is uploaded', async () => {
    const run = await runCli(app(), { 'offer-id': OFFER, 'plan-id': 'standard', version: '1.0.0', 'tracking-id': TRACKING_ID });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Plan 'standard' already has version 1.0.0 (in submission");
    expect(run.stderr).toContain('nothing was uploaded. Publish a higher version');
    expect(routes().filter((r) => /packages\.create|putBlob|packageConfigurations\.put/.test(r))).toEqual([]);
  });

  test('a package without the pid-...-partnercenter tracking resource fails processing with the reason and what to do', async () => {
    const run = await runCli(app(), { 'offer-id': OFFER, 'plan-id': 'enterprise', version: '3.0.0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Partner Center could not process package [0-9a-f-]{36}: missingTrackingId \(Package\): mainTemplate\.json has no Microsoft\.Resources\/deployments resource named pid-<GUID>-partnercenter/);
    expect(run.stderr).toContain('build from the app folder with tracking-id set to your GUID');
    expect(draftOf('enterprise').version).toBe('2.0.0');
    expectNoSecrets([run.stdout, run.stderr]);
  });

  test('a package failing validation at error level is never uploaded', async () => {
    const broken = path.join(tempDir(), 'broken.zip');
    const files = Object.fromEntries(readdirSync(BROKEN_APP).map((name) => [name, new Uint8Array(readFileSync(path.join(BROKEN_APP, name)))]));
    writeFileSync(broken, zipSync(files));
    const run = await runCli(broken, { 'offer-id': OFFER, 'plan-id': 'enterprise', version: '3.0.1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('fails validation with');
    expect(run.stderr).toContain('nothing was uploaded');
    expect(routes()).toEqual([]);
  });

  test('a concurrent change to the plan (ETag mismatch) is reported, not overwritten', async () => {
    world.scenario.interleaveConfigurationEdit = true;
    const before = draftOf('premium');
    const run = await runCli(app(), { 'offer-id': OFFER, 'plan-id': 'premium', version: '1.5.0', 'tracking-id': TRACKING_ID, submit: 'none' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("The plan's technical configuration changed in Partner Center while mapp was updating it (conflict:");
    expect(run.stderr).toContain('nothing was overwritten');
    const after = draftOf('premium');
    expect(after.version).toBe(before.version);
    expect(after.allowJitAccess).toBe(!before.allowJitAccess);
    expect(routes()).toContain('PUT partnerCenter.packageConfigurations.put 409');
  });

  test('a 429 storm and 503s are ridden out, honouring Retry-After', async () => {
    standIn.addFault({ route: 'partnerCenter.*', kind: 'throttle', retryAfterSeconds: 1, ratio: 0.34, count: 4 });
    standIn.addFault({ route: 'partnerCenter.submissions.create', kind: 'error', status: 503, count: 1 });
    const run = await runCli(app(), { 'offer-id': OFFER, 'plan-id': 'premium', version: '1.6.0', 'tracking-id': TRACKING_ID, submit: 'preview' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const log = standIn.requests.list();
    const throttled = log.filter((e) => e.fault === 'throttle');
    expect(throttled).toHaveLength(4);
    expect(log.filter((e) => e.status === 503)).toHaveLength(1);
    for (const hit of throttled) {
      const retry = log.find((e) => e.path === hit.path && e.method === hit.method && Date.parse(e.time) > Date.parse(hit.time));
      expect(retry).toBeDefined();
      expect(Date.parse(retry!.time) - Date.parse(hit.time)).toBeGreaterThanOrEqual(950);
    }
    expect(draftOf('premium').version).toBe('1.6.0');
    expectNoSecrets([run.stdout, run.stderr]);
  });

  test.each([
    [{ 'plan-id': 'standard', submit: 'live' }, 2, 'option --submit live needs option --wait true: certification must finish before a submission can go live.'],
    [{ submit: 'none' }, 2, 'Missing option --plan-id: the plan id of the managed application plan to publish to.'],
    [{ 'plan-id': 'standard', version: '1.2' }, 2, "option --version must look like 1.2.3 (a leading v is allowed); got '1.2'."],
  ])('bad inputs stop before any call: %j', async (inputs, status, message) => {
    const run = await runCli(app(), { 'offer-id': OFFER, 'tracking-id': TRACKING_ID, ...inputs });
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
    expect(routes()).toEqual([]);
  });

  test('an unknown offer or plan is a usage error saying what to check', async () => {
    const offer = await runCli(app(), { 'offer-id': 'no-such-offer', 'plan-id': 'standard', version: '9.0.0', 'tracking-id': TRACKING_ID });
    expect(offer.status).toBe(2);
    expect(offer.stderr).toContain("No offer with offer id 'no-such-offer' is visible to this identity in Partner Center: check option --offer-id");
    const plan = await runCli(app(), { 'offer-id': OFFER, 'plan-id': 'gold', version: '9.0.0', 'tracking-id': TRACKING_ID });
    expect(plan.status).toBe(2);
    expect(plan.stderr).toContain("Offer 'contoso-gdc-app' has no plan with plan id 'gold' (its plans: standard, premium, enterprise): check option --plan-id.");
    expect(routes().filter((r) => /packages\.create/.test(r))).toEqual([]);
  });

  test('status reports where the newest submission stands', async () => {
    const run = await runCli(app(), { 'offer-id': OFFER, mode: 'status' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Submission \d+: InProgress\/(Submitted|ReadyToPublish)\./);
  });

  test('a submission failing certification stops the wait with its validations and report', async () => {
    await settleSubmissions();
    world.scenario.certification = 'fail';
    try {
      const run = await runCli(app(), { 'offer-id': OFFER, 'plan-id': 'standard', version: '1.2.0', 'tracking-id': TRACKING_ID, submit: 'preview', wait: true });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('validation certificationFailed (Package): The createUiDefinition.json outputs do not match');
      expect(run.stderr).toMatch(/Submission \d+ is InProgress\/FailedInCertification: validation certificationFailed .*; certification report Failed: https:\/\/127\.0\.0\.1:\d+\/pcingestion\/reports\/\d+\.pdf\. Fix what certification reports and publish a new version\./);
    } finally {
      world.scenario.certification = 'pass';
    }
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

// No cloud input: an authority host and a Partner Center endpoint make a custom cloud by themselves.
const connectionInputs = () => ({
  'authority-host': standIn.env.AZURE_AUTHORITY_HOST,
  'partner-center-endpoint': standIn.env.MAPP_PARTNER_CENTER_ENDPOINT,
  'tenant-id': standIn.env.AZURE_TENANT_ID,
  'client-id': standIn.env.AZURE_CLIENT_ID,
  'client-secret': standIn.env.AZURE_CLIENT_SECRET,
});

describe('GitHub action (actions/publish-marketplace/dist)', () => {
  test('from source to a preview submission ready to publish, then promoted live by the promote mode', async () => {
    const dir = app();
    const run = async (inputs: Record<string, string>) => {
      const files = tempDir();
      const outputFile = path.join(files, 'output');
      const summaryFile = path.join(files, 'summary.md');
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const env = Object.fromEntries(Object.entries({ ...connectionInputs(), ...FAST, ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
      const result = await runBundleAsync(ACTION, path.dirname(dir), {
        ...env, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_REF: 'refs/tags/v4.2.0',
      });
      return { result, outputs: readGithubOutputs(outputFile), summary: readFileSync(summaryFile, 'utf8') };
    };
    await settleSubmissions();

    const preview = await run({ path: dir, 'offer-id': OFFER, 'plan-id': 'enterprise', 'tracking-id': TRACKING_ID, submit: 'preview', wait: 'true' });
    expect(preview.result.stderr).toBe('');
    expect(preview.result.status).toBe(0);
    expect(preview.result.lines).toContain(`::add-mask::${standIn.env.AZURE_CLIENT_SECRET}`);
    expect(preview.result.lines.some((l) => /^::add-mask::https:\/\/127\.0\.0\.1:\d+\/pcingestion\/packages\//.test(l))).toBe(true);
    expect(preview.result.stdout).toContain('Plan version 4.2.0, from the tag refs/tags/v4.2.0.');
    expect(preview.outputs).toMatchObject({ version: '4.2.0', 'submission-state': 'InProgress/ReadyToPublish' });
    expect(preview.outputs['package-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(preview.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.summary).toContain("Offer `contoso-gdc-app`, plan `enterprise`: version 4.2.0");
    expect(draftOf('enterprise').version).toBe('4.2.0');

    const live = await run({ 'offer-id': OFFER, mode: 'promote', 'submission-id': preview.outputs['submission-id']!, wait: 'true' });
    expect(live.result.status).toBe(0);
    expect(live.outputs['submission-state']).toBe('Published/InStore');
    expectNoSecrets([preview.result.stdout, preview.result.stderr, preview.summary, live.result.stdout, live.result.stderr]);
  });
});

describe('Azure DevOps task (tasks/MappPublishMarketplace/dist)', () => {
  test('from source to live with a service principal service connection; a processing failure fails the task with the reason', async () => {
    const id = standIn.env.MAPP_STAND_IN_SERVICE_CONNECTION_ID;
    const connection = {
      INPUT_CONNECTEDSERVICENAMEARM: id,
      [`ENDPOINT_URL_${id}`]: `${standIn.env.MAPP_ARM_ENDPOINT}/`,
      [`ENDPOINT_AUTH_${id}`]: JSON.stringify({ scheme: 'ServicePrincipal', parameters: { tenantid: standIn.env.AZURE_TENANT_ID, serviceprincipalid: standIn.env.AZURE_CLIENT_ID, authenticationType: 'spnKey', serviceprincipalkey: standIn.env.AZURE_CLIENT_SECRET } }),
      [`ENDPOINT_AUTH_SCHEME_${id}`]: 'ServicePrincipal',
      [`ENDPOINT_AUTH_PARAMETER_${id}_TENANTID`]: standIn.env.AZURE_TENANT_ID,
      [`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALID`]: standIn.env.AZURE_CLIENT_ID,
      [`ENDPOINT_AUTH_PARAMETER_${id}_AUTHENTICATIONTYPE`]: 'spnKey',
      [`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALKEY`]: standIn.env.AZURE_CLIENT_SECRET,
      [`ENDPOINT_DATA_${id}_SUBSCRIPTIONID`]: standIn.env.AZURE_SUBSCRIPTION_ID,
      [`ENDPOINT_DATA_${id}_ENVIRONMENT`]: 'AzureStack',
      [`ENDPOINT_DATA_${id}_ACTIVEDIRECTORYAUTHORITY`]: `${standIn.env.AZURE_AUTHORITY_HOST}/`,
      INPUT_PARTNERCENTERENDPOINT: standIn.env.MAPP_PARTNER_CENTER_ENDPOINT,
      NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS,
      INPUT_POLLSECONDS: FAST['poll-seconds'],
      INPUT_WAITMINUTES: FAST['wait-minutes'],
      INPUT_OFFERID: OFFER,
      INPUT_TRACKINGID: TRACKING_ID,
    };
    const runTask = (dir: string, inputs: Record<string, string>) => runBundleAsync(TASK, path.dirname(dir), { ...connection, ...inputs, AGENT_TEMPDIRECTORY: tempDir() });
    await settleSubmissions();

    const dir = app();
    const live = await runTask(dir, { INPUT_PATH: dir, INPUT_PLANID: 'premium', INPUT_VERSION: '5.0.0', INPUT_SUBMIT: 'live', INPUT_WAIT: 'true' });
    expect(live.lines).toContain('##vso[task.complete result=Succeeded;]');
    expect(live.lines).toContain(`##vso[task.setsecret]${standIn.env.AZURE_CLIENT_SECRET}`);
    expect(live.lines).toContain('##vso[task.setvariable variable=submissionState;isOutput=true;issecret=false;]Published/InStore');
    expect(draftOf('premium').version).toBe('5.0.0');

    world.scenario.processFailure = [{ errorCode: 'packageScanFailed', severity: 'Error', message: 'The package failed the malware scan.', resource: 'Package' }];
    try {
      const failed = await runTask(dir, { INPUT_PATH: dir, INPUT_PLANID: 'premium', INPUT_VERSION: '5.0.1', INPUT_SUBMIT: 'none' });
      expect(failed.lines.find((l) => l.startsWith('##vso[task.complete result=Failed;]'))).toMatch(/packageScanFailed \(Package\): The package failed the malware scan\. Fix the package and publish a new version\./);
      expect(failed.lines).toContain('##vso[task.logissue type=error;]packageScanFailed: The package failed the malware scan.');
      expect(draftOf('premium').version).toBe('5.0.0');
      expectNoSecrets([live.stdout, live.stderr, failed.stdout, failed.stderr]);
    } finally {
      world.scenario.processFailure = undefined;
    }
  });
});
