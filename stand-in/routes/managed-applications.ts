import { parseJson } from '../../shared/json/parse-json.js';
import { armRoute, resourceId, resourceNotFound, systemDataFor, type ArmCall } from '../arm.js';
import type { StandInContext } from '../context.js';
import { failArm, json } from '../reply.js';
import type { RouteModule, StandInRequest } from '../router.js';
import { resourceGroupKey, type ResourceGroupRecord } from '../state.js';
import { definitionTemplate, deployTemplate } from './managed-app-deployment.js';
import { APPLICATION_DEFINITION_TYPE, type ApplicationDefinitionRecord } from './managed-app-definitions.js';

export const APPLICATION_TYPE = 'Microsoft.Solutions/applications';
const API_VERSIONS = ['2021-07-01'];
const APPLICATION = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applications/{applicationName}';
const KINDS = ['ServiceCatalog', 'MarketPlace'];

type Json = Record<string, unknown>;

export interface ApplicationRecord {
  readonly id: string;
  readonly name: string;
  readonly type: typeof APPLICATION_TYPE;
  readonly location: string;
  readonly kind: string;
  readonly tags?: Record<string, string>;
  readonly plan?: unknown;
  readonly identity?: unknown;
  readonly properties: Json;
  readonly systemData: Record<string, string>;
}

const applications = (context: StandInContext) => context.state.collection<ApplicationRecord>(APPLICATION_TYPE);
const object = (value: unknown): Json | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined);
function invalid(message: string): never {
  failArm(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: ${message}`);
}

interface ApplicationRequest {
  readonly location: string;
  readonly kind: string;
  readonly managedResourceGroupId: string;
  readonly applicationDefinitionId?: string;
  /** Parameter name → value (the `{value}` wrappers removed). */
  readonly parameters: Record<string, unknown>;
  readonly tags?: Record<string, string>;
  readonly plan?: unknown;
  readonly identity?: unknown;
}

function parameterValues(given: unknown): Record<string, unknown> {
  const parsed = typeof given === 'string' ? (() => { try { return parseJson(given) as unknown; } catch { return invalid("'properties.parameters' is neither an object nor JSON text."); } })() : given;
  if (parsed === undefined || parsed === null) return {};
  const entries = object(parsed) ?? invalid("'properties.parameters' must be an object of {\"name\": {\"value\": ...}}.");
  return Object.fromEntries(Object.entries(entries).map(([name, entry]) => {
    const wrapper = object(entry);
    if (wrapper && 'reference' in wrapper) failArm(400, 'InvalidTemplate', `The parameter '${name}' is a Key Vault reference; the stand-in only takes values ({"value": ...}).`);
    if (!wrapper || !('value' in wrapper)) invalid(`the parameter '${name}' must be {"value": ...}.`);
    return [name, wrapper.value];
  }));
}

/** The PUT body (ARM wire format: the application's settings under `properties`). */
function readApplication(request: StandInRequest): ApplicationRequest {
  const body = object(request.json()) ?? invalid('expected a JSON object.');
  const properties = object(body.properties) ?? {};
  const pick = (key: string) => properties[key] ?? body[key];
  if (typeof body.location !== 'string' || body.location === '') failArm(400, 'LocationRequired', 'The location property is required for this definition.');
  if (typeof body.kind !== 'string' || !KINDS.includes(body.kind)) invalid(`'kind' must be one of ${KINDS.join(', ')}; got ${JSON.stringify(body.kind)}.`);
  const managedResourceGroupId = pick('managedResourceGroupId');
  if (typeof managedResourceGroupId !== 'string') invalid("Required property 'managedResourceGroupId' not found in JSON. Path 'properties'.");
  const definitionId = pick('applicationDefinitionId');
  return {
    location: body.location,
    kind: body.kind,
    managedResourceGroupId,
    ...(typeof definitionId === 'string' ? { applicationDefinitionId: definitionId } : {}),
    parameters: parameterValues(pick('parameters')),
    ...(object(body.tags) ? { tags: body.tags as Record<string, string> } : {}),
    ...(body.plan !== undefined ? { plan: body.plan } : {}),
    ...(body.identity !== undefined ? { identity: body.identity } : {}),
  };
}

/** `/subscriptions/{s}/resourceGroups/{name}` of the managed resource group, in the application's subscription. */
function managedGroupName(id: string, subscriptionId: string, applicationGroup: string): string {
  const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([-\w.()]{1,90})$/i.exec(id);
  if (!match) failArm(400, 'InvalidManagedResourceGroupId', `The managed resource group id '${id}' is not valid: use /subscriptions/{subscriptionId}/resourceGroups/{name}.`);
  if (match[1]!.toLowerCase() !== subscriptionId.toLowerCase()) failArm(400, 'InvalidManagedResourceGroupId', `The managed resource group '${id}' must be in the application's subscription '${subscriptionId}'.`);
  if (match[2]!.toLowerCase() === applicationGroup.toLowerCase()) failArm(400, 'InvalidManagedResourceGroupId', 'The managed resource group must not be the resource group of the application itself.');
  return match[2]!;
}

function requireDefinition(context: StandInContext, given: ApplicationRequest): ApplicationDefinitionRecord {
  if (!given.applicationDefinitionId) {
    if (given.kind === 'MarketPlace') failArm(400, 'MarketplaceApplicationNotSupported', "The stand-in deploys MarketPlace applications only from an 'applicationDefinitionId' it knows; give one, or use kind ServiceCatalog.");
    invalid("'properties.applicationDefinitionId' is required for kind ServiceCatalog.");
  }
  const found = context.state.collection<ApplicationDefinitionRecord>(APPLICATION_DEFINITION_TYPE).get(given.applicationDefinitionId.toLowerCase());
  if (!found) failArm(404, 'ApplicationDefinitionNotFound', `The application definition '${given.applicationDefinitionId}' could not be found. Publish it first, or check the id.`);
  return found;
}

/** ARM echoes typed, non-secure parameters: `{name: {type, value}}`; securestring/secureObject never. */
function visibleParameters(template: unknown, values: Record<string, unknown>): Json {
  const declared = object(object(template)?.parameters) ?? {};
  const typeOf = (name: string) => String(object(Object.entries(declared).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1])?.type ?? 'string');
  const capital = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => !typeOf(name).toLowerCase().startsWith('secure'))
      .map(([name, value]) => [name, { type: capital(typeOf(name)), value }]),
  );
}

