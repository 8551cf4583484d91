// Run as a child process with only the stand-in's env: @azure/arm-managedapplications, unchanged,
// creates, reads, lists and deletes a managed application of the definition given in argv.
import { ClientSecretCredential } from '@azure/identity';
import { ApplicationClient } from '@azure/arm-managedapplications';

const env = process.env;
const credential = new ClientSecretCredential(env.AZURE_TENANT_ID, env.AZURE_CLIENT_ID, env.AZURE_CLIENT_SECRET, {
  authorityHost: env.AZURE_AUTHORITY_HOST,
  disableInstanceDiscovery: true,
});
const client = new ApplicationClient(credential, env.AZURE_SUBSCRIPTION_ID, { endpoint: env.MAPP_ARM_ENDPOINT, $host: env.MAPP_ARM_ENDPOINT });
const [group, definitionId, parametersJson] = process.argv.slice(2);
const steps = [];
try {
  const created = await client.applications.beginCreateOrUpdateAndWait(group, 'sdk-app', {
    location: 'westeurope',
    kind: 'ServiceCatalog',
    managedResourceGroupId: `/subscriptions/${env.AZURE_SUBSCRIPTION_ID}/resourceGroups/mrg-sdk`,
    applicationDefinitionId: definitionId,
    parameters: JSON.parse(parametersJson),
  }, { updateIntervalInMs: 10 });
  steps.push(['created', created.name, created.provisioningState, created.outputs?.pipelineName?.value]);
  const got = await client.applications.get(group, 'sdk-app');
  steps.push(['got', got.managedResourceGroupId, Object.keys(got.parameters ?? {}).includes('servicePrincipalClientSecret')]);
  const listed = [];
  for await (const item of client.applications.listByResourceGroup(group)) listed.push(item.name);
  steps.push(['listed', listed]);
  await client.applications.beginDeleteAndWait(group, 'sdk-app', { updateIntervalInMs: 10 });
  steps.push(['deleted']);
} catch (error) {
  steps.push(['error', error.statusCode, error.code, error.message]);
}
process.stdout.write(`${JSON.stringify(steps)}\n`);
