import { ApplicationClient } from '@azure/arm-managedapplications';
import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import type { AzureConnection } from '../azure/connect.js';
import { UsageError } from '../commands/usage-error.js';
import { armClientOptions } from '../azure/arm-client-options.js';

/** What smoke-run needs of a deployed managed application. */
export interface ApplicationFacts {
  /** Name of the managed resource group, where the application's resources live. */
  readonly managedResourceGroup: string;
  /** Parameter values the application was deployed with (ARM does not return securestring ones). */
  readonly parameters: Record<string, unknown>;
}

const MANAGED_GROUP = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/?$/i;

function describeRestError(error: unknown): { status?: number; code?: string; message: string } {
  const record = error as { statusCode?: number; code?: string; message?: string };
  return { status: record.statusCode, code: record.code, message: record.message ?? String(error) };
}

/**
 * Reads a managed application: where its managed resource group is and the parameter values
 * it was deployed with (`{"name": {"value": ...}}` on the wire).
 */
export async function readApplication(connection: AzureConnection, subscriptionId: string, resourceGroup: string, name: string, abortSignal?: AbortSignal): Promise<ApplicationFacts> {
  const client = new ApplicationClient(connection.credential, subscriptionId, armClientOptions(connection));
  let application;
  try {
    application = await client.applications.get(resourceGroup, name, { abortSignal });
  } catch (error) {
    const { status, code, message } = describeRestError(error);
    if (status === 404) {
      throw new UsageError(`Managed application ${name} was not found in resource group ${resourceGroup} (${code ?? 'NotFound'}): check the application and resource-group inputs.`);
    }
    throw new Error(`Reading managed application ${name} failed: ${message}`);
  }
  // The SDK answers a 404 of some services with an empty object rather than an error.
  const managedId = application?.managedResourceGroupId;
  if (!application || !application.id) {
    throw new UsageError(`Managed application ${name} was not found in resource group ${resourceGroup}: check the application and resource-group inputs.`);
  }
  const match = managedId ? MANAGED_GROUP.exec(managedId) : null;
  if (!match) throw new Error(`Managed application ${name} has no usable managed resource group id (${managedId ?? 'none'}); is it still being deployed? Its provisioning state is ${application.provisioningState ?? 'unknown'}.`);
  if (match[1]!.toLowerCase() !== subscriptionId.toLowerCase()) {
    throw new Error(`Managed application ${name}'s managed resource group is in subscription ${match[1]}, not ${subscriptionId}; Azure keeps them in the same subscription, so this reply is unexpected.`);
  }
  const parameters: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(application.parameters ?? {})) {
    if (typeof entry === 'object' && entry !== null && 'value' in entry) parameters[key] = (entry as { value: unknown }).value;
  }
  return { managedResourceGroup: decodeURIComponent(match[2]!), parameters };
}

/**
 * The data factory of a resource group: the one named, or the only one there. Several factories
 * and no name is a usage error that lists them; none is one too unless `noneIsFine` (a template
 * about to be deployed will name it).
 */
export async function findFactory(client: DataFactoryManagementClient, resourceGroup: string, wanted: string | undefined, describeFactory: string, abortSignal?: AbortSignal, noneIsFine = false): Promise<string | undefined> {
  if (wanted) return wanted;
  const names: string[] = [];
  for await (const factory of client.factories.listByResourceGroup(resourceGroup, { abortSignal })) if (factory.name) names.push(factory.name);
  if (names.length === 1) return names[0]!;
  if (names.length === 0 && noneIsFine) return undefined;
  if (names.length === 0) throw new UsageError(`Resource group ${resourceGroup} holds no data factory; has the application finished deploying? Give ${describeFactory} if the factory lives elsewhere.`);
  throw new UsageError(`Resource group ${resourceGroup} holds ${names.length} data factories (${names.sort().join(', ')}); choose one with ${describeFactory}.`);
}
