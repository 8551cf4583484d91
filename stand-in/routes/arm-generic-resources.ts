import { armAudiences, requireBearer } from '../auth.js';
import type { StandInContext } from '../context.js';
import { armError, failArm, json } from '../reply.js';
import type { Route, RouteModule, StandInRequest } from '../router.js';
import { readFactoryResource } from './data-factory.js';
import { deployedResources, readDeployedResource } from './deployed-resources.js';

const GROUP = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}';

/** ARM's common checks for a generic resource read: token, api-version present, subscription, group. */
function checkGroup(request: StandInRequest, context: StandInContext): { groupName: string } {
  const caller = requireBearer(request, context, armAudiences(context));
  if (!request.query.get('api-version')) failArm(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
  const subscription = context.state.subscription(request.params.subscriptionId!);
  if (!subscription) failArm(404, 'SubscriptionNotFound', `The subscription '${request.params.subscriptionId}' could not be found.`);
  if (caller.tenantId.toLowerCase() !== subscription.tenantId.toLowerCase()) {
    failArm(401, 'InvalidAuthenticationTokenTenant', `The access token is from the wrong issuer '${String(caller.claims.iss)}'. It must match the tenant '${context.urls.authorityHost}/${subscription.tenantId}/' associated with this subscription.`);
  }
  const group = context.state.resourceGroup(request.params.subscriptionId!, request.params.resourceGroupName!);
  if (!group) failArm(404, 'ResourceGroupNotFound', `Resource group '${request.params.resourceGroupName}' could not be found.`);
  return { groupName: group.name };
}

/** The listing shape of ARM's GenericResourceExpanded: no properties. */
function listed(resource: Record<string, unknown>): Record<string, unknown> {
  const keys = ['id', 'name', 'type', 'location', 'kind', 'sku', 'identity', 'tags', 'managedBy'];
  return Object.fromEntries(keys.filter((key) => resource[key] !== undefined).map((key) => [key, resource[key]]));
}

function routes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${GROUP}/resources`,
      name: 'arm.resources.listByResourceGroup',
      handler: (request, context) => {
        const { groupName } = checkGroup(request, context);
        const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${groupName}/providers/`.toLowerCase();
        const factories = [...context.state.collection<Record<string, unknown>>('Microsoft.DataFactory/factories').entries()];
        // Top-level resources only, as ARM lists them: no child types, no extension resources (role assignments).
        const generic = [...deployedResources(context).entries()].filter(([, r]) => r.type.split('/').length === 2 && r.id.split('/providers/').length === 2);
        const value = [...generic, ...factories].filter(([key]) => key.startsWith(prefix)).map(([, r]) => listed(r as unknown as Record<string, unknown>));
        return json(200, { value });
      },
    },
    {
      // '*' so that other methods on unserved paths keep the server's 404 rather than a 405.
      method: '*',
      pattern: `${GROUP}/providers/{*resourcePath}`,
      name: 'arm.resources.get',
      handler: (request, context) => {
        if (request.method !== 'GET') {
          return armError(404, 'NotFound', `The stand-in serves no route for ${request.method} ${request.path}. See stand-in/README.md for the routes it implements.`);
        }
        const { groupName } = checkGroup(request, context);
        const id = `/subscriptions/${request.params.subscriptionId}/resourceGroups/${groupName}/providers/${request.params.resourcePath}`;
        const found = readDeployedResource(context, id) ?? readFactoryResource(context, id);
        if (found) return json(200, found);
        const segments = request.params.resourcePath!.split('/');
        const type = [segments[0], ...segments.slice(1).filter((_, i) => i % 2 === 0)].join('/');
        const name = segments.slice(1).filter((_, i) => i % 2 === 1).join('/');
        return failArm(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${groupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`);
      },
    },
  ];
}

/**
 * Generic ARM reads of what template deployments created: `GET {resourceId}?api-version=` and
 * `GET .../resourceGroups/{rg}/resources`. Registered last, so the specific routes (Data Factory,
 * application definitions, applications) answer their own paths first.
 */
export const armGenericResourcesModule: RouteModule = { name: 'arm-generic-resources', routes };
