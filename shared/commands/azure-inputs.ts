import type { InputDefinition } from './definition.js';

export const AUTH_MODES = ['auto', 'oidc', 'secret', 'certificate', 'azure-cli', 'managed-identity'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/**
 * The Azure connection inputs, declared once: every command that talks to Azure spreads them
 * into its own inputs, so the identity options read the same on every command and face.
 */
export const azureConnectionInputs = {
  auth: {
    kind: 'choice',
    description:
      'How to sign in to Azure. auto: the service connection on Azure DevOps; otherwise a client secret or certificate when given, GitHub OIDC when the job can request an ID token, else the Azure CLI login.',
    options: AUTH_MODES,
    default: 'auto',
  },
  'tenant-id': { kind: 'string', description: 'Microsoft Entra tenant (directory) id. Default on GitHub and the CLI: the AZURE_TENANT_ID variable.' },
  'client-id': {
    kind: 'string',
    description:
      'Application (client) id of the app registration or user-assigned managed identity. Default on GitHub and the CLI: the AZURE_CLIENT_ID variable.',
  },
  'client-secret': { kind: 'secret', description: 'Client secret of the app registration. Default on GitHub and the CLI: the AZURE_CLIENT_SECRET variable.' },
  'client-certificate': {
    kind: 'secret',
    description:
      'PEM certificate with its private key, as text or as the path of a .pem file, for certificate sign-in. Default on GitHub and the CLI: the AZURE_CLIENT_CERTIFICATE_PATH variable.',
  },
  'subscription-id': { kind: 'string', description: 'Azure subscription id. Default on GitHub and the CLI: the AZURE_SUBSCRIPTION_ID variable.' },
  cloud: {
    kind: 'choice',
    description: 'Azure cloud. Custom needs authority-host and arm-endpoint. Default: AzureCloud, or Custom when endpoints are given.',
    options: ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'],
  },
  'authority-host': {
    kind: 'string',
    description: 'Entra ID authority host of a custom cloud, e.g. https://login.example.com. Default on GitHub and the CLI: the AZURE_AUTHORITY_HOST variable.',
  },
  'arm-endpoint': { kind: 'string', description: 'Azure Resource Manager endpoint of a custom cloud. Default on GitHub and the CLI: the MAPP_ARM_ENDPOINT variable.' },
  'partner-center-endpoint': {
    kind: 'string',
    description: 'Partner Center ingestion API endpoint, when not the public one. Default on GitHub and the CLI: the MAPP_PARTNER_CENTER_ENDPOINT variable.',
  },
  connectedServiceNameARM: {
    kind: 'serviceConnection',
    description:
      'Service connection to sign in with: workload identity federation, service principal with secret or certificate, or managed identity. When set, it decides the identity and the cloud.',
  },
} as const satisfies Record<string, InputDefinition>;

export type AzureConnectionInputName = keyof typeof azureConnectionInputs;

/** The connection part of a command's settings, as the use case receives it. */
export interface AzureConnectionSettings {
  auth: string;
  'tenant-id'?: string;
  'client-id'?: string;
  'client-secret'?: string;
  'client-certificate'?: string;
  'subscription-id'?: string;
  cloud?: string;
  'authority-host'?: string;
  'arm-endpoint'?: string;
  'partner-center-endpoint'?: string;
  connectedServiceNameARM?: string;
}
