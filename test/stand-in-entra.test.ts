import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { startStandIn, type StandIn } from '../stand-in/index.js';
import { call } from './helpers/stand-in-client.js';

let standIn: StandIn;
let tokenPath: string;

beforeAll(async () => {
  standIn = await startStandIn();
  tokenPath = `/${standIn.env.AZURE_TENANT_ID}/oauth2/v2.0/token`;
});
afterAll(async () => {
  await standIn.stop();
});

function form(extra: Record<string, string>): Record<string, string> {
  return { grant_type: 'client_credentials', client_id: standIn.env.AZURE_CLIENT_ID, scope: `${standIn.env.MAPP_ARM_ENDPOINT}/.default`, ...extra };
}

async function githubToken(audience: string): Promise<string> {
  const reply = await call(standIn, 'GET', `${standIn.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`, { token: standIn.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN });
  expect(reply.status).toBe(200);
  return reply.json.value as string;
}

function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

test('OpenID discovery names the token endpoint and keys under the authority host, with a same-origin issuer', async () => {
  const reply = await call(standIn, 'GET', `/${standIn.env.AZURE_TENANT_ID}/v2.0/.well-known/openid-configuration`);
  expect(reply.status).toBe(200);
  expect(reply.json.token_endpoint).toBe(`${standIn.url}${tokenPath}`);
  expect(reply.json.issuer).toBe(`${standIn.url}/${standIn.env.AZURE_TENANT_ID}/v2.0`);
  const keys = await call(standIn, 'GET', new URL(reply.json.jwks_uri).pathname);
  expect(keys.json.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', kid: expect.any(String) });
  expect((await call(standIn, 'GET', '/not-a-tenant/v2.0/.well-known/openid-configuration')).json.error_codes).toEqual([90002]);
});

test('instance discovery trusts only the stand-in host', async () => {
  const ok = await call(standIn, 'GET', `/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`${standIn.url}/x/oauth2/v2.0/authorize`)}`);
  expect(ok.json.metadata[0].aliases).toEqual([new URL(standIn.url).host]);
  const foreign = await call(standIn, 'GET', `/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent('https://evil.example/x/oauth2/v2.0/authorize')}`);
  expect(foreign.json.error).toBe('invalid_instance');
});

test('client secret: the token audience is the scope without /.default', async () => {
  const reply = await call(standIn, 'POST', tokenPath, { form: form({ client_secret: standIn.env.AZURE_CLIENT_SECRET }) });
  expect(reply.status).toBe(200);
  expect(reply.json.token_type).toBe('Bearer');
  expect(claimsOf(reply.json.access_token)).toMatchObject({ aud: standIn.env.MAPP_ARM_ENDPOINT, appid: standIn.env.AZURE_CLIENT_ID, tid: standIn.env.AZURE_TENANT_ID });
});

test.each([
  ['a wrong secret', { client_secret: 'nope' }, 401, 7000215],
  ['an unknown app', { client_secret: 'x', client_id: randomUUID() }, 400, 700016],
  ['no credential', {}, 401, 7000218],
  ['a scope without /.default', { client_secret: 'x', scope: 'https://management.azure.com/user_impersonation' }, 400, 1002012],
  ['an unknown resource', { client_secret: 'x', scope: 'https://unknown.example/.default' }, 400, 500011],
] as [string, Record<string, string>, number, number][])('the token endpoint refuses %s with the AADSTS code', async (_what, extra, status, code) => {
  const body = { ...form({}), ...extra };
  if (extra.client_secret === 'x') body.client_secret = standIn.env.AZURE_CLIENT_SECRET;
  const reply = await call(standIn, 'POST', tokenPath, { form: body });
  expect(reply.status).toBe(status);
  expect(reply.json.error_codes).toEqual([code]);
  expect(reply.json.error_description).toContain(`AADSTS${code}`);
});

test('GitHub federation: audience, subject and expiry of the assertion are checked', async () => {
  const assertion = (jwt: string) => form({ client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: jwt });
  const good = await githubToken('api://AzureADTokenExchange');
  expect(claimsOf(good)).toMatchObject({ iss: `${standIn.url}/github-oidc`, sub: 'repo:contoso/managed-app:ref:refs/heads/main' });
  expect((await call(standIn, 'POST', tokenPath, { form: assertion(good) })).status).toBe(200);

  const wrongAudience = await call(standIn, 'POST', tokenPath, { form: assertion(await githubToken('https://github.com/contoso')) });
  expect(wrongAudience.json.error_codes).toEqual([700212]);

  const forged = good.split('.').slice(0, 2).join('.') + '.' + Buffer.from('forged').toString('base64url');
  expect((await call(standIn, 'POST', tokenPath, { form: assertion(forged) })).json.error_codes).toEqual([50013]);

  const later = await githubToken('api://AzureADTokenExchange');
  standIn.advanceClock(10 * 60 * 1000);
  try {
    expect((await call(standIn, 'POST', tokenPath, { form: assertion(later) })).json.error_codes).toEqual([700024]);
  } finally {
    standIn.advanceClock(-10 * 60 * 1000);
  }
});

test('a federated token for another subject matches no federated credential', async () => {
  const other = await startStandIn({ config: { github: { subject: 'repo:contoso/other:pull_request' } } });
  try {
    // The default app trusts only the configured subject; sign one for a different subject with the GitHub key.
    const token = other.tokens.issueGithubToken({ sub: 'repo:mallory/fork:ref:refs/heads/main' }, 'api://AzureADTokenExchange');
    const reply = await call(other, 'POST', `/${other.env.AZURE_TENANT_ID}/oauth2/v2.0/token`, {
      form: { grant_type: 'client_credentials', client_id: other.env.AZURE_CLIENT_ID, scope: 'https://management.azure.com/.default', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: token },
    });
    expect(reply.json.error_codes).toEqual([700213]);
  } finally {
    await other.stop();
  }
});

test('a certificate assertion signed by an unregistered key is refused', async () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5t: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA' })).toString('base64url');
  const claims = Buffer.from(JSON.stringify({ iss: standIn.env.AZURE_CLIENT_ID, sub: standIn.env.AZURE_CLIENT_ID, aud: `${standIn.url}${tokenPath}`, exp: now + 600, nbf: now, jti: randomUUID() })).toString('base64url');
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(privateKey).toString('base64url');
  const reply = await call(standIn, 'POST', tokenPath, {
    form: form({ client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: `${header}.${claims}.${signature}` }),
  });
  expect(reply.status).toBe(401);
  expect(reply.json.error_codes).toEqual([700027]);
});

test('the GitHub and DevOps OIDC endpoints require their bearer', async () => {
  expect((await call(standIn, 'GET', standIn.env.ACTIONS_ID_TOKEN_REQUEST_URL, { token: 'wrong' })).status).toBe(401);
  const devops = `${standIn.env.SYSTEM_OIDCREQUESTURI}?api-version=7.1&serviceConnectionId=${standIn.env.MAPP_STAND_IN_SERVICE_CONNECTION_ID}`;
  expect((await call(standIn, 'POST', devops, { token: 'wrong' })).status).toBe(401);
  const ok = await call(standIn, 'POST', devops, { token: standIn.env.SYSTEM_ACCESSTOKEN });
  expect(claimsOf(ok.json.oidcToken)).toMatchObject({ sub: 'sc://contoso/managed-app/mapp-stand-in', aud: 'api://AzureADTokenExchange' });
  expect((await call(standIn, 'POST', devops.replace(/serviceConnectionId=[^&]+/, 'serviceConnectionId=nope'), { token: standIn.env.SYSTEM_ACCESSTOKEN })).status).toBe(404);
});
