export const id = 284;
export const ids = [284,38,657];
export const modules = {

/***/ 58284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vn: () => (/* binding */ connectToAzure)
});

// UNUSED EXPORTS: GuardedCredential, resolveConnection

// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(53240);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var esm = __webpack_require__(23952);
// EXTERNAL MODULE: ./lib/shared/azure/identity-settings.js
var identity_settings = __webpack_require__(67965);
;// CONCATENATED MODULE: ./lib/shared/azure/auth-errors.js



/** The first line of an Entra ID error description, without its trace and correlation ids. */
function firstLine(text) {
    const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? text;
    return line.replace(/\s*Trace ID:.*$/i, '').trim();
}
/**
 * MSAL packs Entra's reply into one line (`invalid_client: Error(s): 7000215 - Timestamp: ... -
 * Description: AADSTS7000215: ... Trace ID: ...`): keep the OAuth error and the AADSTS sentence.
 */
function entraReason(text) {
    const description = /(AADSTS\d+:.*?)(?:\s*Trace ID:|\s+- (?:Correlation ID|Timestamp|Trace ID):|$)/s.exec(text)?.[1];
    if (!description)
        return undefined;
    const oauthError = /^([a-z_]+):/.exec(text.trim())?.[1];
    return `${oauthError ? `${oauthError}: ` : ''}${description.replace(/\s+/g, ' ').trim()}`;
}
function reason(error) {
    if (error instanceof esm/* AuthenticationError */.v3) {
        const description = firstLine(error.errorResponse.errorDescription ?? '');
        return entraReason(`${error.errorResponse.error}: ${description}`) ?? (description ? `${error.errorResponse.error}: ${description}` : error.errorResponse.error);
    }
    const message = error instanceof Error ? error.message : String(error);
    return entraReason(message) ?? firstLine(message.replace(/^[A-Za-z]+Credential: /, ''));
}
/**
 * Turns a sign-in failure into a usage error that says which identity was refused, why, and
 * which input or service-connection field to fix. Other errors pass through unchanged.
 */
function explainSignInFailure(error, identity) {
    const isSignIn = error instanceof esm/* AuthenticationError */.v3 ||
        error instanceof esm/* CredentialUnavailableError */.oT ||
        (error instanceof Error && /^(AuthenticationError|CredentialUnavailableError|AggregateAuthenticationError|AuthenticationRequiredError|FederatedTokenError)$/.test(error.name));
    if (!isSignIn)
        return error;
    const why = reason(error).replace(/[.\s]+$/, '');
    return new usage_error/* UsageError */.e(`Could not sign in to Azure with ${(0,identity_settings/* describeIdentity */.Cl)(identity)}: ${why}. To fix: ${identity.fix}.`);
}

;// CONCATENATED MODULE: ./lib/shared/azure/credentials.js

/** The audience Entra ID expects on a federated token it exchanges (GitHub OIDC). */
const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** The runner would not hand out the federated token to exchange. */
class FederatedTokenError extends Error {
    name = 'FederatedTokenError';
}
/**
 * The `@azure/identity` credential for an identity, pointed at the cloud's authority (custom
 * authorities skip MSAL's instance discovery, which only knows Microsoft's clouds). The GitHub
 * ID token is masked as soon as it arrives; callers mask the access tokens (see connect.ts).
 */
function createCredential(identity, cloud, mask) {
    const options = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: !cloud.instanceDiscovery };
    switch (identity.mode) {
        case 'github-oidc':
            return new esm/* ClientAssertionCredential */.XI(identity.tenantId, identity.clientId, async () => {
                let token;
                try {
                    token = await identity.idToken(TOKEN_EXCHANGE_AUDIENCE);
                }
                catch (error) {
                    throw new FederatedTokenError(`the job's GitHub OIDC token could not be fetched (${error instanceof Error ? error.message : String(error)})`);
                }
                mask(token);
                return token;
            }, options);
        case 'federated-token-file':
            return new esm/* WorkloadIdentityCredential */.R9({ ...options, tenantId: identity.tenantId, clientId: identity.clientId, tokenFilePath: identity.tokenFile });
        case 'azure-pipelines':
            // Reads System.OidcRequestUri from SYSTEM_OIDCREQUESTURI itself; the DevOps face checked it is there.
            return new esm/* AzurePipelinesCredential */.QW(identity.tenantId, identity.clientId, identity.serviceConnectionId, identity.systemAccessToken, options);
        case 'client-secret':
            return new esm/* ClientSecretCredential */.HC(identity.tenantId, identity.clientId, identity.clientSecret, options);
        case 'client-certificate':
            return new esm/* ClientCertificateCredential */.m0(identity.tenantId, identity.clientId, { certificate: identity.certificatePem }, options);
        case 'azure-cli':
            return new esm/* AzureCliCredential */.nG({ tenantId: identity.tenantId });
        case 'managed-identity':
            return identity.clientId ? new esm/* ManagedIdentityCredential */.NC({ clientId: identity.clientId }) : new esm/* ManagedIdentityCredential */.NC();
    }
}

