import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { startAzurite, type Azurite, AZURITE_ACCOUNT } from '../helpers/azurite.js';
import { runBundleAsync } from '../helpers/run-bundle-async.js';
import { armToken, call } from '../helpers/stand-in-client.js';
import { trustCertificate } from '../helpers/trust-stand-in.js';
import { EXAMPLE_APP } from '../helpers/validate-fixture.js';

// Entra sign-in end to end: the built CLI signs in with the Azure CLI login, uploads to Azurite
// (HTTPS, --oauth basic) with a bearer token, gets a user-delegation key and signs the SAS with
// it; no account key exists anywhere in the run. The stand-in then downloads the package with
// that SAS, as Azure does, so Azurite checked the user-delegation signature.
let standIn: StandIn;
let azurite: Azurite;
let untrust: () => void;
const OBJECT_ID = '9d3c1b2a-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

beforeAll(async () => {
  [standIn, azurite] = await Promise.all([startStandIn({ config: { scenario: { 'managed-app-definitions': { downloadPackages: true } } } }), startAzurite({ oauth: true })]);
  untrust = trustCertificate(azurite.ca!);
  const token = await armToken(standIn);
  await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/apps?api-version=2021-04-01`, { token, body: { location: 'westeurope' } });
});
afterAll(async () => {
  untrust?.();
  await Promise.all([standIn?.stop(), azurite?.stop()]);
});

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A storage token shaped as Entra issues it; Azurite (basic OAuth) checks issuer, audience and lifetime. */
function storageToken(tenant: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = { aud: 'https://storage.azure.com', iss: `https://sts.windows.net/${tenant}/`, iat: now - 60, nbf: now - 60, exp: now + 3600, oid: OBJECT_ID, tid: tenant, appid: standIn.env.AZURE_CLIENT_ID };
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}.${Buffer.from('not checked by azurite').toString('base64url')}`;
}

test('CLI with the Azure CLI login: upload with a bearer token and a user-delegation SAS that Azure (the stand-in) can download with', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mapp-entra-sas-'));
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const tenant = standIn.env.AZURE_TENANT_ID;
  const expiresOn = Math.floor(Date.now() / 1000) + 3600;
  const tokenJson = (accessToken: string) => JSON.stringify({ accessToken, expires_on: expiresOn, expiresOn: new Date(expiresOn * 1000).toISOString(), tenant, tokenType: 'Bearer' });
  const arm = standIn.tokens.issueAccessToken({ audience: standIn.env.MAPP_ARM_ENDPOINT, clientId: standIn.env.AZURE_CLIENT_ID }).token;
  const storage = storageToken(tenant);
  writeFileSync(path.join(bin, 'arm.json'), tokenJson(arm));
  writeFileSync(path.join(bin, 'storage.json'), tokenJson(storage));
  writeFileSync(
    path.join(bin, 'az'),
    `#!/bin/sh\ncase "$*" in\n  *"--resource https://storage.azure.com"*) cat "${bin}/storage.json" ;;\n  "account get-access-token"*) cat "${bin}/arm.json" ;;\n  *) echo "unexpected: $*" >&2; exit 2 ;;\nesac\n`,
  );
  chmodSync(path.join(bin, 'az'), 0o755);
  const caFile = path.join(dir, 'ca.pem');
  writeFileSync(caFile, `${readFileSync(standIn.caFile, 'utf8')}\n${azurite.ca}`);
  const env = {
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    NODE_EXTRA_CA_CERTS: caFile,
    AZURE_AUTHORITY_HOST: standIn.env.AZURE_AUTHORITY_HOST,
    MAPP_ARM_ENDPOINT: standIn.env.MAPP_ARM_ENDPOINT,
    AZURE_TENANT_ID: tenant,
    AZURE_SUBSCRIPTION_ID: standIn.env.AZURE_SUBSCRIPTION_ID,
  };
  const run = await runBundleAsync('cli/bin/mapp.js', dir, env, [
    'publish-service-catalog', EXAMPLE_APP, '-g', 'apps', '-n', 'entra-app', '-l', 'westeurope', '--version', '2.0.0',
    '--auth', 'azure-cli', '--storage-account', AZURITE_ACCOUNT, '--blob-endpoint', azurite.blobEndpoint,
  ]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Uploaded .* to https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/mapp-packages\/entra-app\/[0-9a-f]{64}\.zip/);
  expect(run.stdout).toMatch(/Package: https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/mapp-packages\/entra-app\/[0-9a-f]{64}\.zip\?.*skoid=.*&sig=\*\*\*/);
  for (const line of run.stdout.split('\n')) {
    expect(line).not.toMatch(/sig=(?!\*\*\*)/);
    expect(line).not.toContain(storage);
    expect(line).not.toContain(arm);
  }
  const put = standIn.requests.list({ route: 'arm.applicationDefinitions.put' });
  expect(put.map((e) => e.status)).toEqual([201]);
  const definition = [...standIn.state.collection<{ properties: { packageFileUri: string } }>('Microsoft.Solutions/applicationDefinitions').values()][0]!;
  const sas = new URL(definition.properties.packageFileUri).searchParams;
  expect(sas.get('skoid')).toBe(OBJECT_ID);
  expect(sas.get('sktid')).toBe(tenant);
  expect(sas.get('sp')).toBe('r');
  expect(sas.get('spr')).toBe('https');
});
