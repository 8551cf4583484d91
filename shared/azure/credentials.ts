import type { TokenCredential } from '@azure/core-auth';
import {
  AzureCliCredential,
  AzurePipelinesCredential,
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
} from '@azure/identity';
import type { AzureCloudDescription } from './cloud.js';
import type { IdentitySettings } from './identity-settings.js';

/** The audience Entra ID expects on a federated token it exchanges (GitHub OIDC). */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** The runner would not hand out the federated token to exchange. */
export class FederatedTokenError extends Error {
  override readonly name = 'FederatedTokenError';
}

/** Masks a value with the host before anything can log it. */
export type Mask = (secret: string) => void;

/**
 * The `@azure/identity` credential for an identity, pointed at the cloud's authority (custom
 * authorities skip MSAL's instance discovery, which only knows Microsoft's clouds). The GitHub
 * ID token is masked as soon as it arrives; callers mask the access tokens (see connect.ts).
 */
export function createCredential(identity: IdentitySettings, cloud: AzureCloudDescription, mask: Mask): TokenCredential {
  const options = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: !cloud.instanceDiscovery };
  switch (identity.mode) {
    case 'github-oidc':
      return new ClientAssertionCredential(
        identity.tenantId,
        identity.clientId,
        async () => {
          let token: string;
          try {
            token = await identity.idToken(TOKEN_EXCHANGE_AUDIENCE);
          } catch (error) {
            throw new FederatedTokenError(`the job's GitHub OIDC token could not be fetched (${error instanceof Error ? error.message : String(error)})`);
          }
          mask(token);
          return token;
        },
        options,
      );
    case 'federated-token-file':
      return new WorkloadIdentityCredential({ ...options, tenantId: identity.tenantId, clientId: identity.clientId, tokenFilePath: identity.tokenFile });
    case 'azure-pipelines':
      // Reads System.OidcRequestUri from SYSTEM_OIDCREQUESTURI itself; the DevOps face checked it is there.
      return new AzurePipelinesCredential(identity.tenantId, identity.clientId, identity.serviceConnectionId, identity.systemAccessToken, options);
    case 'client-secret':
      return new ClientSecretCredential(identity.tenantId, identity.clientId, identity.clientSecret, options);
    case 'client-certificate':
      return new ClientCertificateCredential(identity.tenantId, identity.clientId, { certificate: identity.certificatePem }, options);
    case 'azure-cli':
      return new AzureCliCredential({ tenantId: identity.tenantId });
    case 'managed-identity':
      return identity.clientId ? new ManagedIdentityCredential({ clientId: identity.clientId }) : new ManagedIdentityCredential();
  }
}