;// CONCATENATED MODULE: ./lib/shared/azure/cloud.js
/**
 * One description per Azure cloud. Every client takes its endpoints and token scopes from it,
 * so a sovereign cloud or the local stand-in is just another value of this object.
 */
const CLOUD_NAMES = (/* unused pure expression or super */ null && (['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom']));
// Marketplace offers, sovereign-cloud ones included, are managed from the commercial Partner Center.
const PARTNER_CENTER = 'https://api.partner.microsoft.com';
const KNOWN = {
    AzureCloud: {
        name: 'AzureCloud',
        authorityHost: 'https://login.microsoftonline.com',
        armEndpoint: 'https://management.azure.com',
        armScope: 'https://management.azure.com/.default',
        partnerCenterEndpoint: PARTNER_CENTER,
        partnerCenterScope: `${PARTNER_CENTER}/.default`,
        portalUrl: 'https://portal.azure.com',
        storageSuffix: 'core.windows.net',
        instanceDiscovery: true,
    },
    AzureUSGovernment: {
        name: 'AzureUSGovernment',
        authorityHost: 'https://login.microsoftonline.us',
        armEndpoint: 'https://management.usgovcloudapi.net',
        armScope: 'https://management.usgovcloudapi.net/.default',
        partnerCenterEndpoint: PARTNER_CENTER,
        partnerCenterScope: `${PARTNER_CENTER}/.default`,
        portalUrl: 'https://portal.azure.us',
        storageSuffix: 'core.usgovcloudapi.net',
        instanceDiscovery: true,
    },
    AzureChinaCloud: {
        name: 'AzureChinaCloud',
        authorityHost: 'https://login.chinacloudapi.cn',
        armEndpoint: 'https://management.chinacloudapi.cn',
        armScope: 'https://management.chinacloudapi.cn/.default',
        partnerCenterEndpoint: PARTNER_CENTER,
        partnerCenterScope: `${PARTNER_CENTER}/.default`,
        portalUrl: 'https://portal.azure.cn',
        storageSuffix: 'core.chinacloudapi.cn',
        instanceDiscovery: true,
    },
};
/** The description of a named cloud. */
function knownCloud(name) {
    return KNOWN[name];
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/**
 * A cloud from a base and explicit endpoints. Any override makes it `Custom`; the token scopes
 * follow the endpoints (ARM and Partner Center accept `<endpoint>/.default`).
 */
function customCloud(base, overrides) {
    const authorityHost = overrides.authorityHost ? trimSlash(overrides.authorityHost) : base.authorityHost;
    const armEndpoint = overrides.armEndpoint ? trimSlash(overrides.armEndpoint) : base.armEndpoint;
    const partnerCenterEndpoint = overrides.partnerCenterEndpoint ? trimSlash(overrides.partnerCenterEndpoint) : base.partnerCenterEndpoint;
    return {
        ...base,
        name: 'Custom',
        authorityHost,
        armEndpoint,
        armScope: armEndpoint === base.armEndpoint ? base.armScope : `${armEndpoint}/.default`,
        partnerCenterEndpoint,
        partnerCenterScope: partnerCenterEndpoint === base.partnerCenterEndpoint ? base.partnerCenterScope : `${partnerCenterEndpoint}/.default`,
        instanceDiscovery: authorityHost === base.authorityHost && base.instanceDiscovery,
    };
}
/** Whether an override differs from what the base cloud already says. */
function hasOverrides(base, overrides) {
    return ((overrides.authorityHost !== undefined && trimSlash(overrides.authorityHost) !== base.authorityHost) ||
        (overrides.armEndpoint !== undefined && trimSlash(overrides.armEndpoint) !== base.armEndpoint) ||
        (overrides.partnerCenterEndpoint !== undefined && trimSlash(overrides.partnerCenterEndpoint) !== base.partnerCenterEndpoint));
}

// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(38038);
;// CONCATENATED MODULE: ./lib/shared/azure/resolve-cloud.js



const KNOWN_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
function knownName(name) {
    return KNOWN_NAMES.find((known) => known.toLowerCase() === name?.toLowerCase());
}
function checkUrl(value, what) {
    if (value === undefined)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new usage_error/* UsageError */.e(`${what} must be an absolute https URL; got '${value}'.`);
    }
    if (url.protocol !== 'https:')
        throw new usage_error/* UsageError */.e(`${what} must use https (Entra ID and ARM clients refuse plain http); got '${value}'.`);
    return value;
}
/** The endpoints given as inputs, or by the face's environment (CLI). */
function explicitOverrides(settings, runner) {
    const env = runner?.environment ?? {};
    const describe = (name) => (0,describe_input/* describeRunnerInput */.S)(runner, name);
    return {
        authorityHost: checkUrl(settings['authority-host'] ?? env.authorityHost, describe('authority-host')),
        armEndpoint: checkUrl(settings['arm-endpoint'] ?? env.armEndpoint, describe('arm-endpoint')),
        partnerCenterEndpoint: checkUrl(settings['partner-center-endpoint'] ?? env.partnerCenterEndpoint, describe('partner-center-endpoint')),
    };
}
/**
 * The cloud for a run without a service connection: the `cloud` input picks a base, explicit
 * endpoints replace its values. Custom needs at least the authority host and the ARM endpoint.
 */
