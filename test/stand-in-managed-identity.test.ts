import { startStandIn, type StandIn } from '../stand-in/index.js';
import { call } from './helpers/stand-in-client.js';

// The managed-identity endpoints on the stand-in's plain HTTP listener: the App Service contract
// (IDENTITY_ENDPOINT, X-IDENTITY-HEADER, api-version 2019-08-01) and the IMDS one (Metadata: true,
// api-version 2018-02-01), as MSAL node's AppService and Imds sources call them.
let standIn: StandIn;
const USER = { name: 'deploy-identity', clientId: '3f9d5b7a-2c4e-4a6f-8b1d-4e6a8c0f2b10', principalId: '5a7c9e1b-3d5f-4b7a-9c2e-6f8a0c2e4d11' };

beforeAll(async () => {
  standIn = await startStandIn({ config: { scenario: { 'managed-identity': { userAssigned: [USER] } } } });
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(() => {
  standIn.requests.clear();
  standIn.clearFaults();
});

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { headers });
  return { status: response.status, json: await response.json() };
}

function appServiceUrl(query: Record<string, string>): string {
  const url = new URL(standIn.managedIdentity.appServiceEnv.IDENTITY_ENDPOINT);
  for (const [key, value] of Object.entries({ 'api-version': '2019-08-01', resource: standIn.env.MAPP_ARM_ENDPOINT, ...query })) url.searchParams.set(key, value);
  return url.toString();
}

function imdsUrl(query: Record<string, string>): string {
  const url = new URL('/metadata/identity/oauth2/token', standIn.managedIdentity.imdsEnv.AZURE_POD_IDENTITY_AUTHORITY_HOST);
  for (const [key, value] of Object.entries({ 'api-version': '2018-02-01', resource: standIn.env.MAPP_ARM_ENDPOINT, ...query })) url.searchParams.set(key, value);
  return url.toString();
}

const identityHeader = () => ({ 'X-IDENTITY-HEADER': standIn.managedIdentity.appServiceEnv.IDENTITY_HEADER });
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

