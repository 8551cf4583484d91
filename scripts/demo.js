#!/usr/bin/env node
// `npm run demo`: the whole toolkit on the example app, against a local Azure, with no account.
// It validates and builds examples/graph-data-connect-app, starts the stand-in (Entra ID, ARM,
// Data Factory) and Azurite (blob storage), publishes the app to the stand-in's service catalog,
// installs it the way a customer would, smoke-runs its Data Factory pipeline, prints a summary and
// stops everything it started. It runs the committed CLI bundle (cli/bin/mapp.js), so it needs
// `npm ci` and nothing else.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAPP = path.join(root, 'cli/bin/mapp.js');
const APP = 'examples/graph-data-connect-app';
const AZURITE_ACCOUNT = 'devstoreaccount1';
// Azurite's documented development key: public, yet passed as a secret so mapp masks it.
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const STEP_TIMEOUT_MS = 60_000;
// The app registration's secret the customer gives at install time; made up, never a real one.
const CLIENT_SECRET = 'demo-only-not-a-real-secret';
const HIDDEN = new Set([AZURITE_KEY, JSON.stringify({ servicePrincipalClientSecret: CLIENT_SECRET })]);

const started = Date.now();
const work = mkdtempSync(path.join(os.tmpdir(), 'mapp-demo-'));
const children = new Set();
const steps = [];
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (color ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text) => (color ? `\x1b[2m${text}\x1b[0m` : text);

function heading(text) {
  process.stdout.write(`\n${bold(`▶ ${text}`)}\n`);
}

