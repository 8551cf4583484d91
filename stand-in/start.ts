import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo, Server as NetServer, Socket } from 'node:net';
import { certificateFolder, clientCertificate, serverCertificate } from './certificate.js';
import { resolveConfig, type StandInConfig, type StandInConfigInput } from './config.js';
import type { StandInContext } from './context.js';
import { FaultInjector, type ActiveFault, type FaultRule } from './faults.js';
import { RequestLog } from './request-log.js';
import { Router, type RouteModule } from './router.js';
import { routeModules } from './routes/index.js';
import { managedIdentityEndpoints, type ManagedIdentityEndpoints } from './routes/managed-identity.js';
import { createRequestListener } from './server.js';
import { StandInState } from './state.js';
import { TokenService } from './tokens.js';
import { standInUrls, type StandInUrls } from './urls.js';

export interface StandInOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly config?: StandInConfigInput;
  /** Route modules to serve beside the registered ones (tests of a module in the making). */
  readonly extraModules?: readonly RouteModule[];
}

/** The environment that points a client at the stand-in: the `{"env": {...}}` line. */
export type StandInEnv = Record<
  | 'AZURE_TENANT_ID' | 'AZURE_CLIENT_ID' | 'AZURE_CLIENT_SECRET' | 'AZURE_AUTHORITY_HOST' | 'AZURE_SUBSCRIPTION_ID'
  | 'NODE_EXTRA_CA_CERTS' | 'MAPP_ARM_ENDPOINT' | 'MAPP_PARTNER_CENTER_ENDPOINT'
  | 'ACTIONS_ID_TOKEN_REQUEST_URL' | 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
  | 'SYSTEM_OIDCREQUESTURI' | 'SYSTEM_ACCESSTOKEN' | 'MAPP_STAND_IN_SERVICE_CONNECTION_ID'
  | 'MAPP_STAND_IN_CLIENT_CERTIFICATE_PATH' | 'MAPP_STAND_IN_URL',
  string
>;

export interface StandIn {
  /** The origin, https://127.0.0.1:<port>. */
  readonly url: string;
  readonly urls: StandInUrls;
  readonly env: StandInEnv;
  /** The plain HTTP listener on 127.0.0.1 (route modules with `plainHttp`: managed identity). */
  readonly httpUrl: string;
  /**
   * Variables that point `ManagedIdentityCredential` at the stand-in machine's identities. Not
   * in {@link env}: they switch other credentials (and the Azure CLI) to managed identity.
   */
  readonly managedIdentity: ManagedIdentityEndpoints;
  /** PEM of the server certificate (NODE_EXTRA_CA_CERTS). */
  readonly caFile: string;
  readonly ca: string;
  readonly config: StandInConfig;
  readonly state: StandInState;
  readonly tokens: TokenService;
  readonly requests: RequestLog;
  /** Moves the stand-in's clock (token expiry, timestamps) forward. */
  advanceClock(ms: number): void;
  addFault(rule: FaultRule): ActiveFault;
  clearFaults(): void;
  stop(): Promise<void>;
}

function buildEnv(config: StandInConfig, urls: StandInUrls, caFile: string, certificateFile: string): StandInEnv {
  const identity = config.identities[0]!;
  return {
    AZURE_TENANT_ID: config.tenantId,
    AZURE_CLIENT_ID: identity.clientId,
    AZURE_CLIENT_SECRET: identity.secrets?.[0] ?? '',
    AZURE_AUTHORITY_HOST: urls.authorityHost,
    AZURE_SUBSCRIPTION_ID: config.subscriptionId,
    NODE_EXTRA_CA_CERTS: caFile,
    MAPP_ARM_ENDPOINT: urls.armEndpoint,
    MAPP_PARTNER_CENTER_ENDPOINT: urls.partnerCenterEndpoint,
    ACTIONS_ID_TOKEN_REQUEST_URL: urls.githubTokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: config.github.requestToken,
    SYSTEM_OIDCREQUESTURI: urls.devopsOidcRequestUri,
    SYSTEM_ACCESSTOKEN: config.devops.accessToken,
    MAPP_STAND_IN_SERVICE_CONNECTION_ID: config.devops.serviceConnectionId,
    MAPP_STAND_IN_CLIENT_CERTIFICATE_PATH: certificateFile,
    MAPP_STAND_IN_URL: urls.origin,
  };
}

function seed(state: StandInState, config: StandInConfig): void {
  const id = `/subscriptions/${config.subscriptionId}`;
  state.subscriptions.set(config.subscriptionId.toLowerCase(), { id, subscriptionId: config.subscriptionId, tenantId: config.tenantId, displayName: config.subscriptionName, state: 'Enabled' });
  for (const namespace of config.registeredProviders) state.providers.set(namespace.toLowerCase(), { namespace, registrationState: 'Registered' });
}

function listen(server: NetServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the stand-in on 127.0.0.1 and returns its address, environment and handles. */
export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const [tls, appCertificate, folder] = await Promise.all([serverCertificate(), clientCertificate('mapp stand-in app'), certificateFolder()]);
  const caFile = await folder.write('stand-in-ca.pem', tls.cert);
  const certificateFile = await folder.write('stand-in-app.pem', `${appCertificate.key}${appCertificate.cert}`);
  const config = resolveConfig(options.config ?? {}, appCertificate.cert);
  let clockOffset = 0;
  const now = () => Date.now() + clockOffset;
  const router = new Router();
  const httpRouter = new Router();
  const requests = new RequestLog();
  let context: StandInContext | undefined;
  const server = createServer({ key: tls.key, cert: tls.cert }, createRequestListener(router, () => context!, requests));
  const httpServer = createHttpServer(createRequestListener(httpRouter, () => context!, requests));
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  server.on('secureConnection', track);
  httpServer.on('connection', track);
  const port = await listen(server, options.port ?? 0);
  const httpPort = await listen(httpServer, 0).catch(async (error: unknown) => {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  });
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  const urls = standInUrls(port, config.devops.organizationId);
  const tokens = await TokenService.create(
    { entra: (tenant) => `${urls.authorityHost}/${tenant}/v2.0`, github: urls.githubIssuer, devops: urls.devopsIssuer },
    { tenantId: config.tenantId, lifetimeSeconds: config.tokenLifetimeSeconds },
    now,
  );
  const state = new StandInState();
  seed(state, config);
  const faults = new FaultInjector();
  context = { config, urls, state, tokens, faults, requests, now, routes: () => [...router.list(), ...httpRouter.list()] };
  for (const module of [...routeModules, ...(options.extraModules ?? [])]) (module.plainHttp ? httpRouter : router).add(module.routes(context));

  let stopped: Promise<void> | undefined;
  return {
    url: urls.origin,
    urls,
    env: buildEnv(config, urls, caFile, certificateFile),
    httpUrl,
    managedIdentity: managedIdentityEndpoints(config, httpUrl),
    caFile,
    ca: tls.cert,
    config,
    state,
    tokens,
    requests,
    advanceClock: (ms) => void (clockOffset += ms),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    stop: () =>
      (stopped ??= (async () => {
        const closed = [server, httpServer].map((listener) => new Promise<void>((resolve) => listener.close(() => resolve())));
        for (const socket of sockets) socket.destroy();
        await Promise.all(closed);
        await folder.remove();
      })()),
  };
}
