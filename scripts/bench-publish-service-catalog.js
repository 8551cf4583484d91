// Benchmark for `mapp publish-service-catalog`; prints figures, asserts nothing. Starts the
// stand-in (from lib/, so after `npm run build`) and Azurite on free 127.0.0.1 ports, publishes
// the example app through the built CLI (upload with a read-only SAS), then publishes it again
// unchanged, and prints each run's wall time and the HTTP calls the stand-in logged.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { startStandIn } = await import(path.join(root, 'lib/stand-in/index.js'));
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function startAzurite() {
  const location = mkdtempSync(path.join(os.tmpdir(), 'mapp-bench-azurite-'));
  const child = spawn(process.execPath, [path.join(root, 'node_modules/azurite/dist/src/blob/main.js'), '--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--silent', '--skipApiVersionCheck', '--disableTelemetry'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const match = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ endpoint: `${match[1]}/devstoreaccount1`, stop: () => new Promise((done) => { child.once('exit', () => { rmSync(location, { recursive: true, force: true }); done(); }); child.kill(); }) });
    });
  });
}

function runCli(env, args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(root, 'cli/bin/mapp.js'), ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.on('close', (status) => resolve({ status, stderr, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

const standIn = await startStandIn({ config: { scenario: { 'managed-app-definitions': { downloadPackages: true } } } });
const azurite = await startAzurite();
try {
  const token = standIn.tokens.issueAccessToken({ audience: standIn.env.MAPP_ARM_ENDPOINT, clientId: standIn.env.AZURE_CLIENT_ID }).token;
  const groupUrl = `${standIn.url}/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/apps?api-version=2021-04-01`;
  const { request } = await import('node:https');
  await new Promise((resolve, reject) => {
    const req = request(groupUrl, { method: 'PUT', ca: standIn.ca, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', reject);
    req.end(JSON.stringify({ location: 'westeurope' }));
  });
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _u, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _t, ...env } = standIn.env;
  const args = ['publish-service-catalog', path.join(root, 'examples/graph-data-connect-app'), '-g', 'apps', '-n', 'bench-app', '-l', 'westeurope', '--version', '1.0.0',
    '--storage-account', 'devstoreaccount1', '--blob-endpoint', azurite.endpoint, '--storage-account-key', KEY];
  for (const label of ['first publish', 'unchanged re-publish']) {
    standIn.requests.clear();
    const run = await runCli(env, args);
    const calls = standIn.requests.list();
    const writes = calls.filter((c) => c.method !== 'GET' && c.route !== 'entra.token');
    process.stdout.write(`${label}: exit ${run.status}, ${run.ms.toFixed(0)} ms wall (node start included), ${calls.length} calls to the stand-in (${writes.length} writes): ${calls.map((c) => `${c.method} ${c.route} ${c.status}`).join(', ')}\n`);
    if (run.status !== 0) process.stdout.write(run.stderr);
  }
  process.stdout.write('(Azurite calls on the first publish are not in the stand-in log: create container, blob exists, upload.)\n');
} finally {
  await azurite.stop();
  await standIn.stop();
}
