import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { armAudiences } from '../auth.js';
import type { StandInConfig } from '../config.js';
import type { StandInContext } from '../context.js';
import { json } from '../reply.js';
import type { RouteModule, StandInReply, StandInRequest } from '../router.js';

/**
 * The local managed-identity token endpoints of an Azure host, served on the stand-in's plain
 * HTTP listener (the real ones are plain HTTP on the machine too):
 * - App Service / Functions: `GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=...`
 *   with the `X-IDENTITY-HEADER: {IDENTITY_HEADER}` header;
 * - IMDS (a VM, where self-hosted runners and agents live):
 *   `GET /metadata/identity/oauth2/token?api-version=2018-02-01&resource=...` with `Metadata: true`,
 *   reached by `ManagedIdentityCredential` through `AZURE_POD_IDENTITY_AUTHORITY_HOST`.
 * Both pick a user-assigned identity by `client_id`, `principal_id`/`object_id` or
 * `mi_res_id`/`msi_res_id`, and the system-assigned one otherwise.
 */

export const APP_SERVICE_TOKEN_PATH = '/msi/token';
export const IMDS_TOKEN_PATH = '/metadata/identity/oauth2/token';
const APP_SERVICE_API_VERSIONS = ['2019-08-01'];
const IMDS_API_VERSIONS = ['2018-02-01', '2019-08-01', '2021-02-01'];

/** One managed identity the stand-in's "machine" has. */
export interface ManagedIdentityPrincipal {
  readonly clientId: string;
  /** Object id of its service principal (`oid` in its tokens). */
  readonly principalId: string;
  /** ARM id: the VM for the system-assigned one, the `userAssignedIdentities` resource otherwise. */
  readonly resourceId: string;
}

/** `scenario['managed-identity']` in the stand-in config; every field has a default. */
export interface ManagedIdentityScenario {
  /** `false`: the machine has no system-assigned identity. */
  readonly systemAssigned?: false | { readonly clientId?: string; readonly principalId?: string };
  readonly userAssigned?: readonly { readonly name: string; readonly clientId: string; readonly principalId?: string }[];
  /** The IDENTITY_HEADER secret; fresh at every start when not given. */
  readonly identityHeader?: string;
}

export interface ManagedIdentitySettings {
  readonly systemAssigned?: ManagedIdentityPrincipal;
  readonly userAssigned: readonly ManagedIdentityPrincipal[];
  readonly identityHeader: string;
}

/** What a test hands a process to sign in as the stand-in machine's managed identity. */
export interface ManagedIdentityEndpoints {
  /** App Service source: IDENTITY_ENDPOINT and IDENTITY_HEADER. */
  readonly appServiceEnv: { readonly IDENTITY_ENDPOINT: string; readonly IDENTITY_HEADER: string };
  /** IMDS source: AZURE_POD_IDENTITY_AUTHORITY_HOST (the IMDS origin). */
  readonly imdsEnv: { readonly AZURE_POD_IDENTITY_AUTHORITY_HOST: string };
  readonly systemAssigned?: ManagedIdentityPrincipal;
  readonly userAssigned: readonly ManagedIdentityPrincipal[];
}

const DEFAULT_SYSTEM = { clientId: '0d4b7e2a-9c1f-4a3e-8b6d-5f2c7a9e1b06', principalId: '7a3e9c1d-4b6f-4e2a-9d8c-1b5f3e7a9c07' };
const DEFAULT_USER = { name: 'mapp-runner-identity', clientId: '2e8c4a6f-1d3b-4f5e-a7c9-3b1d5f7e9a08', principalId: '9c5a1e3b-7d2f-4a6c-8e4b-2d6f8a1c3e09' };
const RESOURCE_GROUP = 'mapp-runners';

const resolved = new WeakMap<StandInConfig, ManagedIdentitySettings>();

