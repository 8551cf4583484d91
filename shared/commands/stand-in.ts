import { defineCliCommand } from './definition.js';

/**
 * `mapp stand-in`: a local Azure for tests and demos. CLI only (no action, no task); the server
 * lives in the top-level stand-in/ folder, which the CLI loads on demand.
 */
export const standInCommand = defineCliCommand({
  name: 'stand-in',
  title: 'mapp stand-in',
  summary: 'Serve a local HTTPS stand-in for Entra ID, ARM and Partner Center, and print the environment that points mapp at it.',
  description:
    'Start a local HTTPS stand-in for the Azure endpoints mapp calls (Entra ID tokens, GitHub and Azure DevOps OIDC, ARM, Partner Center ingestion) on 127.0.0.1 with a fresh self-signed certificate. It prints one JSON line, {"env": {...}}, with the variables that point the toolkit and the official SDKs at it (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_AUTHORITY_HOST, AZURE_SUBSCRIPTION_ID, NODE_EXTRA_CA_CERTS, MAPP_ARM_ENDPOINT, MAPP_PARTNER_CENTER_ENDPOINT, ...), then serves until interrupted (SIGINT or SIGTERM) and exits 0.',
  inputs: {
    port: {
      kind: 'string',
      description: 'TCP port on 127.0.0.1 to listen on; 0 picks a free one.',
      default: '0',
      short: 'p',
    },
    config: {
      kind: 'path',
      description:
        'JSON file with the stand-in configuration: tenantId, subscriptionId, identities (clientId, secrets, certificates, federatedCredentials), github and devops subjects, and scenario settings per route module. Every field has a default.',
    },
  },
  outputs: {},
});
