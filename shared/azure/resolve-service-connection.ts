import { UsageError } from '../commands/usage-error.js';
import type { IdentitySettings } from './identity-settings.js';
import type { AzurePipelinesJob, AzureServiceConnection } from './runner-identity.js';

const EDIT = 'edit the service connection in Project settings > Service connections';

function field(connection: AzureServiceConnection, value: string | undefined, name: string, scheme: string): string {
  if (value) return value;
  throw new UsageError(`Service connection '${connection.id}' uses scheme ${scheme} but has no ${name}: ${EDIT}.`);
}

function federated(connection: AzureServiceConnection, job: AzurePipelinesJob | undefined): IdentitySettings {
  const scheme = 'WorkloadIdentityFederation';
  const tenantId = field(connection, connection.tenantId, 'tenantid', scheme);
  const clientId = field(connection, connection.clientId, 'serviceprincipalid', scheme);
  if (!job?.systemAccessToken) {
    throw new UsageError(
      `Service connection '${connection.id}' uses workload identity federation, which needs the job's access token, but System.AccessToken is not available to the task: allow scripts to access the OAuth token (classic) or make sure the job's token is not disabled.`,
    );
  }
  if (!job.oidcRequestUri) {
    throw new UsageError(
      `Service connection '${connection.id}' uses workload identity federation, but System.OidcRequestUri is not set: run on an agent and Azure DevOps version that support workload identity federation.`,
    );
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

function servicePrincipal(connection: AzureServiceConnection): IdentitySettings {
  const scheme = 'ServicePrincipal';
  const tenantId = field(connection, connection.tenantId, 'tenantid', scheme);
  const clientId = field(connection, connection.clientId, 'serviceprincipalid', scheme);
  const source = `service connection '${connection.id}'`;
  if (connection.authenticationType?.toLowerCase() === 'spncertificate' || (!connection.clientSecret && connection.certificate)) {
    const pem = field(connection, connection.certificate, 'servicePrincipalCertificate', `${scheme} (certificate)`);
    if (!/PRIVATE KEY-----/.test(pem)) {
      throw new UsageError(`Service connection '${connection.id}' has a certificate without its private key: ${EDIT} and paste the PEM with both the certificate and the private key.`);
    }
    const fix = `check that the certificate of service connection '${connection.id}' is uploaded to app ${clientId}, or ${EDIT}`;
    return { mode: 'client-certificate', tenantId, clientId, certificatePem: pem, source, fix };
  }
  if (!connection.clientSecret) {
    throw new UsageError(`Service connection '${connection.id}' uses scheme ServicePrincipal but has no serviceprincipalkey or certificate: ${EDIT} and give the secret or certificate.`);
  }
  const fix = `check the service principal key (it may have expired) and ids of service connection '${connection.id}', or ${EDIT}`;
  return { mode: 'client-secret', tenantId, clientId, clientSecret: connection.clientSecret, source, fix };
}

/** The identity an AzureRM service connection describes. */
export function serviceConnectionIdentity(connection: AzureServiceConnection, job: AzurePipelinesJob | undefined): IdentitySettings {
  // The task library treats a connection without a scheme as a service principal; so do we.
  const scheme = (connection.scheme ?? 'ServicePrincipal').toLowerCase();
  if (scheme === 'workloadidentityfederation') return federated(connection, job);
  if (scheme === 'serviceprincipal') return servicePrincipal(connection);
  if (scheme === 'managedserviceidentity') {
    return {
      mode: 'managed-identity',
      clientId: connection.managedIdentityClientId,
      source: `service connection '${connection.id}'`,
      fix: `check that the agent machine has the managed identity that service connection '${connection.id}' names`,
    };
  }
  throw new UsageError(
    `Service connection '${connection.id}' uses scheme ${connection.scheme}, which mapp cannot sign in with: use an Azure Resource Manager connection with workload identity federation, a service principal or a managed identity.`,
  );
}
