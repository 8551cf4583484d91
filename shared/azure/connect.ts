import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import type { AzureConnectionSettings } from '../commands/azure-inputs.js';
import { UsageError } from '../commands/usage-error.js';
import type { Host } from '../host/host.js';
import { explainSignInFailure } from './auth-errors.js';
import type { AzureCloudDescription } from './cloud.js';
import { createCredential } from './credentials.js';
import { identitySecrets, maskableLines, type IdentitySettings } from './identity-settings.js';
import { resolveCloud, serviceConnectionCloud } from './resolve-cloud.js';
import { resolveInputIdentity } from './resolve-identity.js';
import { serviceConnectionIdentity } from './resolve-service-connection.js';
import { describeRunnerInput } from '../host/describe-input.js';

/** Everything a use case needs to call Azure: where, as whom, and the credential to do it with. */
export interface AzureConnection {
  readonly cloud: AzureCloudDescription;
  readonly identity: IdentitySettings;
  /** Sign-in failures come out of it as usage errors naming what to fix. */
  readonly credential: TokenCredential;
  readonly subscriptionId?: string;
}

/** The identity, cloud and subscription the settings and the runner describe, with no network call. */
export function resolveConnection(host: Host, settings: AzureConnectionSettings): Omit<AzureConnection, 'credential'> {
  const runner = host.azure;
  const describe = (name: string) => describeRunnerInput(runner, name);
  const connectionId = settings.connectedServiceNameARM;
  if (connectionId) {
    if (settings.auth !== 'auto') {
      throw new UsageError(`Give either ${describe('connectedServiceNameARM')} or ${describe('auth')}, not both: the service connection decides how to sign in.`);
    }
    const connection = runner?.serviceConnection?.(connectionId);
    if (!connection) {
      throw new UsageError(
        `Service connection '${connectionId}' (${describe('connectedServiceNameARM')}) is not available to this job: check its name and that the pipeline is authorised to use it.`,
      );
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
export function connectToAzure(host: Host, settings: AzureConnectionSettings): AzureConnection {
  const mask = (secret: string) => {
    for (const line of maskableLines(secret)) host.outputs.mask(line);
  };
  // Mask what the user gave before any check can quote it back in a message.
  const inlinePem = settings['client-certificate']?.includes('-----BEGIN') ? settings['client-certificate'] : undefined;
  for (const secret of [settings['client-secret'], inlinePem, host.azure?.environment?.clientSecret]) {
    if (secret) mask(secret);
  }
  const resolved = resolveConnection(host, settings);
  for (const secret of identitySecrets(resolved.identity)) mask(secret);
  host.log.debug(`Azure cloud ${resolved.cloud.name}: authority ${resolved.cloud.authorityHost}, ARM ${resolved.cloud.armEndpoint}`);
  const credential = new GuardedCredential(createCredential(resolved.identity, resolved.cloud, mask), resolved.identity, mask);
  return { ...resolved, credential };
}

/**
 * The credential every client gets: masks each access token before handing it on, and turns
 * sign-in failures into usage errors naming what to fix.
 */
export class GuardedCredential implements TokenCredential {
  constructor(
    /** The `@azure/identity` credential underneath. */
    readonly inner: TokenCredential,
    private readonly identity: IdentitySettings,
    private readonly mask: (secret: string) => void,
  ) {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    let token: AccessToken | null;
    try {
      token = await this.inner.getToken(scopes, options);
    } catch (error) {
      throw explainSignInFailure(error, this.identity);
    }
    if (token) this.mask(token.token);
    return token;
  }
}
