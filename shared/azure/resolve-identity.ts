import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AzureConnectionSettings } from '../commands/azure-inputs.js';
import { UsageError } from '../commands/usage-error.js';
import type { HostKind } from '../host/host.js';
import type { IdentitySettings } from './identity-settings.js';
import type { RunnerIdentity } from './runner-identity.js';
import { describeRunnerInput } from '../host/describe-input.js';

/** An input's value with the name to blame when it is wrong: the input, or the variable it fell back to. */
interface Given {
  readonly value: string;
  readonly from: string;
}

/** Reads the connection inputs, falling back to the face's environment values (CLI). */
export class ConnectionValues {
  constructor(
    private readonly settings: AzureConnectionSettings,
    private readonly runner: RunnerIdentity | undefined,
    private readonly workingDirectory: string,
  ) {}

  describe(name: string): string {
    return describeRunnerInput(this.runner, name);
  }

  private pick(name: 'tenant-id' | 'client-id' | 'client-secret' | 'subscription-id', fallback: string | undefined, variable: string): Given | undefined {
    const value = this.settings[name];
    if (value) return { value, from: this.describe(name) };
    return fallback ? { value: fallback, from: variable } : undefined;
  }

  get tenantId(): Given | undefined {
    return this.pick('tenant-id', this.runner?.environment?.tenantId, 'AZURE_TENANT_ID');
  }
  get clientId(): Given | undefined {
    return this.pick('client-id', this.runner?.environment?.clientId, 'AZURE_CLIENT_ID');
  }
  get clientSecret(): Given | undefined {
    return this.pick('client-secret', this.runner?.environment?.clientSecret, 'AZURE_CLIENT_SECRET');
  }
  get subscriptionId(): Given | undefined {
    return this.pick('subscription-id', this.runner?.environment?.subscriptionId, 'AZURE_SUBSCRIPTION_ID');
  }

  /** The certificate as PEM text: given inline, or read from the path given. */
  get certificate(): Given | undefined {
    const inline = this.settings['client-certificate'];
    const file = this.runner?.environment?.clientCertificatePath;
    if (!inline && !file) return undefined;
    const from = inline ? this.describe('client-certificate') : 'AZURE_CLIENT_CERTIFICATE_PATH';
    const pem = inline?.includes('-----BEGIN') ? inline : readPemFile(path.resolve(this.workingDirectory, (inline ?? file)!), from);
    if (!/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/.test(pem)) {
      throw new UsageError(`${from} has no private key: give a PEM holding both the certificate and its private key (PKCS#8 or PKCS#1).`);
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new UsageError(`${from} has no certificate: give a PEM holding both the certificate and its private key.`);
    }
    return { value: pem, from };
  }

  get federatedTokenFile(): Given | undefined {
    const file = this.runner?.environment?.federatedTokenFile;
    return file ? { value: file, from: 'AZURE_FEDERATED_TOKEN_FILE' } : undefined;
  }
}

function readPemFile(file: string, from: string): string {
  if (!existsSync(file)) throw new UsageError(`${from}: certificate file not found: ${file}. Give the path of a PEM file or the PEM text itself.`);
  return readFileSync(file, 'utf8');
}

/** Requires the app's tenant and client ids, naming the inputs to set when one is missing. */
function appIds(values: ConnectionValues, mode: string): { tenantId: string; clientId: string; from: string } {
  const tenant = values.tenantId;
  const client = values.clientId;
  const missing = [tenant ? undefined : values.describe('tenant-id'), client ? undefined : values.describe('client-id')].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`Signing in with ${mode} needs ${missing.join(' and ')}: set the app registration's ids.`);
  return { tenantId: tenant!.value, clientId: client!.value, from: `${client!.from} and ${tenant!.from}` };
}

function clientSecretIdentity(values: ConnectionValues, secret: Given): IdentitySettings {
  const ids = appIds(values, 'a client secret');
  return { mode: 'client-secret', ...ids, clientSecret: secret.value, source: secret.from, fix: `check ${secret.from}, ${ids.from}` };
}

