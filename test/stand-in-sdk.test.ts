import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startStandIn, type StandIn } from '../stand-in/index.js';
import { armToken, call } from './helpers/stand-in-client.js';

const run = promisify(execFile);
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(async () => {
  await standIn.stop();
});

test('the official SDK, given only the printed env, creates, lists, gets and deletes an application definition', async () => {
  const token = await armToken(standIn);
  expect((await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/apps?api-version=2021-04-01`, { token, body: { location: 'westus' } })).status).toBe(201);
  const script = path.resolve('test/fixtures/stand-in/sdk-app-definitions.mjs');
  const { stdout } = await run(process.execPath, [script, 'apps'], { env: { PATH: process.env.PATH ?? '', ...standIn.env } });
  const steps = JSON.parse(stdout.trim()) as unknown[];
  expect(steps).toEqual([
    ['created', 'contoso-app', 'ReadOnly', 'Managed'],
    ['listed', ['contoso-app']],
    ['got', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourceGroups/apps/providers/Microsoft.Solutions/applicationDefinitions/contoso-app`, 'Contoso app'],
    ['update-without-policy', 409, 'ApplicationDefinitionApplicationManagementPolicyLockConflict'],
    ['after-delete', 'not-found'],
    ['missing-group', 404, 'ResourceGroupNotFound'],
  ]);
  const routes = standIn.requests.list({ route: 'arm.applicationDefinitions.*' }).map((e) => `${e.route} ${e.status}`);
  expect(routes).toContain('arm.applicationDefinitions.put 201');
  expect(routes).toContain('arm.applicationDefinitions.delete 200');
});
