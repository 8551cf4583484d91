import { randomBytes } from 'node:crypto';

/**
 * A federated identity credential: tokens from `issuer` whose `sub` is `subject` and whose
 * `aud` is one of `audiences` may be exchanged for this app's tokens. The issuer may be given
 * as `github` or `devops`, meaning the stand-in's own GitHub or Azure DevOps OIDC issuer.
 */
export interface FederatedCredentialConfig {
  readonly issuer: string;
  readonly subject: string;
  readonly audiences?: readonly string[];
}

/** An app registration (service principal) the token endpoint knows. */
export interface IdentityConfig {
  readonly clientId: string;
  readonly displayName?: string;
  readonly secrets?: readonly string[];
  /** PEM certificates (public part) accepted for client assertions signed by their key. */
  readonly certificates?: readonly string[];
  readonly federatedCredentials?: readonly FederatedCredentialConfig[];
}

/** Everything a `--config` file may set; every field has a default. */
export interface StandInConfigInput {
  readonly tenantId?: string;
  readonly subscriptionId?: string;
  readonly subscriptionName?: string;
  /** Lifetime of issued access tokens, seconds. */
  readonly tokenLifetimeSeconds?: number;
  /** Extra identities beside the default one (which gets a fresh secret and certificate). */
  readonly identities?: readonly IdentityConfig[];
  readonly github?: { readonly subject?: string; readonly repository?: string; readonly requestToken?: string };
  readonly devops?: {
    readonly organizationId?: string;
    readonly organization?: string;
    readonly project?: string;
    readonly serviceConnectionName?: string;
    readonly serviceConnectionId?: string;
    readonly accessToken?: string;
  };
  /** Resource providers registered in the subscription (default: Microsoft.Solutions, Microsoft.DataFactory). */
  readonly registeredProviders?: readonly string[];
  /** Per-module scenario settings, keyed by route module name (e.g. `data-factory`). */
  readonly scenario?: Readonly<Record<string, unknown>>;
}

export interface StandInConfig {
  readonly tenantId: string;
  readonly subscriptionId: string;
  readonly subscriptionName: string;
  readonly tokenLifetimeSeconds: number;
  /** The first is the default identity printed in the env line. */
  readonly identities: readonly IdentityConfig[];
  readonly github: { readonly subject: string; readonly repository: string; readonly requestToken: string };
  readonly devops: {
    readonly organizationId: string;
    readonly organization: string;
    readonly project: string;
    readonly serviceConnectionName: string;
    readonly serviceConnectionId: string;
    readonly accessToken: string;
  };
  readonly registeredProviders: readonly string[];
  readonly scenario: Readonly<Record<string, unknown>>;
}

export const DEFAULT_TENANT_ID = '8f1c2b5e-3c4a-4e9b-9a51-5d1e0c7a2b01';
export const DEFAULT_CLIENT_ID = 'c5a1e6f2-7b3d-4f8a-9c2e-1d4b6a8e0f02';
export const DEFAULT_SUBSCRIPTION_ID = '3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03';

function secret(): string {
  // Shaped like an Entra client secret: 40 characters with a `~`.
  return `sti~${randomBytes(27).toString('base64url')}`;
}

/**
 * Fills in defaults. The default identity gets a fresh secret, the given certificate, and
 * federated credentials for the stand-in's GitHub and DevOps subjects.
 */
export function resolveConfig(input: StandInConfigInput, defaultCertificate: string): StandInConfig {
  const github = {
    repository: input.github?.repository ?? 'contoso/managed-app',
    subject: input.github?.subject ?? `repo:${input.github?.repository ?? 'contoso/managed-app'}:ref:refs/heads/main`,
    requestToken: input.github?.requestToken ?? `ghr_${randomBytes(24).toString('base64url')}`,
  };
  const organization = input.devops?.organization ?? 'contoso';
  const project = input.devops?.project ?? 'managed-app';
  const serviceConnectionName = input.devops?.serviceConnectionName ?? 'mapp-stand-in';
  const devops = {
    organizationId: input.devops?.organizationId ?? '5b0f2c4e-1a3d-4c6e-8b7a-9d2e4f6a8c04',
    organization,
    project,
    serviceConnectionName,
    serviceConnectionId: input.devops?.serviceConnectionId ?? '6c1a3d5f-2b4e-4d7f-9c8b-0e3f5a7b9d05',
    accessToken: input.devops?.accessToken ?? `ado_${randomBytes(24).toString('base64url')}`,
  };
  const defaultIdentity: IdentityConfig = {
    clientId: DEFAULT_CLIENT_ID,
    displayName: 'mapp stand-in default app',
    secrets: [secret()],
    certificates: [defaultCertificate],
    federatedCredentials: [
      { issuer: 'github', subject: github.subject },
      { issuer: 'devops', subject: `sc://${organization}/${project}/${serviceConnectionName}` },
    ],
  };
  return {
    tenantId: input.tenantId ?? DEFAULT_TENANT_ID,
    subscriptionId: input.subscriptionId ?? DEFAULT_SUBSCRIPTION_ID,
    subscriptionName: input.subscriptionName ?? 'mapp stand-in subscription',
    tokenLifetimeSeconds: input.tokenLifetimeSeconds ?? 3600,
    identities: [defaultIdentity, ...(input.identities ?? [])],
    github,
    devops,
    registeredProviders: input.registeredProviders ?? ['Microsoft.Solutions', 'Microsoft.DataFactory', 'Microsoft.Resources'],
    scenario: input.scenario ?? {},
  };
}
