/**
 * The identity to sign in with, decided from the inputs and what the runner offers. One case
 * per credential; the core turns it into an `@azure/identity` credential (see credentials.ts).
 */

interface IdentityBase {
  /** Where the identity came from, for messages: `inputs`, `service connection 'x'`, `AZURE_* variables`. */
  readonly source: string;
  /** What the user should check when Entra ID refuses this identity: names the inputs or service-connection fields. */
  readonly fix: string;
}

interface AppIdentity extends IdentityBase {
  readonly tenantId: string;
  readonly clientId: string;
}

/** GitHub Actions OIDC: the job's ID token for `api://AzureADTokenExchange` as a client assertion. */
export interface GithubOidcIdentity extends AppIdentity {
  readonly mode: 'github-oidc';
  readonly idToken: (audience: string) => Promise<string>;
}

/** A federated token in a file (Kubernetes workload identity, AZURE_FEDERATED_TOKEN_FILE). */
export interface FederatedTokenFileIdentity extends AppIdentity {
  readonly mode: 'federated-token-file';
  readonly tokenFile: string;
}

/** Azure DevOps workload identity federation through a service connection. */
export interface AzurePipelinesIdentity extends AppIdentity {
  readonly mode: 'azure-pipelines';
  readonly serviceConnectionId: string;
  readonly systemAccessToken: string;
}

export interface ClientSecretIdentity extends AppIdentity {
  readonly mode: 'client-secret';
  readonly clientSecret: string;
}

export interface ClientCertificateIdentity extends AppIdentity {
  readonly mode: 'client-certificate';
  /** PEM text holding the certificate and its private key. */
  readonly certificatePem: string;
}

export interface AzureCliIdentity extends IdentityBase {
  readonly mode: 'azure-cli';
  readonly tenantId?: string;
}

export interface ManagedIdentity extends IdentityBase {
  readonly mode: 'managed-identity';
  /** A user-assigned identity's client id; absent for the system-assigned one. */
  readonly clientId?: string;
}

export type IdentitySettings =
  | GithubOidcIdentity
  | FederatedTokenFileIdentity
  | AzurePipelinesIdentity
  | ClientSecretIdentity
  | ClientCertificateIdentity
  | AzureCliIdentity
  | ManagedIdentity;

export type IdentityMode = IdentitySettings['mode'];

const MODE_LABELS: Record<IdentityMode, string> = {
  'github-oidc': 'GitHub OIDC federation',
  'federated-token-file': 'federated token file',
  'azure-pipelines': 'Azure DevOps workload identity federation',
  'client-secret': 'client secret',
  'client-certificate': 'client certificate',
  'azure-cli': 'Azure CLI login',
  'managed-identity': 'managed identity',
};

/** One line naming the identity, never its secret: `client secret for app 1234... in tenant 5678...`. */
export function describeIdentity(identity: IdentitySettings): string {
  const label = MODE_LABELS[identity.mode];
  const client = 'clientId' in identity && identity.clientId ? ` for client ${identity.clientId}` : '';
  const tenant = 'tenantId' in identity && identity.tenantId ? ` in tenant ${identity.tenantId}` : '';
  return `${label}${client}${tenant} (from ${identity.source})`;
}

/** Every secret an identity carries, to register with the host's masking (see {@link maskableLines}). */
export function identitySecrets(identity: IdentitySettings): string[] {
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
export function maskableLines(secret: string): string[] {
  return secret
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line));
}
