import type { AzureEnvironmentValues } from './runner-identity.js';

/** The variables a face reads for {@link AzureEnvironmentValues}: the Azure SDK's names, plus mapp's for the endpoints it has none for. */
export const AZURE_ENVIRONMENT_VARIABLES = {
  tenantId: 'AZURE_TENANT_ID',
  clientId: 'AZURE_CLIENT_ID',
  clientSecret: 'AZURE_CLIENT_SECRET',
  clientCertificatePath: 'AZURE_CLIENT_CERTIFICATE_PATH',
  federatedTokenFile: 'AZURE_FEDERATED_TOKEN_FILE',
  subscriptionId: 'AZURE_SUBSCRIPTION_ID',
  authorityHost: 'AZURE_AUTHORITY_HOST',
  armEndpoint: 'MAPP_ARM_ENDPOINT',
  partnerCenterEndpoint: 'MAPP_PARTNER_CENTER_ENDPOINT',
} as const satisfies Record<keyof AzureEnvironmentValues, string>;

/** Picks the Azure values out of an environment the face hands over; blank values count as unset. */
export function azureEnvironmentValues(variables: Readonly<Record<string, string | undefined>>): AzureEnvironmentValues {
  const values: Record<string, string> = {};
  for (const [key, name] of Object.entries(AZURE_ENVIRONMENT_VARIABLES)) {
    const value = variables[name]?.trim();
    if (value) values[key] = value;
  }
  return values;
}

/** The variable an input falls back to on faces that read the environment, if any. */
export function environmentFallback(input: string): string | undefined {
  const byInput: Record<string, string> = {
    'tenant-id': AZURE_ENVIRONMENT_VARIABLES.tenantId,
    'client-id': AZURE_ENVIRONMENT_VARIABLES.clientId,
    'client-secret': AZURE_ENVIRONMENT_VARIABLES.clientSecret,
    'client-certificate': AZURE_ENVIRONMENT_VARIABLES.clientCertificatePath,
    'subscription-id': AZURE_ENVIRONMENT_VARIABLES.subscriptionId,
    'authority-host': AZURE_ENVIRONMENT_VARIABLES.authorityHost,
    'arm-endpoint': AZURE_ENVIRONMENT_VARIABLES.armEndpoint,
    'partner-center-endpoint': AZURE_ENVIRONMENT_VARIABLES.partnerCenterEndpoint,
  };
  return byInput[input];
}
