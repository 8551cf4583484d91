import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AzureCliCredential,
  AzurePipelinesCredential,
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
} from '@azure/identity';
import { GuardedCredential, connectToAzure } from '../../shared/azure/connect.js';
import type { AzureServiceConnection, RunnerIdentity } from '../../shared/azure/runner-identity.js';
import type { AzureConnectionSettings } from '../../shared/commands/azure-inputs.js';
import type { HostKind } from '../../shared/host/host.js';
import { azureHost } from '../helpers/azure-host.js';
import { TEST_PEM } from './test-pem.js';

const TENANT = '11111111-1111-4111-8111-111111111111';
const CLIENT = '22222222-2222-4222-8222-222222222222';
const SUBSCRIPTION = '33333333-3333-4333-8333-333333333333';
const idToken = async () => 'header.payload.signature';

function connect(kind: HostKind, settings: Partial<AzureConnectionSettings>, runner: Partial<RunnerIdentity> = {}) {
  const { host, fake } = azureHost(kind, runner);
  const connection = connectToAzure(host, { auth: 'auto', ...settings });
  return { connection, fake, inner: (connection.credential as GuardedCredential).inner };
}

describe('GitHub face', () => {
  test('auto with client and tenant ids and an OIDC token picks GitHub OIDC federation', () => {
    const { connection, inner } = connect('github', { 'tenant-id': TENANT, 'client-id': CLIENT }, { githubIdToken: idToken });
    expect(connection.identity).toMatchObject({ mode: 'github-oidc', tenantId: TENANT, clientId: CLIENT });
    expect(inner).toBeInstanceOf(ClientAssertionCredential);
    expect(connection.cloud.name).toBe('AzureCloud');
  });

  test('a client secret wins over OIDC in auto, and is masked', () => {
    const { connection, inner, fake } = connect('github', { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-secret': 's3cr3t-value' }, { githubIdToken: idToken });
    expect(connection.identity.mode).toBe('client-secret');
    expect(inner).toBeInstanceOf(ClientSecretCredential);
    expect(fake.masked).toContain('s3cr3t-value');
  });

  test('a certificate given as PEM text picks the certificate credential and masks every line of it', () => {
    const { connection, inner, fake } = connect('github', { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': TEST_PEM });
    expect(connection.identity.mode).toBe('client-certificate');
    expect(inner).toBeInstanceOf(ClientCertificateCredential);
    const keyLine = TEST_PEM.split('\n').find((line) => line.length > 40 && !line.startsWith('-----'))!;
    expect(fake.masked).toContain(keyLine);
    // Runners mask line by line and the task library refuses multi-line secrets.
    expect(fake.masked.filter((secret) => secret.includes('\n'))).toEqual([]);
  });

  test('a certificate given as a path is read relative to the working directory', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mapp-cert-'));
    writeFileSync(path.join(dir, 'app.pem'), TEST_PEM);
    const { host } = azureHost('github', {}, dir);
    const connection = connectToAzure(host, { auth: 'certificate', 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': 'app.pem' });
    expect(connection.identity).toMatchObject({ mode: 'client-certificate', certificatePem: TEST_PEM });
  });

  test('auto with nothing given falls back to the Azure CLI login (after azure/login)', () => {
    const { connection, inner } = connect('github', {});
    expect(connection.identity.mode).toBe('azure-cli');
    expect(inner).toBeInstanceOf(AzureCliCredential);
  });

  test('managed identity on a self-hosted runner, user-assigned by client id', () => {
    const { connection, inner } = connect('github', { auth: 'managed-identity', 'client-id': CLIENT });
    expect(connection.identity).toMatchObject({ mode: 'managed-identity', clientId: CLIENT });
    expect(inner).toBeInstanceOf(ManagedIdentityCredential);
  });

  test('workflow env AZURE_* values fill in inputs that were not given', () => {
    const { connection } = connect('github', {}, { githubIdToken: idToken, environment: { tenantId: TENANT, clientId: CLIENT, subscriptionId: SUBSCRIPTION } });
    expect(connection.identity).toMatchObject({ mode: 'github-oidc', tenantId: TENANT, clientId: CLIENT });
    expect(connection.subscriptionId).toBe(SUBSCRIPTION);
  });
});

describe('CLI face', () => {
  const describeInput = (name: string) => `option --${name}`;

  test('AZURE_CLIENT_SECRET with the ids picks the client secret', () => {
    const { connection } = connect('cli', {}, { describeInput, environment: { tenantId: TENANT, clientId: CLIENT, clientSecret: 'from-env' } });
    expect(connection.identity).toMatchObject({ mode: 'client-secret', clientSecret: 'from-env', source: 'AZURE_CLIENT_SECRET' });
  });

  test('AZURE_FEDERATED_TOKEN_FILE picks the workload identity credential', () => {
    const { connection, inner } = connect('cli', {}, { describeInput, environment: { tenantId: TENANT, clientId: CLIENT, federatedTokenFile: '/var/run/token' } });
    expect(connection.identity).toMatchObject({ mode: 'federated-token-file', tokenFile: '/var/run/token' });
    expect(inner).toBeInstanceOf(WorkloadIdentityCredential);
  });

  test('with nothing set, the developer\'s Azure CLI login', () => {
    expect(connect('cli', {}, { describeInput, environment: {} }).connection.identity.mode).toBe('azure-cli');
  });

  test('AZURE_AUTHORITY_HOST and MAPP_ARM_ENDPOINT make a custom cloud that skips instance discovery', () => {
    const { connection } = connect('cli', {}, { describeInput, environment: { authorityHost: 'https://127.0.0.1:8443/', armEndpoint: 'https://127.0.0.1:8443' } });
    expect(connection.cloud).toMatchObject({
      name: 'Custom',
      authorityHost: 'https://127.0.0.1:8443',
      armEndpoint: 'https://127.0.0.1:8443',
      armScope: 'https://127.0.0.1:8443/.default',
      instanceDiscovery: false,
    });
  });
});

describe('clouds', () => {
  test.each([
    ['AzureUSGovernment', 'https://login.microsoftonline.us', 'https://management.usgovcloudapi.net/.default'],
    ['AzureChinaCloud', 'https://login.chinacloudapi.cn', 'https://management.chinacloudapi.cn/.default'],
  ])('%s takes its authority and ARM scope from the cloud description', (cloud, authority, scope) => {
    const { connection } = connect('cli', { cloud, 'tenant-id': TENANT, 'client-id': CLIENT, 'client-secret': 'x' });
    expect(connection.cloud).toMatchObject({ name: cloud, authorityHost: authority, armScope: scope, instanceDiscovery: true });
  });

  test('Custom from explicit inputs', () => {
    const { connection } = connect('github', {
      cloud: 'Custom',
      'authority-host': 'https://login.example.test',
      'arm-endpoint': 'https://arm.example.test/',
      'partner-center-endpoint': 'https://pc.example.test',
    });
    expect(connection.cloud).toMatchObject({
      name: 'Custom',
      armEndpoint: 'https://arm.example.test',
      partnerCenterEndpoint: 'https://pc.example.test',
      partnerCenterScope: 'https://pc.example.test/.default',
    });
  });
});

describe('Azure DevOps face', () => {
  const describeInput = (name: string) => `input '${name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}'`;
  const base: AzureServiceConnection = {
    id: 'sc-1',
    tenantId: TENANT,
    clientId: CLIENT,
    subscriptionId: SUBSCRIPTION,
    environment: 'AzureCloud',
    armUrl: 'https://management.azure.com/',
    authorityUrl: 'https://login.microsoftonline.com/',
  };
  const job = { systemAccessToken: 'job-access-token', oidcRequestUri: 'https://dev.azure.com/oidc' };
  const withConnection = (connection: Partial<AzureServiceConnection>) => ({
    describeInput,
    serviceConnection: (id: string) => (id === 'sc-1' ? { ...base, ...connection } : undefined),
    pipelinesJob: job,
  });

  test('WorkloadIdentityFederation → AzurePipelinesCredential, the job token masked, subscription from the connection', () => {
    // AzurePipelinesCredential reads SYSTEM_OIDCREQUESTURI itself when it is built (the DevOps face reads the same variable).
    process.env.SYSTEM_OIDCREQUESTURI = job.oidcRequestUri;
    let made;
    try {
      made = connect('azure-devops', { connectedServiceNameARM: 'sc-1' }, withConnection({ scheme: 'WorkloadIdentityFederation' }));
    } finally {
      delete process.env.SYSTEM_OIDCREQUESTURI;
    }
    const { connection, inner, fake } = made;
    expect(connection.identity).toMatchObject({ mode: 'azure-pipelines', serviceConnectionId: 'sc-1', tenantId: TENANT, clientId: CLIENT });
    expect(inner).toBeInstanceOf(AzurePipelinesCredential);
    expect(fake.masked).toContain('job-access-token');
    expect(connection.subscriptionId).toBe(SUBSCRIPTION);
    expect(connection.cloud.name).toBe('AzureCloud');
  });

  test('ServicePrincipal with a key → client secret; with spnCertificate → certificate', () => {
    const secret = connect('azure-devops', { connectedServiceNameARM: 'sc-1' }, withConnection({ scheme: 'ServicePrincipal', clientSecret: 'spn-key' }));
    expect(secret.connection.identity.mode).toBe('client-secret');
    expect(secret.fake.masked).toContain('spn-key');
    const certificate = connect(
      'azure-devops',
      { connectedServiceNameARM: 'sc-1' },
      withConnection({ scheme: 'ServicePrincipal', authenticationType: 'spnCertificate', certificate: TEST_PEM }),
    );
    expect(certificate.inner).toBeInstanceOf(ClientCertificateCredential);
  });

  test('ManagedServiceIdentity → managed identity', () => {
    const { inner } = connect('azure-devops', { connectedServiceNameARM: 'sc-1' }, withConnection({ scheme: 'ManagedServiceIdentity' }));
    expect(inner).toBeInstanceOf(ManagedIdentityCredential);
  });

  test('the connection\'s own endpoints make a custom cloud (Azure Stack, the stand-in)', () => {
    const { connection } = connect(
      'azure-devops',
      { connectedServiceNameARM: 'sc-1' },
      withConnection({ scheme: 'ServicePrincipal', clientSecret: 'k', environment: 'AzureStack', armUrl: 'https://arm.local/', authorityUrl: 'https://login.local/' }),
    );
    expect(connection.cloud).toMatchObject({ name: 'Custom', armEndpoint: 'https://arm.local', authorityHost: 'https://login.local', instanceDiscovery: false });
  });

  test('a US Government connection uses that cloud', () => {
    const { connection } = connect(
      'azure-devops',
      { connectedServiceNameARM: 'sc-1' },
      withConnection({ scheme: 'ServicePrincipal', clientSecret: 'k', environment: 'AzureUSGovernment', armUrl: 'https://management.usgovcloudapi.net/', authorityUrl: 'https://login.microsoftonline.us/' }),
    );
    expect(connection.cloud.name).toBe('AzureUSGovernment');
  });
});