function resolveCloud(settings, runner) {
    const overrides = explicitOverrides(settings, runner);
    const describe = (name) => (0,describe_input/* describeRunnerInput */.S)(runner, name);
    if (settings.cloud === 'Custom') {
        const missing = ['authority-host', 'arm-endpoint'].filter((name) => !(name === 'authority-host' ? overrides.authorityHost : overrides.armEndpoint));
        if (missing.length > 0) {
            throw new usage_error/* UsageError */.e(`${describe('cloud')} is Custom, so ${missing.map(describe).join(' and ')} must be given too.`);
        }
    }
    const base = knownCloud(knownName(settings.cloud) ?? 'AzureCloud');
    return hasOverrides(base, overrides) || settings.cloud === 'Custom' ? customCloud(base, overrides) : base;
}
/**
 * The cloud of an AzureRM service connection: its environment names the base, and its own
 * endpoint URL and authority (set by the agent for every cloud, Azure Stack included) win.
 */
function serviceConnectionCloud(connection, settings, runner) {
    const inputs = explicitOverrides(settings, runner);
    const name = knownName(connection.environment);
    if (!name && !(connection.armUrl && connection.authorityUrl)) {
        throw new usage_error/* UsageError */.e(`Service connection '${connection.id}' is for environment '${connection.environment ?? '(none)'}' but does not give both its Resource Manager URL and its authority URL (activeDirectoryAuthority): edit the service connection or use one for AzureCloud, AzureUSGovernment or AzureChinaCloud.`);
    }
    const base = knownCloud(name ?? 'AzureCloud');
    const overrides = {
        authorityHost: inputs.authorityHost ?? connection.authorityUrl,
        armEndpoint: inputs.armEndpoint ?? connection.armUrl,
        partnerCenterEndpoint: inputs.partnerCenterEndpoint,
    };
    return hasOverrides(base, overrides) || !name ? customCloud(base, overrides) : base;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/shared/azure/resolve-identity.js




/** Reads the connection inputs, falling back to the face's environment values (CLI). */
class ConnectionValues {
    settings;
    runner;
    workingDirectory;
    constructor(settings, runner, workingDirectory) {
        this.settings = settings;
        this.runner = runner;
        this.workingDirectory = workingDirectory;
    }
    describe(name) {
        return (0,describe_input/* describeRunnerInput */.S)(this.runner, name);
    }
    pick(name, fallback, variable) {
        const value = this.settings[name];
        if (value)
            return { value, from: this.describe(name) };
        return fallback ? { value: fallback, from: variable } : undefined;
    }
    get tenantId() {
        return this.pick('tenant-id', this.runner?.environment?.tenantId, 'AZURE_TENANT_ID');
    }
    get clientId() {
        return this.pick('client-id', this.runner?.environment?.clientId, 'AZURE_CLIENT_ID');
    }
    get clientSecret() {
        return this.pick('client-secret', this.runner?.environment?.clientSecret, 'AZURE_CLIENT_SECRET');
    }
    get subscriptionId() {
        return this.pick('subscription-id', this.runner?.environment?.subscriptionId, 'AZURE_SUBSCRIPTION_ID');
    }
    /** The certificate as PEM text: given inline, or read from the path given. */
    get certificate() {
        const inline = this.settings['client-certificate'];
        const file = this.runner?.environment?.clientCertificatePath;
        if (!inline && !file)
            return undefined;
        const from = inline ? this.describe('client-certificate') : 'AZURE_CLIENT_CERTIFICATE_PATH';
        const pem = inline?.includes('-----BEGIN') ? inline : readPemFile(external_node_path_.resolve(this.workingDirectory, (inline ?? file)), from);
        if (!/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/.test(pem)) {
            throw new usage_error/* UsageError */.e(`${from} has no private key: give a PEM holding both the certificate and its private key (PKCS#8 or PKCS#1).`);
        }
        if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new usage_error/* UsageError */.e(`${from} has no certificate: give a PEM holding both the certificate and its private key.`);
        }
        return { value: pem, from };
    }
    get federatedTokenFile() {
        const file = this.runner?.environment?.federatedTokenFile;
        return file ? { value: file, from: 'AZURE_FEDERATED_TOKEN_FILE' } : undefined;
    }
}
function readPemFile(file, from) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new usage_error/* UsageError */.e(`${from}: certificate file not found: ${file}. Give the path of a PEM file or the PEM text itself.`);
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}
/** Requires the app's tenant and client ids, naming the inputs to set when one is missing. */
function appIds(values, mode) {
    const tenant = values.tenantId;
    const client = values.clientId;
    const missing = [tenant ? undefined : values.describe('tenant-id'), client ? undefined : values.describe('client-id')].filter(Boolean);
    if (missing.length > 0)
        throw new usage_error/* UsageError */.e(`Signing in with ${mode} needs ${missing.join(' and ')}: set the app registration's ids.`);
    return { tenantId: tenant.value, clientId: client.value, from: `${client.from} and ${tenant.from}` };
}
function clientSecretIdentity(values, secret) {
    const ids = appIds(values, 'a client secret');
    return { mode: 'client-secret', ...ids, clientSecret: secret.value, source: secret.from, fix: `check ${secret.from}, ${ids.from}` };
}
function certificateIdentity(values, certificate) {
    const ids = appIds(values, 'a certificate');
    return {
        mode: 'client-certificate',
        ...ids,
        certificatePem: certificate.value,
        source: certificate.from,
        fix: `check that the certificate in ${certificate.from} is uploaded to the app registration, and ${ids.from}`,
    };
}
function oidcIdentity(values, runner, kind, explicit) {
    const file = values.federatedTokenFile;
    if (runner?.githubIdToken && (explicit || (values.tenantId && values.clientId))) {
        const ids = appIds(values, 'GitHub OIDC');
        const fix = `check ${ids.from}, and that the app registration has a federated credential for this repository and job (issuer https://token.actions.githubusercontent.com, subject repo:<owner>/<repo>:...)`;
        return { mode: 'github-oidc', ...ids, idToken: runner.githubIdToken, source: 'the job\'s GitHub OIDC token', fix };
    }
    if (file && (explicit || (values.tenantId && values.clientId))) {
        const ids = appIds(values, 'a federated token');
        return { mode: 'federated-token-file', ...ids, tokenFile: file.value, source: file.from, fix: `check ${file.from} and ${ids.from}` };
    }
    if (!explicit)
        return undefined;
    if (kind === 'github') {
        throw new usage_error/* UsageError */.e(`${values.describe('auth')} is oidc, but GitHub gave this job no ID token: add 'permissions: id-token: write' to the job (or workflow).`);
    }
    if (kind === 'azure-devops') {
        throw new usage_error/* UsageError */.e(`${values.describe('auth')} is oidc: on Azure DevOps, use a workload identity federation service connection in ${values.describe('connectedServiceNameARM')}.`);
    }
    throw new usage_error/* UsageError */.e(`${values.describe('auth')} is oidc, but AZURE_FEDERATED_TOKEN_FILE is not set: point it at the federated token, or use another auth mode.`);
}
function required(given, message) {
    if (given === undefined)
        throw new usage_error/* UsageError */.e(message);
    return given;
}
/**
 * The identity for a run without a service connection. Explicit modes check their own inputs;
 * `auto` takes a secret, then a certificate, then an OIDC token, then the Azure CLI login.
 */