function typedOutputs(template: unknown, outputs: Record<string, unknown>): Json {
  const declared = object(object(template)?.outputs) ?? {};
  return Object.fromEntries(
    Object.entries(outputs)
      .map(([name, value]) => [name, String(object(declared[name])?.type ?? 'string'), value] as const)
      .filter(([, type]) => !type.toLowerCase().startsWith('secure'))
      .map(([name, type, value]) => [name, { type: type.charAt(0).toUpperCase() + type.slice(1), value }]),
  );
}

/** The managed group: reused when this application already manages it, else created (and returned as created). */
function managedGroup(context: StandInContext, subscriptionId: string, name: string, location: string, appId: string): { group: ResourceGroupRecord; created: boolean } {
  const key = resourceGroupKey(subscriptionId, name);
  const existing = context.state.resourceGroups.get(key);
  if (existing && existing.managedBy?.toLowerCase() !== appId.toLowerCase()) {
    failArm(409, 'ManagedResourceGroupAlreadyExists', `The resource group '${name}' already exists and is not managed by '${appId}'; give a managed resource group id that does not exist yet.`);
  }
  if (existing) return { group: existing, created: false };
  const group: ResourceGroupRecord = {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${name}`,
    name,
    type: 'Microsoft.Resources/resourceGroups',
    location,
    managedBy: appId,
    properties: { provisioningState: 'Succeeded' },
  };
  context.state.resourceGroups.set(key, group);
  return { group, created: true };
}

interface Deployed {
  readonly template: unknown;
  readonly outputs: Record<string, unknown>;
  readonly group: ResourceGroupRecord;
  readonly definition: ApplicationDefinitionRecord;
}

function applicationRecord(id: string, name: string, given: ApplicationRequest, deployed: Deployed, call: ArmCall, existing: ApplicationRecord | undefined, now: string): ApplicationRecord {
  const caller = { oid: String(call.caller.claims.oid ?? call.caller.clientId), applicationId: call.caller.clientId };
  const { definition } = deployed;
  return {
    id,
    name,
    type: APPLICATION_TYPE,
    location: given.location,
    kind: given.kind,
    ...(given.tags ? { tags: given.tags } : {}),
    ...(given.plan !== undefined ? { plan: given.plan } : {}),
    ...(given.identity !== undefined ? { identity: given.identity } : {}),
    properties: {
      provisioningState: 'Succeeded',
      managedResourceGroupId: deployed.group.id,
      applicationDefinitionId: definition.id,
      parameters: visibleParameters(deployed.template, given.parameters),
      outputs: typedOutputs(deployed.template, deployed.outputs),
      managementMode: 'Managed',
      ...(definition.properties.authorizations ? { authorizations: definition.properties.authorizations } : {}),
      ...(definition.properties.artifacts ? { artifacts: definition.properties.artifacts } : {}),
      publisherTenantId: call.subscription!.tenantId,
      createdBy: (existing?.properties.createdBy as Json | undefined) ?? caller,
      updatedBy: caller,
    },
    systemData: systemDataFor(existing, call.caller.clientId, now),
  };
}

async function putApplication(request: StandInRequest, context: StandInContext, call: ArmCall) {
  const subscription = call.subscription!;
  const name = request.params.applicationName!;
  const { id, key } = resourceId(subscription.subscriptionId, call.resourceGroup!.name, APPLICATION_TYPE, name);
  const existing = applications(context).get(key);
  const given = readApplication(request);
  const mrgName = managedGroupName(given.managedResourceGroupId, subscription.subscriptionId, call.resourceGroup!.name);
  if (existing && String(existing.properties.managedResourceGroupId).toLowerCase() !== given.managedResourceGroupId.toLowerCase()) {
    failArm(409, 'ApplicationManagedResourceGroupCannotBeChanged', `The managed resource group of application '${name}' is '${String(existing.properties.managedResourceGroupId)}'; it cannot be changed.`);
  }
  const definition = requireDefinition(context, given);
  const template = await definitionTemplate(definition);
  const appId = existing?.id ?? id;
  const { group, created } = managedGroup(context, subscription.subscriptionId, mrgName, given.location, appId);
  let outputs: Record<string, unknown>;
  try {
    outputs = await deployTemplate(context, template, given.parameters, { subscription, groupName: group.name, location: given.location, applicationId: appId, deploymentName: name });
  } catch (error) {
    if (created) context.state.deleteResourceGroup(subscription.subscriptionId, group.name);
    throw error;
  }
  const record = applicationRecord(appId, existing?.name ?? name, given, { template, outputs, group, definition }, call, existing, new Date(context.now()).toISOString());
  applications(context).set(key, record);
  return json(existing ? 200 : 201, record);
}

/**
 * ARM Microsoft.Solutions/applications at 2021-07-01: PUT (synchronous: the definition's template
 * is deployed into the managed resource group before the reply), GET, DELETE (removes the
 * managed resource group too), lists.
 */
export const managedApplicationsModule: RouteModule = {
  name: 'managed-applications',
  routes: () => [
    armRoute({ method: 'PUT', pattern: APPLICATION, name: 'arm.applications.put', apiVersions: API_VERSIONS, resourceType: APPLICATION_TYPE, handler: putApplication }),
    armRoute({
      method: 'GET', pattern: APPLICATION, name: 'arm.applications.get', apiVersions: API_VERSIONS, resourceType: APPLICATION_TYPE,
      handler: (request, context, call) => {
        const name = request.params.applicationName!;
        const found = applications(context).get(resourceId(request.params.subscriptionId!, call.resourceGroup!.name, APPLICATION_TYPE, name).key);
        return found ? json(200, found) : resourceNotFound(APPLICATION_TYPE, name, call.resourceGroup!.name);
      },
    }),
    armRoute({
      method: 'DELETE', pattern: APPLICATION, name: 'arm.applications.delete', apiVersions: API_VERSIONS, resourceType: APPLICATION_TYPE,
      handler: (request, context, call) => {
        const { key } = resourceId(request.params.subscriptionId!, call.resourceGroup!.name, APPLICATION_TYPE, request.params.applicationName!);
        const found = applications(context).get(key);
        if (!found) return { status: 204 };
        applications(context).delete(key);
        const mrg = /\/resourceGroups\/([^/]+)$/i.exec(String(found.properties.managedResourceGroupId))?.[1];
        if (mrg) context.state.deleteResourceGroup(request.params.subscriptionId!, mrg);
        return { status: 200 };
      },
    }),
    armRoute({
      method: 'GET', pattern: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applications', name: 'arm.applications.listByResourceGroup',
      apiVersions: API_VERSIONS, resourceType: APPLICATION_TYPE,
      handler: (request, context, call) => {
        const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${call.resourceGroup!.name}/`.toLowerCase();
        return json(200, { value: [...applications(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
      },
    }),
    armRoute({
      method: 'GET', pattern: '/subscriptions/{subscriptionId}/providers/Microsoft.Solutions/applications', name: 'arm.applications.listBySubscription',
      apiVersions: API_VERSIONS, resourceType: APPLICATION_TYPE,
      handler: (request, context) => {
        const prefix = `/subscriptions/${request.params.subscriptionId}/`.toLowerCase();
        return json(200, { value: [...applications(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
      },
    }),
  ],
};
