import { startStandIn, type StandIn } from '../stand-in/index.js';
import { armToken, call } from './helpers/stand-in-client.js';

let standIn: StandIn;
let token: string;
let sub: string;

beforeAll(async () => {
  standIn = await startStandIn();
  token = await armToken(standIn);
  sub = `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}`;
});
afterAll(async () => {
  await standIn.stop();
});

const DEFINITION = { location: 'westus', properties: { lockLevel: 'None', packageFileUri: 'https://example.invalid/app.zip' } };

test('every ARM call checks the bearer token: missing, wrong audience, expired, forged', async () => {
  const path = `${sub}/resourcegroups?api-version=2021-04-01`;
  const missing = await call(standIn, 'GET', path);
  expect([missing.status, missing.json.error.code]).toEqual([401, 'AuthenticationFailed']);
  expect(missing.headers['www-authenticate']).toContain('Bearer authorization_uri=');

  const graph = await armToken(standIn, 'https://graph.microsoft.com/.default');
  const wrongAudience = await call(standIn, 'GET', path, { token: graph });
  expect([wrongAudience.status, wrongAudience.json.error.code]).toEqual([401, 'InvalidAuthenticationTokenAudience']);
  expect(wrongAudience.json.error.message).toContain("'https://graph.microsoft.com'");

  const expired = standIn.tokens.issueAccessToken({ audience: 'https://management.azure.com/', clientId: standIn.env.AZURE_CLIENT_ID, expiresInSeconds: -60 }).token;
  const late = await call(standIn, 'GET', path, { token: expired });
  expect([late.status, late.json.error.code]).toEqual([401, 'ExpiredAuthenticationToken']);

  const forged = `${token.split('.').slice(0, 2).join('.')}.AAAA`;
  expect((await call(standIn, 'GET', path, { token: forged })).json.error.code).toBe('InvalidAuthenticationToken');

  expect((await call(standIn, 'GET', path, { token })).status).toBe(200);
});

test('a token that outlives its lifetime on the stand-in clock is refused', async () => {
  standIn.advanceClock(2 * 60 * 60 * 1000);
  try {
    expect((await call(standIn, 'GET', `${sub}?api-version=2022-12-01`, { token })).json.error.code).toBe('ExpiredAuthenticationToken');
  } finally {
    standIn.advanceClock(-2 * 60 * 60 * 1000);
  }
});

test('api-version is required and checked the way ARM does', async () => {
  expect((await call(standIn, 'GET', `${sub}/resourcegroups`, { token })).json.error.code).toBe('MissingApiVersionParameter');
  const platform = await call(standIn, 'GET', `${sub}/resourcegroups?api-version=2099-01-01`, { token });
  expect([platform.status, platform.json.error.code]).toEqual([400, 'InvalidApiVersionParameter']);
  await call(standIn, 'PUT', `${sub}/resourcegroups/versions?api-version=2021-04-01`, { token, body: { location: 'westus' } });
  const provider = await call(standIn, 'GET', `${sub}/resourceGroups/versions/providers/Microsoft.Solutions/applicationDefinitions/x?api-version=2019-07-01`, { token });
  expect([provider.status, provider.json.error.code]).toEqual([400, 'NoRegisteredProviderFound']);
  expect(provider.json.error.message).toContain("'2021-07-01'");
});

test('subscriptions: get and list; an unknown subscription is SubscriptionNotFound', async () => {
  const got = await call(standIn, 'GET', `${sub}?api-version=2022-12-01`, { token });
  expect(got.json).toMatchObject({ subscriptionId: standIn.env.AZURE_SUBSCRIPTION_ID, tenantId: standIn.env.AZURE_TENANT_ID, state: 'Enabled' });
  expect((await call(standIn, 'GET', '/subscriptions?api-version=2022-12-01', { token })).json.value).toHaveLength(1);
  const other = await call(standIn, 'GET', '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups?api-version=2021-04-01', { token });
  expect([other.status, other.json.error.code]).toEqual([404, 'SubscriptionNotFound']);
});

test('resource groups: create 201, update 200, get, list, delete 202 with a Location to poll; what was in it goes too', async () => {
  const rg = `${sub}/resourcegroups/lifecycle?api-version=2021-04-01`;
  expect((await call(standIn, 'PUT', rg, { token, body: {} })).json.error.code).toBe('LocationRequired');
  expect((await call(standIn, 'PUT', rg, { token, body: { location: 'westus' } })).status).toBe(201);
  expect((await call(standIn, 'PUT', rg, { token, body: { location: 'westus', tags: { a: 'b' } } })).status).toBe(200);
  expect((await call(standIn, 'PUT', rg, { token, body: { location: 'eastus' } })).json.error.code).toBe('InvalidResourceGroupLocation');
  expect((await call(standIn, 'GET', rg, { token })).json).toMatchObject({ name: 'lifecycle', location: 'westus', tags: { a: 'b' }, properties: { provisioningState: 'Succeeded' } });
  expect((await call(standIn, 'HEAD', rg, { token })).status).toBe(204);
  const listed = await call(standIn, 'GET', `${sub}/resourcegroups?api-version=2021-04-01`, { token });
  expect(listed.json.value.map((g: { name: string }) => g.name)).toContain('lifecycle');

  const definition = `${sub}/resourceGroups/lifecycle/providers/Microsoft.Solutions/applicationDefinitions/app?api-version=2021-07-01`;
  expect((await call(standIn, 'PUT', definition, { token, body: DEFINITION })).status).toBe(201);

  const deleted = await call(standIn, 'DELETE', rg, { token });
  expect(deleted.status).toBe(202);
  const poll = await call(standIn, 'GET', new URL(deleted.headers.location as string).pathname + new URL(deleted.headers.location as string).search, { token });
  expect(poll.status).toBe(200);
  const gone = await call(standIn, 'GET', rg, { token });
  expect([gone.status, gone.json.error.code, gone.json.error.message]).toEqual([404, 'ResourceGroupNotFound', "Resource group 'lifecycle' could not be found."]);
  expect((await call(standIn, 'HEAD', rg, { token })).status).toBe(404);
  expect((await call(standIn, 'GET', definition, { token })).json.error.code).toBe('ResourceGroupNotFound');
  await call(standIn, 'PUT', rg, { token, body: { location: 'westus' } });
  expect((await call(standIn, 'GET', definition, { token })).json.error.code).toBe('ResourceNotFound');
});

