import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { runBundleAsync } from '../helpers/run-bundle-async.js';
import { armToken, call, standInSecretInputs } from '../helpers/stand-in-client.js';
import { EXAMPLE_APP } from '../helpers/validate-fixture.js';

// mapp smoke-run on the example managed application: found through the application (its
// managed resource group and parameters), and deployed from its ARM template, in all three faces.
const CLI = 'cli/bin/mapp.js';
const ACTION = 'actions/smoke-run/dist/index.js';
const TASK = 'tasks/MappSmokeRun/dist/index.js';
const CATALOG = 'rg-catalog';
const CUSTOMER = 'rg-customer';
const MANAGED = 'mrg-gdc';
const SECRET = 'app-secret-Zq7~not-for-logs';
const PARAMETERS = {
  namePrefix: 'gdcapp',
  servicePrincipalClientId: '11111111-2222-4333-8444-555555555555',
  servicePrincipalObjectId: '66666666-7777-4888-9999-000000000000',
  extractionStartTime: '2026-11-01T00:00:00Z',
  extractionEndTime: '2026-11-02T00:00:00Z',
};

let standIn: StandIn;
let token: string;
const subscription = () => `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}`;
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'mapp-smoke-app-'));
const routes = (route: string) => standIn.requests.list({ route });

async function arm(method: string, armPath: string, body?: unknown): Promise<any> {
  const reply = await call(standIn, method, armPath, { token, body });
  if (reply.status >= 300) throw new Error(`${method} ${armPath}: ${reply.status} ${reply.text}`);
  return reply.json;
}

beforeAll(async () => {
  standIn = await startStandIn();
  token = await armToken(standIn);
  await call(standIn, 'PUT', '/_stand-in/data-factory/scenario', { body: { defaultDurationMs: 150 } });
  for (const group of [CATALOG, CUSTOMER]) await arm('PUT', `${subscription()}/resourcegroups/${group}?api-version=2021-04-01`, { location: 'westeurope' });
  const definition = `${subscription()}/resourceGroups/${CATALOG}/providers/Microsoft.Solutions/applicationDefinitions/gdc?api-version=2021-07-01`;
  await arm('PUT', definition, {
    location: 'westeurope',
    properties: {
      lockLevel: 'ReadOnly',
      authorizations: [],
      mainTemplate: JSON.parse(readFileSync(path.join(EXAMPLE_APP, 'mainTemplate.json'), 'utf8')),
      createUiDefinition: JSON.parse(readFileSync(path.join(EXAMPLE_APP, 'createUiDefinition.json'), 'utf8')),
    },
  });
  const values = { ...PARAMETERS, servicePrincipalClientSecret: SECRET };
  await arm('PUT', `${subscription()}/resourceGroups/${CUSTOMER}/providers/Microsoft.Solutions/applications/gdc-app?api-version=2021-07-01`, {
    location: 'westeurope',
    kind: 'ServiceCatalog',
    properties: {
      applicationDefinitionId: `${subscription()}/resourceGroups/${CATALOG}/providers/Microsoft.Solutions/applicationDefinitions/gdc`,
      managedResourceGroupId: `${subscription()}/resourceGroups/${MANAGED}`,
      parameters: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value }])),
    },
  });
});
afterAll(async () => {
  await standIn?.stop();
});
beforeEach(() => standIn.requests.clear());

const cliEnv = () => {
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = standIn.env;
  return env;
};
const polling = ['--poll-interval', '100ms', '--poll-max-interval', '300ms'];
const runCli = (args: string[]) => runBundleAsync(CLI, tempDir(), cliEnv(), ['smoke-run', ...polling, ...args]);

function expectNoSecret(...texts: string[]): void {
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (/^(::add-mask::|##vso\[task\.setsecret\])/.test(line)) continue;
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(standIn.env.AZURE_CLIENT_SECRET);
    }
  }
}