function certificateIdentity(values: ConnectionValues, certificate: Given): IdentitySettings {
  const ids = appIds(values, 'a certificate');
  return {
    mode: 'client-certificate',
    ...ids,
    certificatePem: certificate.value,
    source: certificate.from,
    fix: `check that the certificate in ${certificate.from} is uploaded to the app registration, and ${ids.from}`,
  };
}

function oidcIdentity(values: ConnectionValues, runner: RunnerIdentity | undefined, kind: HostKind, explicit: boolean): IdentitySettings | undefined {
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
  if (!explicit) return undefined;
  if (kind === 'github') {
    throw new UsageError(
      `${values.describe('auth')} is oidc, but GitHub gave this job no ID token: add 'permissions: id-token: write' to the job (or workflow).`,
    );
  }
  if (kind === 'azure-devops') {
    throw new UsageError(`${values.describe('auth')} is oidc: on Azure DevOps, use a workload identity federation service connection in ${values.describe('connectedServiceNameARM')}.`);
  }
  throw new UsageError(`${values.describe('auth')} is oidc, but AZURE_FEDERATED_TOKEN_FILE is not set: point it at the federated token, or use another auth mode.`);
}

function required<T>(given: T | undefined, message: string): T {
  if (given === undefined) throw new UsageError(message);
  return given;
}

/**
 * The identity for a run without a service connection. Explicit modes check their own inputs;
 * `auto` takes a secret, then a certificate, then an OIDC token, then the Azure CLI login.
 */
export function resolveInputIdentity(
  settings: AzureConnectionSettings,
  runner: RunnerIdentity | undefined,
  kind: HostKind,
  workingDirectory: string,
): IdentitySettings {
  const values = new ConnectionValues(settings, runner, workingDirectory);
  const auth = values.describe('auth');
  switch (settings.auth) {
    case 'secret':
      return clientSecretIdentity(values, required(values.clientSecret, `${auth} is secret, so ${values.describe('client-secret')} must be given.`));
    case 'certificate':
      return certificateIdentity(values, required(values.certificate, `${auth} is certificate, so ${values.describe('client-certificate')} must be given.`));
    case 'oidc':
      return oidcIdentity(values, runner, kind, true)!;
    case 'azure-cli':
      return { mode: 'azure-cli', tenantId: values.tenantId?.value, source: 'the Azure CLI login', fix: "run 'az login' (or azure/login in the workflow) first" };
    case 'managed-identity':
      return managedIdentity(values);
    default:
      return autoIdentity(values, runner, kind);
  }
}

function managedIdentity(values: ConnectionValues): IdentitySettings {
  const client = values.clientId;
  const fix = client
    ? `check that a user-assigned identity with ${client.from} is attached to this machine`
    : 'check that this machine has a system-assigned managed identity, or give the user-assigned one\'s client id';
  return { mode: 'managed-identity', clientId: client?.value, source: 'this machine\'s managed identity', fix };
}

function autoIdentity(values: ConnectionValues, runner: RunnerIdentity | undefined, kind: HostKind): IdentitySettings {
  const secret = values.clientSecret;
  if (secret) return clientSecretIdentity(values, secret);
  const certificate = values.certificate;
  if (certificate) return certificateIdentity(values, certificate);
  const federated = oidcIdentity(values, runner, kind, false);
  if (federated) return federated;
  if (kind === 'azure-devops') {
    throw new UsageError(
      `No Azure identity given: set ${values.describe('connectedServiceNameARM')} to an Azure Resource Manager service connection (or ${values.describe('auth')} to secret, certificate, azure-cli or managed-identity).`,
    );
  }
  if (kind === 'github' && values.clientId) {
    throw new UsageError(
      `${values.clientId.from} is set but there is no way to sign in as it: add 'permissions: id-token: write' to the job for OIDC (recommended), or give ${values.describe('client-secret')} or ${values.describe('client-certificate')}.`,
    );
  }
  return { mode: 'azure-cli', tenantId: values.tenantId?.value, source: 'the Azure CLI login', fix: "run 'az login' (or azure/login in the workflow) first, or give a client id with a secret, certificate or OIDC" };
}