/** Starts a child process, remembered so that every exit path stops it. */
function startChild(args, options) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function stopChildren() {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

async function finish(code) {
  await stopChildren();
  rmSync(work, { recursive: true, force: true });
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void finish(130));

/** Waits for a line of a child's stdout that `match` accepts; fails on exit or after a timeout. */
function waitForLine(child, what, match) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk) => {
      output += chunk;
      for (const line of output.split('\n')) {
        const found = match(line);
        if (found) {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          resolve(found);
          return;
        }
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** Runs `mapp <args>` with the stand-in's environment, echoing its output indented. */
function mapp(args, env) {
  const shown = args.map((a) => (HIDDEN.has(a) ? '***' : /[\s"{}]/.test(a) ? `'${a}'` : a));
  process.stdout.write(dim(`$ mapp ${shown.join(' ')}\n`));
  const child = startChild([MAPP, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
  let stdout = '';
  const echo = (chunk) => {
    stdout += chunk;
    process.stdout.write(chunk.replace(/^(?=.)/gm, '  '));
  };
  child.stdout.setEncoding('utf8').on('data', echo);
  child.stderr.setEncoding('utf8').on('data', echo);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGTERM'), STEP_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout });
    });
  });
}

/** One HTTPS call to the stand-in, trusting its certificate. */
function call(standIn, method, url, { token, body, form } = {}) {
  const headers = {};
  let payload;
  if (token) headers.authorization = `Bearer ${token}`;
  if (form) {
    payload = new URLSearchParams(form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = request(new URL(url, standIn.url), { method, headers, ca: standIn.ca, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        let json;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json, text });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function armToken(standIn) {
  const { env } = standIn;
  const reply = await call(standIn, 'POST', `/${env.AZURE_TENANT_ID}/oauth2/v2.0/token`, {
    form: { grant_type: 'client_credentials', client_id: env.AZURE_CLIENT_ID, client_secret: env.AZURE_CLIENT_SECRET, scope: `${env.MAPP_ARM_ENDPOINT}/.default` },
  });
  if (reply.status !== 200) throw new Error(`the stand-in refused a token: HTTP ${reply.status}`);
  return reply.json.access_token;
}

/** An ARM write the demo makes itself (what a person does in the portal); fails loudly. */
async function arm(standIn, token, method, armPath, body) {
  const reply = await call(standIn, method, armPath, { token, body });
  if (reply.status < 200 || reply.status >= 300) throw new Error(`${method} ${armPath.split('?')[0]}: HTTP ${reply.status} ${reply.text.slice(0, 400)}`);
  return reply.json;
}

async function startStandIn() {
  const config = path.join(work, 'stand-in.json');
  // Packages are downloaded from Azurite as Azure downloads them; runs are short enough for a demo.
  writeFileSync(config, JSON.stringify({ scenario: { 'managed-app-definitions': { downloadPackages: true }, 'data-factory': { defaultDurationMs: 1500, queueMs: 500 } } }));
  const child = startChild([MAPP, 'stand-in', '--config', config], { cwd: root, env: { PATH: process.env.PATH ?? '' } });
  const env = await waitForLine(child, 'The stand-in', (line) => (line.startsWith('{"env"') ? JSON.parse(line).env : undefined));
  return { env, url: env.MAPP_STAND_IN_URL, ca: readFileSync(env.NODE_EXTRA_CA_CERTS, 'utf8') };
}

async function startAzurite() {
  const location = path.join(work, 'azurite');
  const main = path.join(root, 'node_modules/azurite/dist/src/blob/main.js');
  const child = startChild([main, '--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--silent', '--skipApiVersionCheck', '--disableTelemetry'], {
    env: { PATH: process.env.PATH ?? '' },
  });
  const endpoint = await waitForLine(child, 'Azurite', (line) => /listens on (https?:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1]);
  return `${endpoint}/${AZURITE_ACCOUNT}`;
}

async function step(name, action) {
  heading(name);
  const begun = Date.now();
  try {
    const detail = await action();
    steps.push({ name, ok: true, ms: Date.now() - begun, detail: detail ?? '' });
  } catch (error) {
    steps.push({ name, ok: false, ms: Date.now() - begun, detail: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    throw error;
  }
}

function expectExit(result, what, wanted = 0) {
  if (result.code !== wanted) throw new Error(`${what} exited with ${result.code}`);
}

function printSummary() {
  const total = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\n${bold('Summary')}\n\n| Step | Result | Time | Detail |\n|---|---|---|---|\n`);
  for (const s of steps) process.stdout.write(`| ${s.name} | ${s.ok ? 'ok' : 'FAILED'} | ${(s.ms / 1000).toFixed(1)} s | ${s.detail} |\n`);
  process.stdout.write(`\nTotal: ${total} s, everything started has been stopped.\n`);
}

async function main() {
  const zip = path.join(work, 'app.zip');
  await step('Validate the example app', async () => {
    const result = await mapp(['validate', APP], {});
    expectExit(result, 'mapp validate');
    return /(\d+) errors?, (\d+) warnings?/.exec(result.stdout)?.[0] ?? 'no findings';
  });
  await step('Build app.zip', async () => {
    const result = await mapp(['build', APP, '--out', zip], {});
    expectExit(result, 'mapp build');
    return `${readFileSync(zip).length} bytes`;
  });
  let standIn;
  let blobEndpoint;
  await step('Start the stand-in and Azurite', async () => {
    [standIn, blobEndpoint] = await Promise.all([startStandIn(), startAzurite()]);
    return `ARM at ${standIn.url}, blobs at ${blobEndpoint}`;
  });
  const { env } = standIn;
  const azureEnv = Object.fromEntries(
    ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_AUTHORITY_HOST', 'AZURE_SUBSCRIPTION_ID', 'NODE_EXTRA_CA_CERTS', 'MAPP_ARM_ENDPOINT'].map((name) => [name, env[name]]),
  );
  const token = await armToken(standIn);
  const subscription = `/subscriptions/${env.AZURE_SUBSCRIPTION_ID}`;
  await arm(standIn, token, 'PUT', `${subscription}/resourcegroups/mapp-demo-catalog?api-version=2021-04-01`, { location: 'westeurope' });
  await arm(standIn, token, 'PUT', `${subscription}/resourcegroups/mapp-demo-customer?api-version=2021-04-01`, { location: 'westeurope' });

  let definitionId = '';
  await step('Publish to the service catalog', async () => {
    const args = ['publish-service-catalog', zip, '-g', 'mapp-demo-catalog', '-n', 'graph-data-connect-demo', '-l', 'westeurope'];
    args.push('--package-source', 'upload', '--storage-account', AZURITE_ACCOUNT, '--blob-endpoint', blobEndpoint, '--storage-account-key', AZURITE_KEY);
    const result = await mapp(args, azureEnv);
    expectExit(result, 'mapp publish-service-catalog');
    definitionId = `${subscription}/resourceGroups/mapp-demo-catalog/providers/Microsoft.Solutions/applicationDefinitions/graph-data-connect-demo`;
    return `definition ${/\): (created|updated|unchanged)\./.exec(result.stdout)?.[1] ?? 'published'}`;
  });

  await step('Install the app as a customer would', async () => {
    const application = `${subscription}/resourceGroups/mapp-demo-customer/providers/Microsoft.Solutions/applications/gdc-demo`;
    process.stdout.write(dim(`$ PUT ${application.replace(subscription, '/subscriptions/…')}\n`));
    const body = {
      location: 'westeurope',
      kind: 'ServiceCatalog',
      properties: {
        applicationDefinitionId: definitionId,
        managedResourceGroupId: `${subscription}/resourceGroups/mrg-gdc-demo`,
        parameters: {
          namePrefix: { value: 'gdcdemo' },
          servicePrincipalClientId: { value: '11111111-2222-4333-8444-555555555555' },
          servicePrincipalObjectId: { value: '66666666-7777-4888-9999-000000000000' },
          servicePrincipalClientSecret: { value: CLIENT_SECRET },
          extractionStartTime: { value: '2026-11-01T00:00:00Z' },
          extractionEndTime: { value: '2026-11-02T00:00:00Z' },
        },
      },
    };
    const created = await arm(standIn, token, 'PUT', `${application}?api-version=2021-07-01`, body);
    return `managed resource group ${String(created?.properties?.managedResourceGroupId ?? '').split('/').pop()}`;
  });

  await step('Smoke-run the pipeline', async () => {
    // Through the application; its template's Data Factory objects are deployed first (only what
    // changed is written; Azure never returns securestring parameters, so the secret is given again).
    const args = ['smoke-run', 'CopyMessagesToDataLake', '-g', 'mapp-demo-customer', '--application', 'gdc-demo'];
    args.push('--deploy', APP, '--template-parameters', JSON.stringify({ servicePrincipalClientSecret: CLIENT_SECRET }));
    args.push('--poll-interval', '500ms', '--poll-max-interval', '2s', '--timeout', '2m', '--min-rows-written', '1');
    const result = await mapp(args, azureEnv);
    expectExit(result, 'mapp smoke-run');
    return /(\d+) rows written/.exec(result.stdout)?.[0] ?? 'succeeded';
  });
}

try {
  await main();
  printSummary();
  await finish(0);
} catch (error) {
  process.stdout.write(`\n${bold('The demo failed:')} ${error instanceof Error ? error.message : String(error)}\n`);
  printSummary();
  await finish(1);
}