describe('CLI', () => {
  test("targets the factory in the application's managed resource group and runs its pipeline", async () => {
    const run = await runCli(['-g', CUSTOMER, '--application', 'gdc-app', 'CopyMessagesToDataLake', '--min-rows-written', '1']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Managed application gdc-app: managed resource group ${MANAGED}.`);
    expect(run.stdout).toMatch(/Pipeline CopyMessagesToDataLake run [0-9a-f-]{36}: Succeeded in \d+\.\ds; 1200 rows read, 1200 rows written, 3 files written\./);
    expect(routes('arm.dataFactory.pipelines.createRun')[0]!.path).toContain(`/resourceGroups/${MANAGED}/providers/Microsoft.DataFactory/factories/`);
  });

  test("re-deploys from the app's template with the application's parameters: only SecureString holders are written", async () => {
    const run = await runCli(['-g', CUSTOMER, '--application', 'gdc-app', '--deploy', EXAMPLE_APP, '--template-parameters', JSON.stringify({ servicePrincipalClientSecret: SECRET }), 'CopyMessagesToDataLake']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectNoSecret(run.stdout, run.stderr);
    expect(run.stdout).toMatch(/Deploying 6 Data Factory objects of .*mainTemplate\.json \(its 3 other resources are not deployed by smoke-run\)/);
    expect(run.stdout).toMatch(/Deployed: 0 created, 2 updated, 4 unchanged\./);
    expect(run.stdout).toContain('Updated linkedService Office365LinkedService (it holds a SecureString, whose value Data Factory never returns, so it is always written).');
  });

  test('a secure parameter the application does not return must be given, and the message says where', async () => {
    const run = await runCli(['-g', CUSTOMER, '--application', 'gdc-app', '--deploy', EXAMPLE_APP, 'CopyMessagesToDataLake']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mapp: \S*mainTemplate\.json needs the secure parameter servicePrincipalClientSecret\. Azure does not return an application's securestring parameters, so give it in option --template-parameters, e\.g\. \{"servicePrincipalClientSecret":"\.\.\."\} \(masked in every log\)\.\n$/);
    expect(routes('arm.dataFactory.*.createOrUpdate')).toEqual([]);
  });

  test('a missing application, and a parameter the template does not declare, are usage errors', async () => {
    const missing = await runCli(['-g', CUSTOMER, '--application', 'no-such-app', 'CopyMessagesToDataLake']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`mapp: Managed application no-such-app was not found in resource group ${CUSTOMER}: check the application and resource-group inputs.\n`);
    const unknown = await runCli(['-g', CUSTOMER, '--application', 'gdc-app', '--deploy', EXAMPLE_APP, '--template-parameters', '{"colour": "blue"}', 'CopyMessagesToDataLake']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/option --template-parameters gives parameter colour, which .*mainTemplate\.json does not declare \(it declares location, namePrefix, /);
  });
});

const connectionInputs = () => ({
  ...standInSecretInputs(standIn),
  'resource-group': CUSTOMER,
  application: 'gdc-app',
  deploy: EXAMPLE_APP,
  'template-parameters': JSON.stringify({ servicePrincipalClientSecret: SECRET }),
  pipelines: 'CopyMessagesToDataLake',
  'min-rows-written': '1',
  'poll-interval': '100ms',
  'poll-max-interval': '300ms',
});

test('GitHub action: deploys the example app from its template through the application and runs it', async () => {
  const dir = tempDir();
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = Object.fromEntries(Object.entries(connectionInputs()).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const run = await runBundleAsync(ACTION, dir, { ...env, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile });
  expect(run.status).toBe(0);
  expect(run.lines).toContain(`::add-mask::${SECRET}`);
  expect(run.stdout).toMatch(/Deployed: 0 created, 2 updated, 4 unchanged\./);
  expect(readFileSync(outputFile, 'utf8')).toContain('CopyMessagesToDataLake=Succeeded');
  expectNoSecret(run.stdout, run.stderr, readFileSync(summaryFile, 'utf8'), readFileSync(outputFile, 'utf8'));
});

test('Azure DevOps task: deploys the example app from its template through the application and runs it', async () => {
  const dir = tempDir();
  const inputs = Object.fromEntries(Object.entries(connectionInputs()).map(([name, value]) => [`INPUT_${name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).toUpperCase()}`, value]));
  const run = await runBundleAsync(TASK, dir, { ...inputs, NODE_EXTRA_CA_CERTS: standIn.env.NODE_EXTRA_CA_CERTS, AGENT_TEMPDIRECTORY: dir });
  expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
  expect(run.lines).toContain(`##vso[task.setsecret]${SECRET}`);
  expect(run.stdout).toMatch(/Deployed: 0 created, 2 updated, 4 unchanged\./);
  expect(run.lines).toContain('##vso[task.setvariable variable=statuses;isOutput=true;issecret=false;]CopyMessagesToDataLake=Succeeded');
  expectNoSecret(run.stdout, run.stderr);
});

// Last: it adds a second factory to the managed resource group.
test('deploys the template into a new factory, evaluating reference() against the deployed storage account', async () => {
  const file = path.join(tempDir(), 'parameters.json');
  const values = { ...PARAMETERS, servicePrincipalClientSecret: SECRET };
  writeFileSync(file, JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) }));
  const run = await runCli(['-g', MANAGED, '--factory', 'adf-staging', '--deploy', EXAMPLE_APP, '--template-parameters', file, 'CopyMessagesToDataLake']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`Created data factory adf-staging in ${MANAGED}.`);
  expect(run.stdout).toMatch(/Deployed: 6 created, 0 updated, 0 unchanged\./);
  const base = `${subscription()}/resourceGroups/${MANAGED}/providers/Microsoft.DataFactory/factories/adf-staging`;
  const lake = await arm('GET', `${base}/linkedservices/DataLakeLinkedService?api-version=2018-06-01`);
  // reference() read the storage account the application deployed: its name is the template's uniqueString.
  const accountName = /^https:\/\/(gdcapp[a-z0-9]{13})\.dfs\./.exec(lake.properties.typeProperties.url)?.[1];
  expect(accountName).toBeDefined();
  const account = await arm('GET', `${subscription()}/resourceGroups/${MANAGED}/providers/Microsoft.Storage/storageAccounts/${accountName}?api-version=2025-06-01`);
  expect(lake.properties.typeProperties.url).toBe(account.properties.primaryEndpoints.dfs);
  expect(lake.properties.typeProperties.servicePrincipalId).toBe(PARAMETERS.servicePrincipalClientId);
  expectNoSecret(run.stdout, run.stderr);
});

test('a template whose reference() names a resource that is not deployed fails before writing anything', async () => {
  await arm('PUT', `${subscription()}/resourcegroups/rg-empty?api-version=2021-04-01`, { location: 'westeurope' });
  const run = await runCli(['-g', 'rg-empty', '--factory', 'adf-empty', '--deploy', EXAMPLE_APP, '--template-parameters', JSON.stringify({ ...PARAMETERS, servicePrincipalClientSecret: SECRET }), 'CopyMessagesToDataLake']);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/mainTemplate\.json at resources\[\d\]\.properties\.typeProperties\.url: .*Microsoft\.Storage\/storageAccounts\/gdcapp[a-z0-9]{13}.*not found/i);
  expect(routes('arm.dataFactory.*.createOrUpdate')).toEqual([]);
  expectNoSecret(run.stdout, run.stderr);
});
