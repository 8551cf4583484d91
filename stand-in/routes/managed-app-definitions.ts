import { armRoute, resourceId, resourceNotFound, systemDataFor } from '../arm.js';
import type { StandInContext } from '../context.js';
import { failArm, json } from '../reply.js';
import type { RouteModule, StandInRequest } from '../router.js';

export const APPLICATION_DEFINITION_TYPE = 'Microsoft.Solutions/applicationDefinitions';
const API_VERSIONS = ['2021-07-01'];
const DEFINITION = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applicationDefinitions/{applicationDefinitionName}';
const LOCK_LEVELS = ['CanNotDelete', 'ReadOnly', 'None'];
/** Properties the service stores as given (ApplicationDefinitionProperties at 2021-07-01). */
const STORED_PROPERTIES = [
  'lockLevel', 'displayName', 'isEnabled', 'authorizations', 'artifacts', 'description', 'packageFileUri', 'storageAccountId',
  'mainTemplate', 'createUiDefinition', 'notificationPolicy', 'lockingPolicy', 'deploymentPolicy', 'managementPolicy', 'policies',
];

export interface ApplicationDefinitionRecord {
  readonly id: string;
  readonly name: string;
  readonly type: typeof APPLICATION_DEFINITION_TYPE;
  readonly location: string;
  readonly tags?: Record<string, string>;
  readonly managedBy?: string;
  readonly sku?: unknown;
  readonly properties: Record<string, unknown>;
  readonly systemData: Record<string, string>;
}

function collection(context: StandInContext) {
  return context.state.collection<ApplicationDefinitionRecord>(APPLICATION_DEFINITION_TYPE);
}

function invalid(message: string): never {
  failArm(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: ${message}`);
}

function managementMode(properties: Record<string, unknown> | undefined): string | undefined {
  const policy = properties?.managementPolicy;
  if (typeof policy !== 'object' || policy === null) return undefined;
  const mode = (policy as Record<string, unknown>).mode;
  return typeof mode === 'string' ? mode : undefined;
}

function readDefinition(request: StandInRequest): { location: string; tags?: Record<string, string>; properties: Record<string, unknown>; managedBy?: string; sku?: unknown } {
  const body = request.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) invalid('expected a JSON object.');
  const { location, tags, properties, managedBy, sku } = body as Record<string, unknown>;
  if (typeof location !== 'string' || location === '') failArm(400, 'LocationRequired', 'The location property is required for this definition.');
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) invalid("Required property 'properties' not found in JSON. Path '', line 1.");
  const props = properties as Record<string, unknown>;
  if (props.lockLevel === undefined) invalid("Required property 'lockLevel' not found in JSON. Path 'properties'.");
  if (typeof props.lockLevel !== 'string' || !LOCK_LEVELS.includes(props.lockLevel)) invalid(`Error converting value '${String(props.lockLevel)}' to type 'ApplicationLockLevel'. Path 'properties.lockLevel'.`);
  if (props.packageFileUri === undefined && (props.mainTemplate === undefined || props.createUiDefinition === undefined)) {
    failArm(400, 'ApplicationDefinitionPackageMissing', "The application definition needs either 'packageFileUri' or both 'mainTemplate' and 'createUiDefinition'.");
  }
  const stored = Object.fromEntries(STORED_PROPERTIES.filter((key) => props[key] !== undefined).map((key) => [key, props[key]]));
  return {
    location,
    properties: stored,
    ...(tags && typeof tags === 'object' ? { tags: tags as Record<string, string> } : {}),
    ...(typeof managedBy === 'string' ? { managedBy } : {}),
    ...(sku !== undefined ? { sku } : {}),
  };
}

/**
 * Scenario settings (`scenario['managed-app-definitions']`, read at every request so a test may
 * change them): `denyWrites` (true, or client ids) answers writes 403 AuthorizationFailed;
 * `downloadPackages` makes a PUT download its packageFileUri the way Azure does, answering 400
 * DownloadItemFromBlobFailed when that fails.
 */
interface DefinitionsScenario {
  denyWrites?: boolean | readonly string[];
  downloadPackages?: boolean;
}

function scenario(context: StandInContext): DefinitionsScenario {
  const found = context.config.scenario['managed-app-definitions'];
  return typeof found === 'object' && found !== null ? (found as DefinitionsScenario) : {};
}

function checkWriteAllowed(context: StandInContext, clientId: string, scope: string): void {
  const deny = scenario(context).denyWrites;
  if (deny === true || (Array.isArray(deny) && deny.includes(clientId))) {
    failArm(403, 'AuthorizationFailed', `The client '${clientId}' with object id '${clientId}' does not have authorization to perform action 'Microsoft.Solutions/applicationDefinitions/write' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`);
  }
}

async function downloadPackage(context: StandInContext, uri: unknown): Promise<void> {
  if (!scenario(context).downloadPackages || typeof uri !== 'string') return;
  let status: number;
  try {
    status = (await fetch(uri)).status;
  } catch (error) {
    failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${uri.split('?')[0]}': ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (status !== 200) failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${uri.split('?')[0]}'. Status code: ${status}.`);
}