function scenarioOf(config: StandInConfig): ManagedIdentityScenario {
  const given = config.scenario['managed-identity'];
  return typeof given === 'object' && given !== null ? (given as ManagedIdentityScenario) : {};
}

/** The machine's identities from the config, with defaults; one resolution per stand-in. */
export function managedIdentitySettings(config: StandInConfig): ManagedIdentitySettings {
  const known = resolved.get(config);
  if (known) return known;
  const scenario = scenarioOf(config);
  const group = `/subscriptions/${config.subscriptionId}/resourceGroups/${RESOURCE_GROUP}`;
  const system = scenario.systemAssigned === false ? undefined : { ...DEFAULT_SYSTEM, ...scenario.systemAssigned };
  const settings: ManagedIdentitySettings = {
    systemAssigned: system && { ...system, resourceId: `${group}/providers/Microsoft.Compute/virtualMachines/mapp-runner` },
    userAssigned: (scenario.userAssigned ?? [DEFAULT_USER]).map((identity) => ({
      clientId: identity.clientId,
      principalId: identity.principalId ?? randomUUID(),
      resourceId: `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${identity.name}`,
    })),
    identityHeader: scenario.identityHeader ?? randomBytes(24).toString('hex'),
  };
  resolved.set(config, settings);
  return settings;
}

/** The variables and identities for a stand-in whose plain HTTP listener is at `httpOrigin`. */
export function managedIdentityEndpoints(config: StandInConfig, httpOrigin: string): ManagedIdentityEndpoints {
  const settings = managedIdentitySettings(config);
  return {
    appServiceEnv: { IDENTITY_ENDPOINT: `${httpOrigin}${APP_SERVICE_TOKEN_PATH}`, IDENTITY_HEADER: settings.identityHeader },
    imdsEnv: { AZURE_POD_IDENTITY_AUTHORITY_HOST: httpOrigin },
    systemAssigned: settings.systemAssigned,
    userAssigned: settings.userAssigned,
  };
}

type Failure = { readonly status: number; readonly code: string; readonly message: string };

/** Which identity a request asks for; a Failure when none fits. */
function pickIdentity(query: URLSearchParams, settings: ManagedIdentitySettings): ManagedIdentityPrincipal | Failure {
  const same = (a: string, b: string | null) => b !== null && a.toLowerCase() === b.toLowerCase();
  const clientId = query.get('client_id');
  const principalId = query.get('principal_id') ?? query.get('object_id');
  const resourceId = query.get('mi_res_id') ?? query.get('msi_res_id');
  const asked = [clientId, principalId, resourceId].filter((value) => value !== null);
  if (asked.length > 1) return { status: 400, code: 'invalid_request', message: 'Only one of client_id, principal_id (object_id) and mi_res_id (msi_res_id) may be given.' };
  if (asked.length === 0) {
    return settings.systemAssigned ?? { status: 400, code: 'invalid_request', message: 'No system-assigned managed identity is enabled on this resource: give a user-assigned identity.' };
  }
  const all = [...(settings.systemAssigned ? [settings.systemAssigned] : []), ...settings.userAssigned];
  const found = all.find((identity) => same(identity.clientId, clientId) || same(identity.principalId, principalId) || same(identity.resourceId, resourceId));
  return found ?? { status: 400, code: 'invalid_request', message: 'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.' };
}

/** The audiences the stand-in's services accept; a managed identity gets tokens only for them. */
function knownResource(resource: string, context: StandInContext): boolean {
  const partnerCenter = [context.urls.partnerCenterEndpoint, 'https://api.partner.microsoft.com'];
  return [...armAudiences(context), ...partnerCenter, ...partnerCenter.map((a) => `${a}/`)].includes(resource);
}

