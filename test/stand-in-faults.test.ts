import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startStandIn, type StandIn } from '../stand-in/index.js';
import { armToken, call } from './helpers/stand-in-client.js';

const run = promisify(execFile);
let standIn: StandIn;
let token: string;
let groups: string;

beforeAll(async () => {
  standIn = await startStandIn();
  token = await armToken(standIn);
  groups = `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups?api-version=2021-04-01`;
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(async () => {
  await call(standIn, 'DELETE', '/_stand-in/faults');
  await call(standIn, 'DELETE', '/_stand-in/requests');
});

async function log(route: string): Promise<{ status: number; fault?: string }[]> {
  return (await call(standIn, 'GET', `/_stand-in/requests?route=${encodeURIComponent(route)}`)).json.value;
}

test('throttle through the control API: 429 with Retry-After for the next N calls, then normal; the log shows both', async () => {
  const added = await call(standIn, 'POST', '/_stand-in/faults', { body: { route: 'arm.resourceGroups.list', kind: 'throttle', retryAfterSeconds: 7, count: 2 } });
  expect(added.status).toBe(201);
  const first = await call(standIn, 'GET', groups, { token });
  expect([first.status, first.headers['retry-after'], first.json.error.code]).toEqual([429, '7', 'TooManyRequests']);
  expect((await call(standIn, 'GET', groups, { token })).status).toBe(429);
  expect((await call(standIn, 'GET', groups, { token })).status).toBe(200);
  expect(await log('arm.resourceGroups.*')).toEqual([
    expect.objectContaining({ status: 429, fault: 'throttle' }),
    expect.objectContaining({ status: 429, fault: 'throttle' }),
    expect.not.objectContaining({ fault: expect.anything() }),
  ]);
  expect((await call(standIn, 'GET', '/_stand-in/faults')).json.value[0]).toMatchObject({ matched: 2, applied: 2 });
});

test('500/503 errors, dropped connections and slow replies', async () => {
  standIn.addFault({ route: '/subscriptions/*', method: 'GET', kind: 'error', status: 503, count: 1 });
  expect((await call(standIn, 'GET', groups, { token })).status).toBe(503);
  standIn.addFault({ route: 'arm.resourceGroups.list', kind: 'drop', count: 1 });
  await expect(call(standIn, 'GET', groups, { token })).rejects.toThrow(/socket hang up|ECONNRESET/);
  standIn.addFault({ route: 'arm.resourceGroups.list', kind: 'slow', delayMs: 50, count: 1 });
  expect((await call(standIn, 'GET', groups, { token })).status).toBe(200);
  expect((await log('arm.resourceGroups.list')).map((e) => `${e.status} ${e.fault ?? ''}`)).toEqual(['503 error', '0 drop', '200 slow']);
});

test('a ratio hits that share of matching calls, evenly', async () => {
  standIn.addFault({ route: 'arm.*', kind: 'error', status: 500, ratio: 0.2 });
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) statuses.push((await call(standIn, 'GET', groups, { token })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 500, 200, 200, 200, 200, 500]);
});

test('a bad fault rule is refused with what to fix', async () => {
  const reply = await call(standIn, 'POST', '/_stand-in/faults', { body: { route: 'arm.*', kind: 'explode' } });
  expect(reply.status).toBe(400);
  expect(reply.json.error.message).toContain('throttle, error, drop or slow');
});

test('the official SDK completes every operation while a quarter of its ARM calls are throttled', async () => {
  await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/flaky?api-version=2021-04-01`, { token, body: { location: 'westus' } });
  standIn.addFault({ route: 'arm.applicationDefinitions.*', kind: 'throttle', retryAfterSeconds: 0, ratio: 0.25 });
  const script = path.resolve('test/fixtures/stand-in/sdk-app-definitions.mjs');
  const { stdout } = await run(process.execPath, [script, 'flaky'], { env: { PATH: process.env.PATH ?? '', ...standIn.env } });
  const steps = JSON.parse(stdout.trim()) as unknown[][];
  expect(steps.map((step) => step[0])).toEqual(['created', 'listed', 'got', 'update-without-policy', 'after-delete', 'missing-group']);
  expect(steps[3]).toEqual(['update-without-policy', 409, 'ApplicationDefinitionApplicationManagementPolicyLockConflict']);
  expect(steps[4]).toEqual(['after-delete', 'not-found']);
  const entries = await log('arm.applicationDefinitions.*');
  expect(entries.filter((e) => e.fault === 'throttle').length).toBeGreaterThan(0);
  expect(entries.at(-1)?.status).not.toBe(429);
});

test('the request log never holds tokens or secrets', async () => {
  await call(standIn, 'GET', `${groups}&sig=secret-signature&client_secret=abc`, { token });
  const entries = await log('arm.*');
  expect(entries[0]).toMatchObject({ query: { 'api-version': '2021-04-01', sig: '***', client_secret: '***' } });
  expect(JSON.stringify(entries)).not.toContain(token);
  expect(JSON.stringify(entries)).not.toContain('secret-signature');
});