test('application definitions: validation, 201 then 200, the managementPolicy lock conflict, PATCH tags, DELETE 200 then 204', async () => {
  await call(standIn, 'PUT', `${sub}/resourcegroups/defs?api-version=2021-04-01`, { token, body: { location: 'westus' } });
  const url = `${sub}/resourceGroups/defs/providers/Microsoft.Solutions/applicationDefinitions/app?api-version=2021-07-01`;
  expect((await call(standIn, 'PUT', url, { token, body: { location: 'westus', properties: {} } })).json.error.code).toBe('InvalidRequestContent');
  expect((await call(standIn, 'PUT', url, { token, body: { properties: { lockLevel: 'None' } } })).json.error.code).toBe('LocationRequired');
  const managed = { ...DEFINITION, properties: { ...DEFINITION.properties, managementPolicy: { mode: 'Managed' } } };
  const created = await call(standIn, 'PUT', url, { token, body: managed });
  expect(created.status).toBe(201);
  expect(created.json).toMatchObject({ name: 'app', type: 'Microsoft.Solutions/applicationDefinitions', location: 'westus', properties: { lockLevel: 'None', managementPolicy: { mode: 'Managed' } } });
  expect((await call(standIn, 'PUT', url, { token, body: managed })).status).toBe(200);
  const conflict = await call(standIn, 'PUT', url, { token, body: DEFINITION });
  expect([conflict.status, conflict.json.error.code]).toEqual([409, 'ApplicationDefinitionApplicationManagementPolicyLockConflict']);
  expect(conflict.json.error.message).toBe("Modifying application management policy on existing application definition is not allowed, current application management mode is 'Managed' while request contains different mode '<null>'.");
  expect((await call(standIn, 'PATCH', url, { token, body: { tags: { env: 'test' } } })).json.tags).toEqual({ env: 'test' });
  const bySubscription = await call(standIn, 'GET', `${sub}/providers/Microsoft.Solutions/applicationDefinitions?api-version=2021-07-01`, { token });
  expect(bySubscription.json.value.map((d: { name: string }) => d.name)).toContain('app');
  expect((await call(standIn, 'DELETE', url, { token })).status).toBe(200);
  expect((await call(standIn, 'DELETE', url, { token })).status).toBe(204);
  const missing = await call(standIn, 'GET', url, { token });
  expect([missing.status, missing.json.error.code]).toEqual([404, 'ResourceNotFound']);
});

test('providers: Microsoft.Solutions is registered and lists applicationDefinitions; unregistered, writes fail', async () => {
  const provider = await call(standIn, 'GET', `${sub}/providers/Microsoft.Solutions?api-version=2021-04-01`, { token });
  expect(provider.json.registrationState).toBe('Registered');
  expect(provider.json.resourceTypes).toContainEqual(expect.objectContaining({ resourceType: 'applicationDefinitions', apiVersions: ['2021-07-01'] }));
  expect((await call(standIn, 'GET', `${sub}/providers/Microsoft.Nope?api-version=2021-04-01`, { token })).json.error.code).toBe('InvalidResourceNamespace');

  await call(standIn, 'PUT', `${sub}/resourcegroups/unregistered?api-version=2021-04-01`, { token, body: { location: 'westus' } });
  expect((await call(standIn, 'POST', `${sub}/providers/Microsoft.Solutions/unregister?api-version=2021-04-01`, { token })).json.registrationState).toBe('NotRegistered');
  const url = `${sub}/resourceGroups/unregistered/providers/Microsoft.Solutions/applicationDefinitions/app?api-version=2021-07-01`;
  const refused = await call(standIn, 'PUT', url, { token, body: DEFINITION });
  expect([refused.status, refused.json.error.code]).toEqual([409, 'MissingSubscriptionRegistration']);
  await call(standIn, 'POST', `${sub}/providers/Microsoft.Solutions/register?api-version=2021-04-01`, { token });
  expect((await call(standIn, 'PUT', url, { token, body: DEFINITION })).status).toBe(201);
});

test('an unknown path is 404 and a known path with another method is 405', async () => {
  expect((await call(standIn, 'GET', '/nothing/here', { token })).status).toBe(404);
  expect((await call(standIn, 'POST', `${sub}/resourcegroups/x?api-version=2021-04-01`, { token })).status).toBe(405);
});
