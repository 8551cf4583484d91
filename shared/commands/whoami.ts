import { azureConnectionInputs } from './azure-inputs.js';
import { defineCommand } from './definition.js';

export const whoamiCommand = defineCommand({
  name: 'whoami',
  title: 'mapp whoami',
  summary: 'Sign in to Azure the way the other mapp commands will, and show the identity, tenant and subscription used.',
  description:
    'Sign in to Azure with the configured identity (OIDC federation, service connection, client secret or certificate, Azure CLI or managed identity), read the subscription from Azure Resource Manager, and show which identity, tenant, cloud and subscription were used. Never prints a token.',
  task: { name: 'MappWhoAmI', id: '66c7ab13-950c-42d5-809b-d93b9ee48312', category: 'Utility' },
  inputs: {
    ...azureConnectionInputs,
  },
  outputs: {
    'identity-mode': { description: 'How mapp signed in: github-oidc, azure-pipelines, client-secret, client-certificate, federated-token-file, azure-cli or managed-identity.' },
    'tenant-id': { description: 'Tenant of the access token.' },
    'client-id': { description: 'Application (client) id of the access token, when it has one.' },
    'subscription-id': { description: 'Subscription that was read.' },
    'subscription-name': { description: 'Display name of that subscription.' },
  },
});