function resolveInputIdentity(settings, runner, kind, workingDirectory) {
    const values = new ConnectionValues(settings, runner, workingDirectory);
    const auth = values.describe('auth');
    switch (settings.auth) {
        case 'secret':
            return clientSecretIdentity(values, required(values.clientSecret, `${auth} is secret, so ${values.describe('client-secret')} must be given.`));
        case 'certificate':
            return certificateIdentity(values, required(values.certificate, `${auth} is certificate, so ${values.describe('client-certificate')} must be given.`));
        case 'oidc':
            return oidcIdentity(values, runner, kind, true);
        case 'azure-cli':
            return { mode: 'azure-cli', tenantId: values.tenantId?.value, source: 'the Azure CLI login', fix: "run 'az login' (or azure/login in the workflow) first" };
        case 'managed-identity':
            return managedIdentity(values);
        default:
            return autoIdentity(values, runner, kind);
    }
}
function managedIdentity(values) {
    const client = values.clientId;
    const fix = client
        ? `check that a user-assigned identity with ${client.from} is attached to this machine`
        : 'check that this machine has a system-assigned managed identity, or give the user-assigned one\'s client id';
    return { mode: 'managed-identity', clientId: client?.value, source: 'this machine\'s managed identity', fix };
}
function autoIdentity(values, runner, kind) {
    const secret = values.clientSecret;
    if (secret)
        return clientSecretIdentity(values, secret);
    const certificate = values.certificate;
    if (certificate)
        return certificateIdentity(values, certificate);
    const federated = oidcIdentity(values, runner, kind, false);
    if (federated)
        return federated;
    if (kind === 'azure-devops') {
        throw new usage_error/* UsageError */.e(`No Azure identity given: set ${values.describe('connectedServiceNameARM')} to an Azure Resource Manager service connection (or ${values.describe('auth')} to secret, certificate, azure-cli or managed-identity).`);
    }
    if (kind === 'github' && values.clientId) {
        throw new usage_error/* UsageError */.e(`${values.clientId.from} is set but there is no way to sign in as it: add 'permissions: id-token: write' to the job for OIDC (recommended), or give ${values.describe('client-secret')} or ${values.describe('client-certificate')}.`);
    }
    return { mode: 'azure-cli', tenantId: values.tenantId?.value, source: 'the Azure CLI login', fix: "run 'az login' (or azure/login in the workflow) first, or give a client id with a secret, certificate or OIDC" };
}

