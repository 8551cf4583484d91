import { armAudiences, requireBearer, type Caller } from './auth.js';
import type { StandInContext } from './context.js';
import { failArm } from './reply.js';
import type { Route, StandInReply, StandInRequest } from './router.js';
import type { ResourceGroupRecord, SubscriptionRecord } from './state.js';

/** What an ARM handler gets after the common checks passed. */
export interface ArmCall {
  readonly caller: Caller;
  readonly apiVersion: string;
  readonly subscription?: SubscriptionRecord;
  /** Present when the pattern has `{resourceGroupName}`: the group exists. */
  readonly resourceGroup?: ResourceGroupRecord;
}

export interface ArmRouteDefinition {
  readonly method: string;
  readonly pattern: string;
  readonly name: string;
  readonly apiVersions: readonly string[];
  /**
   * `provider`: a resource provider's type, e.g. `Microsoft.Solutions/applicationDefinitions`
   * (a wrong api-version is NoRegisteredProviderFound); omit for ARM's own routes
   * (resource groups, subscriptions, providers: InvalidApiVersionParameter).
   */
  readonly resourceType?: string;
  readonly handler: (request: StandInRequest, context: StandInContext, call: ArmCall) => StandInReply | Promise<StandInReply>;
}

function checkApiVersion(request: StandInRequest, definition: ArmRouteDefinition): string {
  const apiVersion = request.query.get('api-version');
  if (!apiVersion) failArm(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
  if (definition.apiVersions.includes(apiVersion)) return apiVersion;
  const supported = definition.apiVersions.join(', ');
  if (definition.resourceType) {
    const [namespace, ...types] = definition.resourceType.split('/');
    failArm(400, 'NoRegisteredProviderFound', `No registered resource provider found for location 'global' and API version '${apiVersion}' for type '${types.join('/')}'. The supported api-versions are '${supported}'. The supported locations are 'global'. (namespace ${namespace})`);
  }
  failArm(400, 'InvalidApiVersionParameter', `The api-version '${apiVersion}' is invalid. The supported versions are '${supported}'.`);
}

/**
 * An ARM route: bearer token with an ARM audience, api-version, subscription and (when the
 * pattern names one) resource group are checked, in that order, before the handler runs;
 * each failure answers as ARM answers.
 */
export function armRoute(definition: ArmRouteDefinition): Route {
  return {
    method: definition.method,
    pattern: definition.pattern,
    name: definition.name,
    ...(definition.resourceType ? { arm: { resourceType: definition.resourceType, apiVersions: definition.apiVersions } } : {}),
    handler: (request, context) => {
      const caller = requireBearer(request, context, armAudiences(context));
      const apiVersion = checkApiVersion(request, definition);
      const subscriptionId = request.params.subscriptionId;
      let subscription: SubscriptionRecord | undefined;
      if (subscriptionId !== undefined) {
        subscription = context.state.subscription(subscriptionId);
        if (!subscription) failArm(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
        if (caller.tenantId.toLowerCase() !== subscription.tenantId.toLowerCase()) {
          failArm(401, 'InvalidAuthenticationTokenTenant', `The access token is from the wrong issuer '${String(caller.claims.iss)}'. It must match the tenant '${context.urls.authorityHost}/${subscription.tenantId}/' associated with this subscription.`);
        }
      }
      if (definition.resourceType && request.method !== 'GET' && request.method !== 'HEAD') checkRegistration(definition.resourceType, context);
      let resourceGroup: ResourceGroupRecord | undefined;
      const groupName = request.params.resourceGroupName;
      if (subscriptionId !== undefined && groupName !== undefined) {
        resourceGroup = context.state.resourceGroup(subscriptionId, groupName);
        if (!resourceGroup) failArm(404, 'ResourceGroupNotFound', `Resource group '${groupName}' could not be found.`);
      }
      return definition.handler(request, context, { caller, apiVersion, ...(subscription ? { subscription } : {}), ...(resourceGroup ? { resourceGroup } : {}) });
    },
  };
}

/** Writes to a provider's types need the subscription registered for its namespace. */
function checkRegistration(resourceType: string, context: StandInContext): void {
  const namespace = resourceType.split('/')[0]!;
  if (context.state.providers.get(namespace.toLowerCase())?.registrationState !== 'Registered') {
    failArm(409, 'MissingSubscriptionRegistration', `The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`);
  }
}

/** ARM's 404 for a resource that does not exist in an existing resource group. */
export function resourceNotFound(type: string, name: string, resourceGroupName: string): never {
  failArm(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${resourceGroupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`);
}

/** The canonical id of a resource in a resource group, and its lower-case state key. */
export function resourceId(subscriptionId: string, resourceGroupName: string, type: string, name: string): { id: string; key: string } {
  const id = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/${type}/${name}`;
  return { id, key: id.toLowerCase() };
}

/** ARM's `systemData` of a resource written by an app registration: creation kept, modification now. */
export function systemDataFor(existing: { readonly systemData: Record<string, string> } | undefined, clientId: string, now: string): Record<string, string> {
  return {
    createdBy: existing?.systemData.createdBy ?? clientId,
    createdByType: 'Application',
    createdAt: existing?.systemData.createdAt ?? now,
    lastModifiedBy: clientId,
    lastModifiedByType: 'Application',
    lastModifiedAt: now,
  };
}
