import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startStandIn, type StandIn } from '../stand-in/index.js';

const run = promisify(execFile);
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(async () => {
  await standIn.stop();
});

async function tokenFor(mode: string): Promise<Record<string, string>> {
  const script = path.resolve('test/fixtures/stand-in/credential-token.mjs');
  const { stdout } = await run(process.execPath, [script, mode], { env: { PATH: process.env.PATH ?? '', ...standIn.env } });
  return JSON.parse(stdout.trim()) as Record<string, string>;
}

test.each(['secret', 'certificate', 'certificate-sni', 'github', 'devops'])('@azure/identity %s credential gets an ARM token from the printed env alone', async (mode) => {
  expect(await tokenFor(mode)).toEqual({ aud: standIn.env.MAPP_ARM_ENDPOINT, appid: standIn.env.AZURE_CLIENT_ID, tid: standIn.env.AZURE_TENANT_ID });
});

test('a wrong client secret fails with AADSTS7000215', async () => {
  const result = await tokenFor('wrong-secret');
  expect(result.error).toBe('AuthenticationRequiredError');
  expect(result.message).toContain('invalid_client');
  expect(result.message).toContain('AADSTS7000215');
});

test('no secret of the printed env reaches the request log', async () => {
  const log = JSON.stringify(standIn.requests.list());
  expect(log).toContain('entra.token');
  for (const secret of [standIn.env.AZURE_CLIENT_SECRET, standIn.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, standIn.env.SYSTEM_ACCESSTOKEN]) expect(log).not.toContain(secret);
});