;// CONCATENATED MODULE: ./lib/shared/azure/resolve-service-connection.js

const EDIT = 'edit the service connection in Project settings > Service connections';
function field(connection, value, name, scheme) {
    if (value)
        return value;
    throw new usage_error/* UsageError */.e(`Service connection '${connection.id}' uses scheme ${scheme} but has no ${name}: ${EDIT}.`);
}
function federated(connection, job) {
    const scheme = 'WorkloadIdentityFederation';
    const tenantId = field(connection, connection.tenantId, 'tenantid', scheme);
    const clientId = field(connection, connection.clientId, 'serviceprincipalid', scheme);
    if (!job?.systemAccessToken) {
        throw new usage_error/* UsageError */.e(`Service connection '${connection.id}' uses workload identity federation, which needs the job's access token, but System.AccessToken is not available to the task: allow scripts to access the OAuth token (classic) or make sure the job's token is not disabled.`);
    }
    if (!job.oidcRequestUri) {
        throw new usage_error/* UsageError */.e(`Service connection '${connection.id}' uses workload identity federation, but System.OidcRequestUri is not set: run on an agent and Azure DevOps version that support workload identity federation.`);
    }
    return {
        mode: 'azure-pipelines',
        tenantId,
        clientId,
        serviceConnectionId: connection.id,
        systemAccessToken: job.systemAccessToken,
        source: `service connection '${connection.id}'`,
        fix: `check the federated credential of app ${clientId} (issuer and subject as shown on service connection '${connection.id}'), or ${EDIT}`,
    };
}
function servicePrincipal(connection) {
    const scheme = 'ServicePrincipal';
    const tenantId = field(connection, connection.tenantId, 'tenantid', scheme);
    const clientId = field(connection, connection.clientId, 'serviceprincipalid', scheme);
    const source = `service connection '${connection.id}'`;
    if (connection.authenticationType?.toLowerCase() === 'spncertificate' || (!connection.clientSecret && connection.certificate)) {
        const pem = field(connection, connection.certificate, 'servicePrincipalCertificate', `${scheme} (certificate)`);
        if (!/PRIVATE KEY-----/.test(pem)) {
            throw new usage_error/* UsageError */.e(`Service connection '${connection.id}' has a certificate without its private key: ${EDIT} and paste the PEM with both the certificate and the private key.`);
        }
        const fix = `check that the certificate of service connection '${connection.id}' is uploaded to app ${clientId}, or ${EDIT}`;
        return { mode: 'client-certificate', tenantId, clientId, certificatePem: pem, source, fix };
    }
    if (!connection.clientSecret) {
        throw new usage_error/* UsageError */.e(`Service connection '${connection.id}' uses scheme ServicePrincipal but has no serviceprincipalkey or certificate: ${EDIT} and give the secret or certificate.`);
    }
    const fix = `check the service principal key (it may have expired) and ids of service connection '${connection.id}', or ${EDIT}`;
    return { mode: 'client-secret', tenantId, clientId, clientSecret: connection.clientSecret, source, fix };
}
/** The identity an AzureRM service connection describes. */
function serviceConnectionIdentity(connection, job) {
    // The task library treats a connection without a scheme as a service principal; so do we.
    const scheme = (connection.scheme ?? 'ServicePrincipal').toLowerCase();
    if (scheme === 'workloadidentityfederation')
        return federated(connection, job);
    if (scheme === 'serviceprincipal')
        return servicePrincipal(connection);
    if (scheme === 'managedserviceidentity') {
        return {
            mode: 'managed-identity',
            clientId: connection.managedIdentityClientId,
            source: `service connection '${connection.id}'`,
            fix: `check that the agent machine has the managed identity that service connection '${connection.id}' names`,
        };
    }
    throw new usage_error/* UsageError */.e(`Service connection '${connection.id}' uses scheme ${connection.scheme}, which mapp cannot sign in with: use an Azure Resource Manager connection with workload identity federation, a service principal or a managed identity.`);
}

