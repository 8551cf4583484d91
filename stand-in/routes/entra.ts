import { timingSafeEqual } from 'node:crypto';
import { verifyClientAssertion } from '../client-assertion.js';
import type { StandInContext } from '../context.js';
import { entraError, failEntra } from '../entra-errors.js';
import { json } from '../reply.js';
import type { RouteModule, StandInReply, StandInRequest } from '../router.js';
import { publicJwk } from '../tokens.js';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** Resources (token audiences) the tenant has service principals for. */
function knownResources(context: StandInContext): string[] {
  return [
    context.urls.armEndpoint,
    context.urls.partnerCenterEndpoint,
    'https://management.azure.com',
    'https://management.core.windows.net',
    'https://api.partner.microsoft.com',
    'https://graph.microsoft.com',
    'https://storage.azure.com',
  ];
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function knownTenant(tenant: string, context: StandInContext): boolean {
  return tenant.toLowerCase() === context.config.tenantId.toLowerCase();
}

function tenantNotFound(tenant: string): StandInReply {
  return entraError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
}

function openIdConfiguration(tenant: string, context: StandInContext): Record<string, unknown> {
  const base = `${context.urls.authorityHost}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${context.urls.authorityHost}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: context.tokens.entraIssuer(tenant),
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${context.urls.authorityHost}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'ver'],
    tenant_region_scope: 'WW',
    cloud_instance_name: 'stand-in',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: context.urls.armEndpoint,
  };
}

/** `GET /common/discovery/instance`: the answer MSAL expects for a host it should trust. */
function instanceDiscovery(request: StandInRequest, context: StandInContext): StandInReply {
  const endpoint = request.query.get('authorization_endpoint') ?? '';
  let host: string;
  try {
    const url = new URL(endpoint);
    host = url.host;
    if (url.origin !== context.urls.authorityHost) throw new Error('foreign host');
  } catch {
    return entraError(400, 'invalid_instance', 50049, "Unknown or invalid instance.");
  }
  const tenant = new URL(endpoint).pathname.split('/').filter(Boolean)[0] ?? 'common';
  return json(200, {
    tenant_discovery_endpoint: `${context.urls.authorityHost}/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}

function scopeAudience(scope: string | null, context: StandInContext): string {
  if (!scope) failEntra(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
  const resources = scope.split(' ').filter((s) => s !== '' && !['openid', 'profile', 'offline_access'].includes(s));
  if (resources.length !== 1 || !resources[0]!.endsWith('/.default')) {
    failEntra(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
  }
  const audience = resources[0]!.slice(0, -'/.default'.length);
  const bare = audience.replace(/\/+$/, '').toLowerCase();
  if (!knownResources(context).some((known) => known.toLowerCase() === bare)) {
    failEntra(400, 'invalid_resource', 500011, `The resource principal named ${audience} was not found in the tenant named ${context.config.tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`);
  }
  return audience;
}

/** `POST /{tenant}/oauth2/v2.0/token`: client credentials with a secret or a client assertion. */
function token(request: StandInRequest, context: StandInContext): StandInReply {
  const tenant = request.params.tenant!;
  if (!knownTenant(tenant, context)) return tenantNotFound(tenant);
  const form = request.form();
  const grant = form.get('grant_type');
  if (grant !== 'client_credentials') {
    return entraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant ?? ''}'. The stand-in implements client_credentials.`);
  }
  let clientId = form.get('client_id');
  let secret = form.get('client_secret');
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (basic) {
    const [id, pass] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
    clientId ??= decodeURIComponent(id ?? '');
    secret ??= decodeURIComponent(pass ?? '');
  }
  if (!clientId) return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
  const identity = context.config.identities.find((i) => i.clientId.toLowerCase() === clientId.toLowerCase());
  if (!identity) {
    return entraError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${context.config.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`);
  }
  const assertion = form.get('client_assertion');
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      return entraError(400, 'invalid_request', 50027, `client_assertion_type must be '${JWT_BEARER}'.`);
    }
    verifyClientAssertion(assertion, identity, tenant, context);
  } else if (secret) {
    if (!(identity.secrets ?? []).some((known) => sameText(known, secret))) {
      return entraError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${identity.clientId}'.`);
    }
  } else {
    return entraError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  }
  const audience = scopeAudience(form.get('scope'), context);
  const issued = context.tokens.issueAccessToken({ audience, clientId: identity.clientId, tenantId: context.config.tenantId });
  return json(200, { token_type: 'Bearer', expires_in: issued.expiresIn, ext_expires_in: issued.expiresIn, access_token: issued.token }, { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' });
}

/** Entra ID: OpenID discovery, signing keys, instance discovery and the v2 token endpoint. */
export const entraModule: RouteModule = {
  name: 'entra',
  routes: () => [
    { method: 'GET', pattern: '/common/discovery/instance', name: 'entra.instanceDiscovery', handler: instanceDiscovery },
    {
      method: 'GET',
      pattern: '/{tenant}/v2.0/.well-known/openid-configuration',
      name: 'entra.openidConfiguration',
      handler: (request, context) => {
        const tenant = request.params.tenant!;
        return knownTenant(tenant, context) ? json(200, openIdConfiguration(tenant, context)) : tenantNotFound(tenant);
      },
    },
    {
      method: 'GET',
      pattern: '/{tenant}/discovery/v2.0/keys',
      name: 'entra.keys',
      handler: (request, context) => (knownTenant(request.params.tenant!, context) ? json(200, { keys: [publicJwk(context.tokens.keys.entra)] }) : tenantNotFound(request.params.tenant!)),
    },
    { method: 'POST', pattern: '/{tenant}/oauth2/v2.0/token', name: 'entra.token', handler: token },
  ],
};
