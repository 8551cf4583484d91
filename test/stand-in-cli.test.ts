import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

// The built CLI, as users run it; MAPP_STAND_IN_CLI points at another entry (a tsc output) when testing unbuilt code.
const CLI = process.env.MAPP_STAND_IN_CLI ?? path.join(PROJECT_ROOT, 'cli/bin/mapp.js');

function health(url: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(`${url}/_stand-in/health`, { ca, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

test('mapp stand-in prints one env line, serves, and exits 0 on SIGTERM', async () => {
  const child = spawn(process.execPath, [CLI, 'stand-in', '--port', '0'], { env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', () => reject(new Error(`mapp stand-in exited before printing: ${stderr}`)));
  });
  const { env } = JSON.parse(first) as { env: Record<string, string> };
  for (const name of [
    'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_AUTHORITY_HOST', 'AZURE_SUBSCRIPTION_ID', 'NODE_EXTRA_CA_CERTS',
    'MAPP_ARM_ENDPOINT', 'MAPP_PARTNER_CENTER_ENDPOINT', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'SYSTEM_OIDCREQUESTURI',
  ]) {
    expect(env[name]).toEqual(expect.any(String));
  }
  expect(env.MAPP_ARM_ENDPOINT).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(await health(env.MAPP_ARM_ENDPOINT!, readFileSync(env.NODE_EXTRA_CA_CERTS!, 'utf8'))).toBe(200);

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(existsSync(env.NODE_EXTRA_CA_CERTS!)).toBe(false);
  expect(stderr).toBe('');
});

test('mapp stand-in refuses a bad port with exit code 2', async () => {
  const child = spawn(process.execPath, [CLI, 'stand-in', '--port', 'eighty'], { env: { PATH: process.env.PATH ?? '' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
  expect(stderr).toContain('--port must be a TCP port number');
});