;// CONCATENATED MODULE: ./lib/shared/azure/connect.js








/** The identity, cloud and subscription the settings and the runner describe, with no network call. */
function resolveConnection(host, settings) {
    const runner = host.azure;
    const describe = (name) => (0,describe_input/* describeRunnerInput */.S)(runner, name);
    const connectionId = settings.connectedServiceNameARM;
    if (connectionId) {
        if (settings.auth !== 'auto') {
            throw new usage_error/* UsageError */.e(`Give either ${describe('connectedServiceNameARM')} or ${describe('auth')}, not both: the service connection decides how to sign in.`);
        }
        const connection = runner?.serviceConnection?.(connectionId);
        if (!connection) {
            throw new usage_error/* UsageError */.e(`Service connection '${connectionId}' (${describe('connectedServiceNameARM')}) is not available to this job: check its name and that the pipeline is authorised to use it.`);
        }
        return {
            identity: serviceConnectionIdentity(connection, runner?.pipelinesJob),
            cloud: serviceConnectionCloud(connection, settings, runner),
            subscriptionId: settings['subscription-id'] ?? connection.subscriptionId,
        };
    }
    return {
        identity: resolveInputIdentity(settings, runner, host.kind, host.workingDirectory),
        cloud: resolveCloud(settings, runner),
        subscriptionId: settings['subscription-id'] ?? runner?.environment?.subscriptionId,
    };
}
/**
 * Resolves the connection and builds its credential. Every secret it holds is registered with
 * the host's masking before this returns, so nothing logged afterwards can carry it.
 */
