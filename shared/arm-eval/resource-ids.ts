/** Resource ids: type segments interleaved with name segments under a scope. */
import { ArmFunctionError } from './errors.js';
import type { DeploymentScope } from './types.js';

export function subscriptionId(scope: DeploymentScope, subscription = scope.subscription.subscriptionId): string {
  return `/subscriptions/${subscription}`;
}

export function resourceGroupId(scope: DeploymentScope, subscription?: string, group = scope.resourceGroup.name): string {
  return `${subscriptionId(scope, subscription)}/resourceGroups/${group}`;
}

/** `{prefix}/providers/{namespace}/{type1}/{name1}/...`; names may carry several segments ('a/b'). */
export function providerResourceId(prefix: string, type: string, names: readonly string[]): string {
  const typeSegments = type.split('/').filter(Boolean);
  const nameSegments = names.flatMap((name) => name.split('/'));
  if (typeSegments.length < 2) throw new ArmFunctionError(`The resource type '${type}' is not valid: write '<namespace>/<type>', e.g. 'Microsoft.Storage/storageAccounts'.`);
  if (nameSegments.length !== typeSegments.length - 1) {
    throw new ArmFunctionError(
      `The resource type '${type}' has ${typeSegments.length - 1} type segment(s) after the namespace, so it needs as many name segments, but '${nameSegments.join('/')}' has ${nameSegments.length}.`,
    );
  }
  let id = `${prefix}/providers/${typeSegments[0]}`;
  nameSegments.forEach((name, i) => (id += `/${typeSegments[i + 1]}/${name}`));
  return id;
}

/** resourceId([subscriptionId], [resourceGroupName], resourceType, name1, ...). */
export function resourceIdFunction(scope: DeploymentScope, args: readonly string[]): string {
  const typeIndex = args.findIndex((arg) => arg.includes('/'));
  if (typeIndex < 0) throw new ArmFunctionError(`resourceId: no resource type among the arguments; give one like 'Microsoft.Storage/storageAccounts'.`);
  if (typeIndex > 2) throw new ArmFunctionError('resourceId: at most a subscription id and a resource group name may come before the resource type.');
  const subscription = typeIndex === 2 ? args[0] : undefined;
  const group = typeIndex === 2 ? args[1] : typeIndex === 1 ? args[0] : undefined;
  return providerResourceId(resourceGroupId(scope, subscription, group), args[typeIndex]!, args.slice(typeIndex + 1));
}

/** subscriptionResourceId([subscriptionId], resourceType, name1, ...). */
export function subscriptionResourceIdFunction(scope: DeploymentScope, args: readonly string[]): string {
  const typeIndex = args.findIndex((arg) => arg.includes('/'));
  if (typeIndex < 0 || typeIndex > 1) throw new ArmFunctionError('subscriptionResourceId: expects ([subscriptionId,] resourceType, name1, ...).');
  return providerResourceId(subscriptionId(scope, typeIndex === 1 ? args[0] : undefined), args[typeIndex]!, args.slice(typeIndex + 1));
}
