import { AuthenticationError, CredentialUnavailableError } from '@azure/identity';
import { explainSignInFailure } from '../../shared/azure/auth-errors.js';
import { connectToAzure } from '../../shared/azure/connect.js';
import type { AzureServiceConnection, RunnerIdentity } from '../../shared/azure/runner-identity.js';
import type { AzureConnectionSettings } from '../../shared/commands/azure-inputs.js';
import { UsageError } from '../../shared/commands/usage-error.js';
import type { HostKind } from '../../shared/host/host.js';
import { azureHost, everythingRecorded } from '../helpers/azure-host.js';
import { TEST_PEM } from './test-pem.js';

const TENANT = '11111111-1111-4111-8111-111111111111';
const CLIENT = '22222222-2222-4222-8222-222222222222';

function failure(kind: HostKind, settings: Partial<AzureConnectionSettings>, runner: Partial<RunnerIdentity> = {}): string {
  const { host } = azureHost(kind, runner);
  try {
    connectToAzure(host, { auth: 'auto', ...settings });
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('inputs', () => {
  test('oidc on GitHub without an ID token says to add the id-token permission', () => {
    expect(failure('github', { auth: 'oidc', 'tenant-id': TENANT, 'client-id': CLIENT })).toBe(
      "input 'auth' is oidc, but GitHub gave this job no ID token: add 'permissions: id-token: write' to the job (or workflow).",
    );
  });

  test('a client id with no way to sign in on GitHub names the options', () => {
    expect(failure('github', { 'tenant-id': TENANT, 'client-id': CLIENT })).toBe(
      "input 'client-id' is set but there is no way to sign in as it: add 'permissions: id-token: write' to the job for OIDC (recommended), or give input 'client-secret' or input 'client-certificate'.",
    );
  });

  test('secret mode names each missing input', () => {
    expect(failure('github', { auth: 'secret', 'tenant-id': TENANT, 'client-id': CLIENT })).toBe("input 'auth' is secret, so input 'client-secret' must be given.");
    expect(failure('github', { auth: 'secret', 'client-secret': 'x' })).toBe(
      "Signing in with a client secret needs input 'tenant-id' and input 'client-id': set the app registration's ids.",
    );
  });

  test('the CLI names the option and the variable it falls back to', () => {
    const describeInput = (name: string) => (name === 'tenant-id' ? 'option --tenant-id (or AZURE_TENANT_ID)' : `option --${name}`);
    expect(failure('cli', {}, { describeInput, environment: { clientId: CLIENT, clientSecret: 'x' } })).toBe(
      "Signing in with a client secret needs option --tenant-id (or AZURE_TENANT_ID): set the app registration's ids.",
    );
  });

  test('oidc on the CLI without a federated token file', () => {
    expect(failure('cli', { auth: 'oidc', 'tenant-id': TENANT, 'client-id': CLIENT })).toMatch(/AZURE_FEDERATED_TOKEN_FILE is not set/);
  });

  test('a certificate without its private key, and a missing certificate file', () => {
    const certificateOnly = TEST_PEM.slice(TEST_PEM.indexOf('-----BEGIN CERTIFICATE-----'));
    expect(failure('github', { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': certificateOnly })).toBe(
      "input 'client-certificate' has no private key: give a PEM holding both the certificate and its private key (PKCS#8 or PKCS#1).",
    );
    expect(failure('github', { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': 'no/such.pem' })).toMatch(
      /^input 'client-certificate': certificate file not found: .*no\/such\.pem\. Give the path of a PEM file or the PEM text itself\.$/,
    );
  });

  test('a custom cloud needs its endpoints, over https', () => {
    expect(failure('github', { cloud: 'Custom', 'authority-host': 'https://login.example.test' })).toBe(
      "input 'cloud' is Custom, so input 'arm-endpoint' must be given too.",
    );
    expect(failure('github', { 'arm-endpoint': 'http://127.0.0.1:8080' })).toBe(
      "input 'arm-endpoint' must use https (Entra ID and ARM clients refuse plain http); got 'http://127.0.0.1:8080'.",
    );
  });
});

describe('service connections', () => {
  const describeInput = (name: string) => `input '${name}'`;
  const connection = (fields: Partial<AzureServiceConnection>) => ({
    describeInput,
    serviceConnection: (id: string) => (id === 'x' ? { id: 'x', tenantId: TENANT, clientId: CLIENT, environment: 'AzureCloud', ...fields } : undefined),
    pipelinesJob: { systemAccessToken: 'job-token', oidcRequestUri: 'https://dev.azure.com/oidc' },
  });

  test('no identity at all on Azure DevOps asks for a service connection', () => {
    expect(failure('azure-devops', {}, { describeInput })).toBe(
      "No Azure identity given: set input 'connectedServiceNameARM' to an Azure Resource Manager service connection (or input 'auth' to secret, certificate, azure-cli or managed-identity).",
    );
  });

  test('an unknown service connection', () => {
    expect(failure('azure-devops', { connectedServiceNameARM: 'y' }, connection({}))).toBe(
      "Service connection 'y' (input 'connectedServiceNameARM') is not available to this job: check its name and that the pipeline is authorised to use it.",
    );
  });

  test('a service principal with neither key nor certificate names the fields to fill in', () => {
    expect(failure('azure-devops', { connectedServiceNameARM: 'x' }, connection({ scheme: 'ServicePrincipal' }))).toBe(
      "Service connection 'x' uses scheme ServicePrincipal but has no serviceprincipalkey or certificate: edit the service connection in Project settings > Service connections and give the secret or certificate.",
    );
  });

  test('workload identity federation without tenant id, without the job token', () => {
    expect(failure('azure-devops', { connectedServiceNameARM: 'x' }, connection({ scheme: 'WorkloadIdentityFederation', tenantId: undefined }))).toBe(
      "Service connection 'x' uses scheme WorkloadIdentityFederation but has no tenantid: edit the service connection in Project settings > Service connections.",
    );
    const noToken = { ...connection({ scheme: 'WorkloadIdentityFederation' }), pipelinesJob: { oidcRequestUri: 'https://dev.azure.com/oidc' } };
    expect(failure('azure-devops', { connectedServiceNameARM: 'x' }, noToken)).toMatch(/System\.AccessToken is not available to the task/);
  });

  test('an unsupported scheme, and auth given beside a connection', () => {
    expect(failure('azure-devops', { connectedServiceNameARM: 'x' }, connection({ scheme: 'PublishProfile' }))).toMatch(
      /^Service connection 'x' uses scheme PublishProfile, which mapp cannot sign in with/,
    );
    expect(failure('azure-devops', { connectedServiceNameARM: 'x', auth: 'secret' }, connection({ scheme: 'ServicePrincipal', clientSecret: 'k' }))).toBe(
      "Give either input 'connectedServiceNameARM' or input 'auth', not both: the service connection decides how to sign in.",
    );
  });
});

describe('sign-in failures', () => {
  const identity = {
    mode: 'client-secret' as const,
    tenantId: TENANT,
    clientId: CLIENT,
    clientSecret: 'never-shown',
    source: "input 'client-secret'",
    fix: "check input 'client-secret', input 'client-id' and input 'tenant-id'",
  };

  test('an Entra refusal names the identity, the AADSTS code and the inputs to fix, not the secret', () => {
    const refused = new AuthenticationError(401, {
      error: 'invalid_client',
      error_description: "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.\r\nTrace ID: abc\r\nCorrelation ID: def",
    });
    const explained = explainSignInFailure(refused, identity) as Error;
    expect(explained).toBeInstanceOf(UsageError);
    expect(explained.message).toBe(
      `Could not sign in to Azure with client secret for client ${CLIENT} in tenant ${TENANT} (from input 'client-secret'): invalid_client: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value. To fix: check input 'client-secret', input 'client-id' and input 'tenant-id'.`,
    );
    expect(explained.message).not.toContain('never-shown');
  });

  test('MSAL\'s one-line server error is cut down to the OAuth error and the AADSTS sentence', () => {
    const msal = new Error(
      "invalid_client: Error(s): 7000215 - Timestamp: 2026-01-01 00:00:00Z - Description: AADSTS7000215: Invalid client secret provided. Trace ID: 61 Correlation ID: 82 Timestamp: 2026-01-01 00:00:00Z - Correlation ID: 82 - Trace ID: 61",
    );
    msal.name = 'AuthenticationRequiredError';
    expect((explainSignInFailure(msal, identity) as Error).message).toBe(
      `Could not sign in to Azure with client secret for client ${CLIENT} in tenant ${TENANT} (from input 'client-secret'): invalid_client: AADSTS7000215: Invalid client secret provided. To fix: check input 'client-secret', input 'client-id' and input 'tenant-id'.`,
    );
  });

  test('an unavailable credential (no Azure CLI login) becomes a usage error too; other errors pass through', () => {
    const cli = { mode: 'azure-cli' as const, source: 'the Azure CLI login', fix: "run 'az login' first" };
    const explained = explainSignInFailure(new CredentialUnavailableError('Please run \'az login\' to set up account.'), cli) as Error;
    expect(explained.message).toBe("Could not sign in to Azure with Azure CLI login (from the Azure CLI login): Please run 'az login' to set up account. To fix: run 'az login' first.");
    const other = new TypeError('boom');
    expect(explainSignInFailure(other, cli)).toBe(other);
  });
});

test('nothing secret reaches the log while connecting', () => {
  const { host, fake } = azureHost('github', {});
  connectToAzure(host, { auth: 'auto', 'tenant-id': TENANT, 'client-id': CLIENT, 'client-secret': 'top-secret-value' });
  expect(fake.masked).toContain('top-secret-value');
  expect(everythingRecorded(fake)).not.toContain('top-secret-value');
});
