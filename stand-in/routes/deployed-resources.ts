import type { EvaluatedResource } from '../../shared/arm-eval/index.js';
import type { StandInContext } from '../context.js';
import { isFactoryResourceType, readFactoryResource, storeDeployedFactoryResource } from './data-factory.js';

/**
 * Resources that template deployments (managed applications) created, other than Data Factory
 * ones (those go to the factory store): one collection keyed by lower-case resource id, served
 * by the generic ARM GET (arm-generic-resources.ts).
 */
export const DEPLOYED_RESOURCES = 'deployed-resources';

export interface DeployedResourceRecord {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly apiVersion: string;
  readonly location?: string;
  readonly kind?: string;
  readonly sku?: unknown;
  readonly identity?: unknown;
  readonly tags?: Record<string, string>;
  readonly managedBy?: string;
  readonly properties: Record<string, unknown>;
}

export const deployedResources = (context: StandInContext) => context.state.collection<DeployedResourceRecord>(DEPLOYED_RESOURCES);

/** A storage account's endpoints, shaped as Azure returns them (account name in the host, trailing slash). */
function storageEndpoints(name: string): Record<string, string> {
  return Object.fromEntries(['dfs', 'web', 'blob', 'queue', 'table', 'file'].map((service) => [service, `https://${name}.${service === 'web' ? 'z6.web' : service}.core.windows.net/`]));
}

function shapeProperties(resource: EvaluatedResource, now: number): Record<string, unknown> {
  const given = typeof resource.body.properties === 'object' && resource.body.properties !== null ? (resource.body.properties as Record<string, unknown>) : {};
  if (resource.type.toLowerCase() !== 'microsoft.storage/storageaccounts') return { ...given, provisioningState: 'Succeeded' };
  const location = String(resource.body.location ?? '');
  return {
    ...given,
    provisioningState: 'Succeeded',
    creationTime: new Date(now).toISOString(),
    primaryEndpoints: storageEndpoints(resource.name),
    primaryLocation: location,
    statusOfPrimary: 'available',
  };
}

/** The stored form of an evaluated template resource (what a GET returns). */
export function deployedRecord(resource: EvaluatedResource, now: number, tenantId: string): DeployedResourceRecord {
  const body = resource.body;
  const identity = body.identity as Record<string, unknown> | undefined;
  const systemAssigned = typeof identity?.type === 'string' && identity.type.includes('SystemAssigned');
  return {
    id: resource.id,
    name: resource.name.split('/').pop()!,
    type: resource.type,
    apiVersion: resource.apiVersion,
    ...(typeof body.location === 'string' ? { location: body.location } : {}),
    ...(typeof body.kind === 'string' ? { kind: body.kind } : {}),
    ...(body.sku !== undefined ? { sku: body.sku } : {}),
    ...(identity ? { identity: systemAssigned ? { principalId: globalThis.crypto.randomUUID(), tenantId, ...identity } : identity } : {}),
    ...(body.tags && typeof body.tags === 'object' ? { tags: body.tags as Record<string, string> } : {}),
    ...(typeof body.managedBy === 'string' ? { managedBy: body.managedBy } : {}),
    properties: shapeProperties(resource, now),
  };
}

/** Stores an evaluated resource: Data Factory types in the factory store, everything else here. */
export function storeDeployedResource(context: StandInContext, resource: EvaluatedResource, tenantId: string): void {
  if (isFactoryResourceType(resource.type)) storeDeployedFactoryResource(context, resource, tenantId);
  else deployedResources(context).set(resource.id.toLowerCase(), deployedRecord(resource, context.now(), tenantId));
}

/** Any deployed resource by id (any case): generic store first, then the factory store. */
export function readDeployedResource(context: StandInContext, id: string): Record<string, unknown> | undefined {
  const found = deployedResources(context).get(id.toLowerCase()) ?? readFactoryResource(context, id);
  if (!found) return undefined;
  const { apiVersion: _apiVersion, ...rest } = found as DeployedResourceRecord;
  return rest as Record<string, unknown>;
}