test('the endpoints are plain HTTP on 127.0.0.1, apart from the HTTPS origin, and not in the env line', () => {
  expect(standIn.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(standIn.httpUrl).not.toBe(standIn.url.replace('https:', 'http:'));
  expect(standIn.managedIdentity.appServiceEnv.IDENTITY_ENDPOINT).toBe(`${standIn.httpUrl}/msi/token`);
  expect(standIn.managedIdentity.imdsEnv.AZURE_POD_IDENTITY_AUTHORITY_HOST).toBe(standIn.httpUrl);
  expect(standIn.managedIdentity.appServiceEnv.IDENTITY_HEADER).toMatch(/^[0-9a-f]{48}$/);
  for (const name of ['IDENTITY_ENDPOINT', 'IDENTITY_HEADER', 'AZURE_POD_IDENTITY_AUTHORITY_HOST']) expect(standIn.env).not.toHaveProperty(name);
  expect(standIn.managedIdentity.userAssigned).toEqual([
    { clientId: USER.clientId, principalId: USER.principalId, resourceId: `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourceGroups/mapp-runners/providers/Microsoft.ManagedIdentity/userAssignedIdentities/deploy-identity` },
  ]);
});

test('App Service: system-assigned token with the documented fields, signed by the stand-in and accepted by ARM', async () => {
  const reply = await get(appServiceUrl({}), identityHeader());
  expect(reply.status).toBe(200);
  const system = standIn.managedIdentity.systemAssigned!;
  expect(Object.keys(reply.json).sort()).toEqual(['access_token', 'client_id', 'expires_on', 'resource', 'token_type']);
  expect(reply.json).toMatchObject({ resource: standIn.env.MAPP_ARM_ENDPOINT, token_type: 'Bearer', client_id: system.clientId });
  expect(reply.json.expires_on).toMatch(/^\d+$/);
  expect(Number(reply.json.expires_on) - Date.now() / 1000).toBeGreaterThan(3500);
  expect(claimsOf(reply.json.access_token)).toMatchObject({
    aud: standIn.env.MAPP_ARM_ENDPOINT,
    appid: system.clientId,
    oid: system.principalId,
    tid: standIn.env.AZURE_TENANT_ID,
    xms_mirid: system.resourceId,
  });
  const arm = await call(standIn, 'GET', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}?api-version=2022-12-01`, { token: reply.json.access_token });
  expect(arm.status).toBe(200);
});

test('App Service: a user-assigned identity by client_id, principal_id or mi_res_id', async () => {
  const user = standIn.managedIdentity.userAssigned[0]!;
  const queries: Record<string, string>[] = [{ client_id: user.clientId }, { principal_id: user.principalId }, { mi_res_id: user.resourceId }];
  for (const query of queries) {
    const reply = await get(appServiceUrl(query), identityHeader());
    expect(reply.status).toBe(200);
    expect(reply.json.client_id).toBe(user.clientId);
    expect(claimsOf(reply.json.access_token)).toMatchObject({ appid: user.clientId, oid: user.principalId });
  }
});

test('App Service refusals: missing or wrong X-IDENTITY-HEADER, api-version, unknown identity, unknown resource', async () => {
  expect(await get(appServiceUrl({}))).toMatchObject({ status: 400, json: { statusCode: 400, message: expect.stringContaining('X-IDENTITY-HEADER') } });
  expect(await get(appServiceUrl({}), { 'X-IDENTITY-HEADER': 'wrong' })).toMatchObject({ status: 401 });
  expect(await get(appServiceUrl({ 'api-version': '2017-09-01' }), identityHeader())).toMatchObject({ status: 400, json: { message: expect.stringContaining('api-version') } });
  expect(await get(appServiceUrl({ client_id: '00000000-0000-4000-8000-000000000000' }), identityHeader())).toMatchObject({
    status: 400,
    json: { message: 'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.' },
  });
  expect(await get(appServiceUrl({ resource: 'https://vault.azure.net' }), identityHeader())).toMatchObject({ status: 400, json: { message: expect.stringContaining('AADSTS500011') } });
});

test('IMDS: Metadata: true required; the reply carries expires_in and not_before too; errors are OAuth-shaped', async () => {
  expect(await get(imdsUrl({}))).toEqual({ status: 400, json: { error: 'invalid_request', error_description: 'Required metadata header not specified' } });
  const reply = await get(imdsUrl({ msi_res_id: standIn.managedIdentity.userAssigned[0]!.resourceId }), { Metadata: 'true' });
  expect(reply.status).toBe(200);
  expect(reply.json).toMatchObject({ token_type: 'Bearer', client_id: USER.clientId, expires_in: '3600', refresh_token: '' });
  expect(await get(imdsUrl({ object_id: '00000000-0000-4000-8000-000000000000' }), { Metadata: 'true' })).toMatchObject({ status: 400, json: { error: 'invalid_request' } });
});

test('requests are logged and faults apply, like every other route; the HTTPS origin does not serve the endpoints', async () => {
  standIn.addFault({ route: 'managedIdentity.*', kind: 'error', status: 503, count: 1 });
  expect((await get(appServiceUrl({}), identityHeader())).status).toBe(503);
  expect((await get(appServiceUrl({}), identityHeader())).status).toBe(200);
  expect(standIn.requests.list({ route: 'managedIdentity.appService.token' }).map((entry) => [entry.status, entry.fault])).toEqual([
    [503, 'error'],
    [200, undefined],
  ]);
  expect((await call(standIn, 'GET', '/msi/token?api-version=2019-08-01&resource=x', { headers: identityHeader() })).status).toBe(404);
});

test('a machine without a system-assigned identity refuses a request that names none', async () => {
  const bare = await startStandIn({ config: { scenario: { 'managed-identity': { systemAssigned: false } } } });
  try {
    expect(bare.managedIdentity.systemAssigned).toBeUndefined();
    const url = `${bare.managedIdentity.appServiceEnv.IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=${encodeURIComponent(bare.env.MAPP_ARM_ENDPOINT)}`;
    expect(await get(url, { 'X-IDENTITY-HEADER': bare.managedIdentity.appServiceEnv.IDENTITY_HEADER })).toMatchObject({ status: 400 });
  } finally {
    await bare.stop();
  }
  await expect(fetch(bare.managedIdentity.appServiceEnv.IDENTITY_ENDPOINT)).rejects.toThrow();
});