/** ARM Microsoft.Solutions/applicationDefinitions at 2021-07-01: synchronous PUT, GET, PATCH (tags), DELETE, lists. */
export const managedAppDefinitionsModule: RouteModule = {
  name: 'managed-app-definitions',
  routes: () => [
    armRoute({
      method: 'PUT',
      pattern: DEFINITION,
      name: 'arm.applicationDefinitions.put',
      apiVersions: API_VERSIONS,
      resourceType: APPLICATION_DEFINITION_TYPE,
      handler: async (request, context, call) => {
        const group = call.resourceGroup!;
        const name = request.params.applicationDefinitionName!;
        const { id, key } = resourceId(request.params.subscriptionId!, group.name, APPLICATION_DEFINITION_TYPE, name);
        checkWriteAllowed(context, call.caller.clientId, id);
        const existing = collection(context).get(key);
        const given = readDefinition(request);
        await downloadPackage(context, given.properties.packageFileUri);
        const existingMode = managementMode(existing?.properties);
        const givenMode = managementMode(given.properties);
        if (existing && existingMode !== undefined && existingMode !== givenMode) {
          failArm(409, 'ApplicationDefinitionApplicationManagementPolicyLockConflict', `Modifying application management policy on existing application definition is not allowed, current application management mode is '${existingMode}' while request contains different mode '${givenMode ?? '<null>'}'.`);
        }
        const now = new Date(context.now()).toISOString();
        const record: ApplicationDefinitionRecord = {
          id: existing?.id ?? id,
          name: existing?.name ?? name,
          type: APPLICATION_DEFINITION_TYPE,
          ...given,
          systemData: systemDataFor(existing, call.caller.clientId, now),
        };
        collection(context).set(key, record);
        return json(existing ? 200 : 201, record);
      },
    }),
    armRoute({
      method: 'GET',
      pattern: DEFINITION,
      name: 'arm.applicationDefinitions.get',
      apiVersions: API_VERSIONS,
      resourceType: APPLICATION_DEFINITION_TYPE,
      handler: (request, context, call) => {
        const name = request.params.applicationDefinitionName!;
        const found = collection(context).get(resourceId(request.params.subscriptionId!, call.resourceGroup!.name, APPLICATION_DEFINITION_TYPE, name).key);
        return found ? json(200, found) : resourceNotFound(APPLICATION_DEFINITION_TYPE, name, call.resourceGroup!.name);
      },
    }),
    armRoute({
      method: 'PATCH',
      pattern: DEFINITION,
      name: 'arm.applicationDefinitions.patch',
      apiVersions: API_VERSIONS,
      resourceType: APPLICATION_DEFINITION_TYPE,
      handler: (request, context, call) => {
        const name = request.params.applicationDefinitionName!;
        const { key } = resourceId(request.params.subscriptionId!, call.resourceGroup!.name, APPLICATION_DEFINITION_TYPE, name);
        const found = collection(context).get(key);
        if (!found) resourceNotFound(APPLICATION_DEFINITION_TYPE, name, call.resourceGroup!.name);
        const body = request.json();
        const tags = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).tags : undefined;
        const updated: ApplicationDefinitionRecord = { ...found, ...(tags && typeof tags === 'object' ? { tags: tags as Record<string, string> } : {}) };
        collection(context).set(key, updated);
        return json(200, updated);
      },
    }),
    armRoute({
      method: 'DELETE',
      pattern: DEFINITION,
      name: 'arm.applicationDefinitions.delete',
      apiVersions: API_VERSIONS,
      resourceType: APPLICATION_DEFINITION_TYPE,
      handler: (request, context, call) => {
        const { key } = resourceId(request.params.subscriptionId!, call.resourceGroup!.name, APPLICATION_DEFINITION_TYPE, request.params.applicationDefinitionName!);
        return { status: collection(context).delete(key) ? 200 : 204 };
      },
    }),
    armRoute({
      method: 'GET',
      pattern: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applicationDefinitions',
      name: 'arm.applicationDefinitions.listByResourceGroup',
      apiVersions: API_VERSIONS,
      resourceType: APPLICATION_DEFINITION_TYPE,
      handler: (request, context, call) => {
        const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${call.resourceGroup!.name}/`.toLowerCase();
        return json(200, { value: [...collection(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
      },
    }),
    armRoute({
      method: 'GET',
      pattern: '/subscriptions/{subscriptionId}/providers/Microsoft.Solutions/applicationDefinitions',
      name: 'arm.applicationDefinitions.listBySubscription',
      apiVersions: API_VERSIONS,
      resourceType: APPLICATION_DEFINITION_TYPE,
      handler: (request, context) => {
        const prefix = `/subscriptions/${request.params.subscriptionId}/`.toLowerCase();
        return json(200, { value: [...collection(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
      },
    }),
  ],
};
