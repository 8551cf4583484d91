import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import type { FactoryTarget } from '../../shared/smoke-run/factory-client.js';
import { copyTotals, type RunOutcome } from '../../shared/smoke-run/run-model.js';
import { watchRun, type WatchOptions } from '../../shared/smoke-run/run-watch.js';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { armToken, call } from '../helpers/stand-in-client.js';
import { trustCertificate } from '../helpers/trust-stand-in.js';

// watchRun against the stand-in's Data Factory, in process: a cancelled run shows Canceling for
// a while (scenario cancelingMs) before Cancelled, and mapp must neither stop at Canceling nor
// wait long for it when it is the one cancelling (on a timeout or a cancelled job).
const GROUP = 'rg-watch';
const FACTORY = 'adf-watch';
let standIn: StandIn;
let token: string;
let untrust: () => void;
let target: FactoryTarget;
const factoryPath = () => `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourceGroups/${GROUP}/providers/Microsoft.DataFactory/factories/${FACTORY}`;
const API = '?api-version=2018-06-01';

async function setScenario(cancelingMs: number): Promise<void> {
  expect((await call(standIn, 'PUT', '/_stand-in/data-factory/scenario', { body: { defaultDurationMs: 60_000, cancelingMs } })).status).toBe(200);
}

async function startRun(): Promise<RunOutcome> {
  const reply = await call(standIn, 'POST', `${factoryPath()}/pipelines/Slow/createRun${API}`, { token, body: {} });
  expect(reply.status).toBe(200);
  return { pipeline: 'Slow', runId: reply.json.runId as string, status: 'Queued', activities: [], totals: copyTotals([]) };
}

function watch(outcome: RunOutcome, options: Partial<WatchOptions> = {}): Promise<void> {
  return watchRun(target, outcome, { firstIntervalMs: 100, maxIntervalMs: 300, deadline: Date.now() + 60_000, cancelRecursive: true, onActivity: () => {}, onRetry: () => {}, ...options });
}

const statusReads = (runId: string) => standIn.requests.list({ route: 'arm.dataFactory.pipelineRuns.get', path: `*/${runId}` });

beforeAll(async () => {
  standIn = await startStandIn();
  untrust = trustCertificate(standIn.ca);
  token = await armToken(standIn);
  expect((await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/${GROUP}?api-version=2021-04-01`, { token, body: { location: 'westeurope' } })).status).toBe(201);
  expect((await call(standIn, 'PUT', `${factoryPath()}${API}`, { token, body: { location: 'westeurope' } })).status).toBe(200);
  const pipeline = { properties: { activities: [{ name: 'Hold', type: 'Wait', typeProperties: { waitTimeInSeconds: 60 } }] } };
  expect((await call(standIn, 'PUT', `${factoryPath()}/pipelines/Slow${API}`, { token, body: pipeline })).status).toBe(200);
  const credential = { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
  const endpoint = standIn.env.MAPP_ARM_ENDPOINT;
  const client = new DataFactoryManagementClient(credential, standIn.env.AZURE_SUBSCRIPTION_ID, { endpoint, $host: endpoint, credentialScopes: [`${endpoint}/.default`] });
  target = { client, subscriptionId: standIn.env.AZURE_SUBSCRIPTION_ID, resourceGroup: GROUP, factory: FACTORY, path: factoryPath() };
});
afterAll(async () => {
  untrust?.();
  await standIn?.stop();
});
beforeEach(() => standIn.requests.clear());

test('Canceling is not final: a run cancelled by someone else is followed until Cancelled', async () => {
  await setScenario(1500);
  const outcome = await startRun();
  const watching = watch(outcome);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const cancelledAt = Date.now();
  expect((await call(standIn, 'POST', `${factoryPath()}/pipelineruns/${outcome.runId}/cancel${API}`, { token })).status).toBe(200);
  await watching;
  expect(Date.now() - cancelledAt).toBeGreaterThanOrEqual(1500);
  expect(outcome.status).toBe('Cancelled');
  expect(outcome.stoppedBecause).toBeUndefined();
  // It went on reading the status while the run was Canceling.
  expect(statusReads(outcome.runId!).filter((r) => Date.parse(r.time) > cancelledAt + 100).length).toBeGreaterThanOrEqual(3);
  expect(standIn.requests.list({ route: 'arm.dataFactory.pipelineRuns.cancel' })).toHaveLength(1);
});

test.each([
  ['timeout', { deadlineInMs: 300 }],
  ['cancelled', { abortInMs: 300 }],
] as const)('%s: mapp cancels the run and waits through Canceling, briefly, to report Cancelled', async (reason, when) => {
  await setScenario(1200);
  const outcome = await startRun();
  const job = new AbortController();
  if ('abortInMs' in when) setTimeout(() => job.abort(), when.abortInMs);
  const started = Date.now();
  await watch(outcome, { signal: job.signal, deadline: Date.now() + ('deadlineInMs' in when ? when.deadlineInMs : 60_000) });
  expect(Date.now() - started).toBeLessThan(4000);
  expect(outcome).toMatchObject({ status: 'Cancelled', stoppedBecause: reason });
  const cancels = standIn.requests.list({ route: 'arm.dataFactory.pipelineRuns.cancel' });
  expect(cancels).toHaveLength(1);
  expect(cancels[0]!.query.isRecursive).toBe('true');
  // Read once right after the cancel (Canceling), then until Cancelled.
  expect(statusReads(outcome.runId!).filter((r) => r.time >= cancels[0]!.time).length).toBeGreaterThanOrEqual(2);
});

test('a run still Canceling after a few seconds is reported as such, and mapp stops waiting', async () => {
  await setScenario(60_000);
  const outcome = await startRun();
  const started = Date.now();
  await watch(outcome, { deadline: Date.now() + 200 });
  const took = Date.now() - started;
  expect(took).toBeGreaterThanOrEqual(5000);
  expect(took).toBeLessThan(8000);
  expect(outcome).toMatchObject({ status: 'Canceling', stoppedBecause: 'timeout' });
  expect(outcome.message).toBe(`The run was still Canceling when mapp stopped waiting; check run ${outcome.runId} in the Data Factory monitor.`);
});