interface TokenEndpoint {
  readonly apiVersions: readonly string[];
  /** Checks the source's own request header; a message when it is missing or wrong. */
  readonly checkHeader: (request: StandInRequest, settings: ManagedIdentitySettings) => Failure | undefined;
  readonly error: (failure: Failure) => StandInReply;
  /** Fields beside access_token, expires_on, resource, token_type and client_id. */
  readonly extraFields: (issuedAt: number, expiresIn: number) => Record<string, string>;
}

function issueToken(request: StandInRequest, context: StandInContext, endpoint: TokenEndpoint): StandInReply {
  const settings = managedIdentitySettings(context.config);
  const headerProblem = endpoint.checkHeader(request, settings);
  if (headerProblem) return endpoint.error(headerProblem);
  const apiVersion = request.query.get('api-version');
  if (!apiVersion || !endpoint.apiVersions.includes(apiVersion)) {
    return endpoint.error({ status: 400, code: 'invalid_request', message: `Required query parameter api-version is missing or not one of ${endpoint.apiVersions.join(', ')}.` });
  }
  const resource = request.query.get('resource');
  if (!resource) return endpoint.error({ status: 400, code: 'invalid_request', message: 'Required audience parameter not specified' });
  const identity = pickIdentity(request.query, settings);
  if ('status' in identity) return endpoint.error(identity);
  if (!knownResource(resource, context)) {
    return endpoint.error({
      status: 400,
      code: 'invalid_resource',
      message: `AADSTS500011: The resource principal named ${resource} was not found in the tenant named ${context.config.tenantId}.`,
    });
  }
  const issued = context.tokens.issueAccessToken({
    audience: resource,
    clientId: identity.clientId,
    objectId: identity.principalId,
    extraClaims: { xms_mirid: identity.resourceId },
  });
  const now = Math.floor(context.now() / 1000);
  return json(200, {
    access_token: issued.token,
    expires_on: String(now + issued.expiresIn),
    resource,
    token_type: 'Bearer',
    client_id: identity.clientId,
    ...endpoint.extraFields(now, issued.expiresIn),
  });
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const headerValue = (request: StandInRequest, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const appService: TokenEndpoint = {
  apiVersions: APP_SERVICE_API_VERSIONS,
  checkHeader: (request, settings) => {
    const given = headerValue(request, 'x-identity-header');
    if (given === undefined) return { status: 400, code: 'invalid_request', message: 'The X-IDENTITY-HEADER header (the IDENTITY_HEADER value) is missing.' };
    if (!sameSecret(given, settings.identityHeader)) return { status: 401, code: 'unauthorized', message: 'The X-IDENTITY-HEADER header does not match IDENTITY_HEADER.' };
    return undefined;
  },
  // App Service's endpoint answers errors as {statusCode, message, correlationId}.
  error: (failure) => json(failure.status, { statusCode: failure.status, message: failure.message, correlationId: randomUUID() }),
  extraFields: () => ({}),
};

const imds: TokenEndpoint = {
  apiVersions: IMDS_API_VERSIONS,
  checkHeader: (request) =>
    headerValue(request, 'metadata')?.toLowerCase() === 'true' ? undefined : { status: 400, code: 'invalid_request', message: 'Required metadata header not specified' },
  error: (failure) => json(failure.status, { error: failure.code, error_description: failure.message }),
  extraFields: (issuedAt, expiresIn) => ({ refresh_token: '', expires_in: String(expiresIn), ext_expires_in: String(expiresIn), not_before: String(issuedAt) }),
};

/** The machine's managed-identity endpoints; served on the plain HTTP listener only. */
export const managedIdentityModule: RouteModule = {
  name: 'managed-identity',
  plainHttp: true,
  routes: () => [
    { method: 'GET', pattern: APP_SERVICE_TOKEN_PATH, name: 'managedIdentity.appService.token', handler: (request, context) => issueToken(request, context, appService) },
    { method: 'GET', pattern: IMDS_TOKEN_PATH, name: 'managedIdentity.imds.token', handler: (request, context) => issueToken(request, context, imds) },
  ],
};
