import * as tl from 'azure-pipelines-task-lib/task.js';
import { devopsName } from '../../shared/commands/naming.js';
import type { AzureServiceConnection, RunnerIdentity } from '../../shared/azure/runner-identity.js';

/**
 * An AzureRM service connection as the agent hands it to the task: ENDPOINT_URL_<id>,
 * ENDPOINT_AUTH_<id> (scheme and parameters as JSON), ENDPOINT_DATA_<id>_<KEY>. The parameters
 * are read from the JSON because the per-parameter getter writes each value to the debug log.
 */
function readServiceConnection(id: string): AzureServiceConnection | undefined {
  const authorization = tl.getEndpointAuthorization(id, true);
  const armUrl = tl.getEndpointUrl(id, true);
  if (!authorization && !armUrl) return undefined;
  const parameters = new Map(Object.entries(authorization?.parameters ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  const auth = (key: string) => parameters.get(key.toLowerCase()) || undefined;
  const data = (key: string) => tl.getEndpointDataParameter(id, key, true) || undefined;
  return {
    id,
    scheme: tl.getEndpointAuthorizationScheme(id, true) || authorization?.scheme || undefined,
    tenantId: auth('tenantid'),
    clientId: auth('serviceprincipalid'),
    clientSecret: auth('serviceprincipalkey'),
    authenticationType: auth('authenticationType'),
    certificate: auth('servicePrincipalCertificate'),
    managedIdentityClientId: data('msiclientId'),
    subscriptionId: data('subscriptionid'),
    subscriptionName: data('subscriptionname'),
    environment: data('environment'),
    armUrl: armUrl || undefined,
    authorityUrl: data('activeDirectoryAuthority') ?? data('environmentAuthorityUrl'),
  };
}

/**
 * The job's OAuth token: the SystemVssConnection endpoint (read without logging it), else a
 * System.AccessToken variable mapped into the step's environment.
 */
function systemAccessToken(): string | undefined {
  const connection = tl.getEndpointAuthorization('SystemVssConnection', true);
  return connection?.parameters?.AccessToken || tl.getVariable('System.AccessToken') || undefined;
}

/** What an Azure DevOps job offers for signing in to Azure: its service connections and job token. */
export function devopsRunnerIdentity(): RunnerIdentity {
  return {
    serviceConnection: readServiceConnection,
    // Read only when a command signs in, so other commands' logs stay free of it.
    get pipelinesJob() {
      return { systemAccessToken: systemAccessToken(), oidcRequestUri: tl.getVariable('System.OidcRequestUri') || undefined };
    },
    describeInput: (name) => `input '${devopsName(name)}'`,
  };
}