function connectToAzure(host, settings) {
    const mask = (secret) => {
        for (const line of (0,identity_settings/* maskableLines */.Wi)(secret))
            host.outputs.mask(line);
    };
    // Mask what the user gave before any check can quote it back in a message.
    const inlinePem = settings['client-certificate']?.includes('-----BEGIN') ? settings['client-certificate'] : undefined;
    for (const secret of [settings['client-secret'], inlinePem, host.azure?.environment?.clientSecret]) {
        if (secret)
            mask(secret);
    }
    const resolved = resolveConnection(host, settings);
    for (const secret of (0,identity_settings/* identitySecrets */.mc)(resolved.identity))
        mask(secret);
    host.log.debug(`Azure cloud ${resolved.cloud.name}: authority ${resolved.cloud.authorityHost}, ARM ${resolved.cloud.armEndpoint}`);
    const credential = new GuardedCredential(createCredential(resolved.identity, resolved.cloud, mask), resolved.identity, mask);
    return { ...resolved, credential };
}
/**
 * The credential every client gets: masks each access token before handing it on, and turns
 * sign-in failures into usage errors naming what to fix.
 */
class GuardedCredential {
    inner;
    identity;
    mask;
    constructor(
    /** The `@azure/identity` credential underneath. */
    inner, identity, mask) {
        this.inner = inner;
        this.identity = identity;
        this.mask = mask;
    }
    async getToken(scopes, options) {
        let token;
        try {
            token = await this.inner.getToken(scopes, options);
        }
        catch (error) {
            throw explainSignInFailure(error, this.identity);
        }
        if (token)
            this.mask(token.token);
        return token;
    }
}


/***/ }),

/***/ 67965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   Wi: () => (/* binding */ maskableLines),
/* harmony export */   mc: () => (/* binding */ identitySecrets)
/* harmony export */ });
/**
 * The identity to sign in with, decided from the inputs and what the runner offers. One case
 * per credential; the core turns it into an `@azure/identity` credential (see credentials.ts).
 */
const MODE_LABELS = {
    'github-oidc': 'GitHub OIDC federation',
    'federated-token-file': 'federated token file',
    'azure-pipelines': 'Azure DevOps workload identity federation',
    'client-secret': 'client secret',
    'client-certificate': 'client certificate',
    'azure-cli': 'Azure CLI login',
    'managed-identity': 'managed identity',
};
/** One line naming the identity, never its secret: `client secret for app 1234... in tenant 5678...`. */
function describeIdentity(identity) {
    const label = MODE_LABELS[identity.mode];
    const client = 'clientId' in identity && identity.clientId ? ` for client ${identity.clientId}` : '';
    const tenant = 'tenantId' in identity && identity.tenantId ? ` in tenant ${identity.tenantId}` : '';
    return `${label}${client}${tenant} (from ${identity.source})`;
}
/** Every secret an identity carries, to register with the host's masking (see {@link maskableLines}). */
function identitySecrets(identity) {
    switch (identity.mode) {
        case 'client-secret':
            return [identity.clientSecret];
        case 'client-certificate':
            return [identity.certificatePem];
        case 'azure-pipelines':
            return [identity.systemAccessToken];
        default:
            return [];
    }
}
/**
 * The lines of a secret to register with the host's masking. Runners mask line by line (and the
 * task library refuses a multi-line secret), so a PEM is masked as each of its base64 lines;
 * its `-----BEGIN ...-----` markers are not secret.
 */
function maskableLines(secret) {
    return secret
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line));
}


/***/ }),

/***/ 38038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ describeRunnerInput),
/* harmony export */   e: () => (/* binding */ describeInput)
/* harmony export */ });
/**
 * How this host names an input in messages: `input 'plan-id'` on GitHub, the task's own input
 * name on Azure DevOps, the option (and the environment variable that can stand in for it) on
 * the CLI.
 */
function describeInput(host, name) {
    return describeRunnerInput(host.azure, name);
}
/** `describeInput` for code that holds the runner's identity rather than the host. */
function describeRunnerInput(runner, name) {
    return runner?.describeInput(name) ?? `input '${name}'`;
}


/***/ })

};
