/** Template functions about where the deployment runs: resource group, subscription, ids, environment. */
import { Args } from './values.js';
import { providerResourceId, resourceGroupId, resourceIdFunction, subscriptionResourceIdFunction } from './resource-ids.js';
import type { ArmFunction } from './function-table.js';

const strings = (fn: string, values: readonly unknown[], min: number): string[] => {
  const args = new Args(fn, values).count(min, Infinity);
  return values.map((_, i) => args.string(i));
};

/** What environment() returns for the public cloud (AzureCloud). */
export const AZURE_CLOUD_ENVIRONMENT: Readonly<Record<string, unknown>> = Object.freeze({
  name: 'AzureCloud',
  gallery: 'https://gallery.azure.com/',
  graph: 'https://graph.windows.net/',
  portal: 'https://portal.azure.com',
  graphAudience: 'https://graph.windows.net/',
  activeDirectoryDataLake: 'https://datalake.azure.net/',
  batch: 'https://batch.core.windows.net/',
  media: 'https://rest.media.azure.net',
  sqlManagement: 'https://management.core.windows.net:8443/',
  vmImageAliasDoc: 'https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json',
  resourceManager: 'https://management.azure.com/',
  authentication: {
    loginEndpoint: 'https://login.microsoftonline.com/',
    audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
    tenant: 'common',
    identityProvider: 'AAD',
  },
  suffixes: {
    acrLoginServer: '.azurecr.io',
    azureDatalakeAnalyticsCatalogAndJob: 'azuredatalakeanalytics.net',
    azureDatalakeStoreFileSystem: 'azuredatalakestore.net',
    azureFrontDoorEndpointSuffix: 'azurefd.net',
    keyvaultDns: '.vault.azure.net',
    sqlServerHostname: '.database.windows.net',
    storage: 'core.windows.net',
  },
});

export const scopeFunctions: Record<string, ArmFunction> = {
  resourcegroup: (v, { scope }) => {
    new Args('resourceGroup', v).count(0);
    const group = scope.resourceGroup;
    return {
      id: resourceGroupId(scope),
      name: group.name,
      type: 'Microsoft.Resources/resourceGroups',
      location: group.location,
      ...(group.managedBy ? { managedBy: group.managedBy } : {}),
      tags: {},
      properties: { provisioningState: 'Succeeded' },
    };
  },
  subscription: (v, { scope }) => {
    new Args('subscription', v).count(0);
    const { subscriptionId, tenantId, displayName } = scope.subscription;
    return { id: `/subscriptions/${subscriptionId}`, subscriptionId, tenantId, displayName: displayName ?? subscriptionId };
  },
  tenant: (v, { scope }) => {
    new Args('tenant', v).count(0);
    return { tenantId: scope.subscription.tenantId, id: `/tenants/${scope.subscription.tenantId}` };
  },
  deployment: (v, { scope, contentVersion }) => {
    new Args('deployment', v).count(0);
    return {
      name: scope.deploymentName ?? 'deployment',
      properties: { template: { contentVersion }, mode: 'Incremental', provisioningState: 'Accepted' },
    };
  },
  environment: (v, { environment }) => {
    new Args('environment', v).count(0);
    return environment;
  },
  resourceid: (v, { scope }) => resourceIdFunction(scope, strings('resourceId', v, 2)),
  subscriptionresourceid: (v, { scope }) => subscriptionResourceIdFunction(scope, strings('subscriptionResourceId', v, 2)),
  tenantresourceid: (v) => {
    const [type, ...names] = strings('tenantResourceId', v, 2);
    return providerResourceId('', type!, names);
  },
  extensionresourceid: (v) => {
    const [base, type, ...names] = strings('extensionResourceId', v, 3);
    return providerResourceId(base!.replace(/\/$/, ''), type!, names);
  },
};
