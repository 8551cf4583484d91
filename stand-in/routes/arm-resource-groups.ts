import { randomUUID } from 'node:crypto';
import { armRoute } from '../arm.js';
import { failArm, json } from '../reply.js';
import type { RouteModule, StandInRequest } from '../router.js';
import { resourceGroupKey, type ResourceGroupRecord } from '../state.js';

/** api-versions of Microsoft.Resources/resourceGroups the stand-in answers. */
export const RESOURCE_GROUP_API_VERSIONS = [
  '2016-09-01', '2017-05-10', '2018-05-01', '2019-05-01', '2019-07-01', '2019-08-01', '2019-10-01', '2020-06-01', '2020-08-01',
  '2020-10-01', '2021-01-01', '2021-04-01', '2022-09-01', '2023-07-01', '2024-03-01', '2024-07-01', '2024-11-01', '2025-03-01', '2025-04-01',
];

const GROUP = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
const NAME = /^[-\w.()]{1,90}$/u;

function tagsOf(body: Record<string, unknown>): Record<string, string> | undefined {
  const tags = body.tags;
  if (tags === undefined || tags === null) return undefined;
  if (typeof tags !== 'object' || Array.isArray(tags)) failArm(400, 'InvalidRequestContent', "The request content was invalid and could not be deserialized: 'tags' must be an object.");
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, String(v)]));
}

function bodyObject(request: StandInRequest): Record<string, unknown> {
  const body = request.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) failArm(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized: expected a JSON object.');
  return body as Record<string, unknown>;
}

/** ARM resource groups: create or update, get, exists, update tags, delete (202 + polling), list. */
export const armResourceGroupsModule: RouteModule = {
  name: 'arm-resource-groups',
  routes: () => [
    armRoute({
      method: 'PUT',
      pattern: '/subscriptions/{subscriptionId}/resourcegroups/{name}',
      name: 'arm.resourceGroups.put',
      apiVersions: RESOURCE_GROUP_API_VERSIONS,
      handler: (request, context) => {
        const { subscriptionId, name } = request.params as { subscriptionId: string; name: string };
        if (!NAME.test(name) || name.endsWith('.')) {
          failArm(400, 'InvalidResourceGroupName', `The resource group name '${name}' is invalid. It can contain up to 90 letters, digits, underscores, hyphens, periods and parentheses, and cannot end in a period.`);
        }
        const body = bodyObject(request);
        if (typeof body.location !== 'string' || body.location === '') failArm(400, 'LocationRequired', 'The location property is required for this definition.');
        const existing = context.state.resourceGroup(subscriptionId, name);
        if (existing && existing.location.toLowerCase() !== body.location.toLowerCase()) {
          failArm(409, 'InvalidResourceGroupLocation', `Invalid resource group location '${body.location}'. The Resource group already exists in location '${existing.location}'.`);
        }
        const tags = tagsOf(body);
        const group: ResourceGroupRecord = {
          id: `/subscriptions/${subscriptionId}/resourceGroups/${existing?.name ?? name}`,
          name: existing?.name ?? name,
          type: 'Microsoft.Resources/resourceGroups',
          location: existing?.location ?? body.location,
          ...(typeof body.managedBy === 'string' ? { managedBy: body.managedBy } : {}),
          ...(tags ? { tags } : {}),
          properties: { provisioningState: 'Succeeded' },
        };
        context.state.resourceGroups.set(resourceGroupKey(subscriptionId, name), group);
        return json(existing ? 200 : 201, group);
      },
    }),
    armRoute({
      method: 'GET',
      pattern: GROUP,
      name: 'arm.resourceGroups.get',
      apiVersions: RESOURCE_GROUP_API_VERSIONS,
      handler: (_request, _context, call) => json(200, call.resourceGroup),
    }),
    armRoute({
      method: 'HEAD',
      pattern: '/subscriptions/{subscriptionId}/resourcegroups/{name}',
      name: 'arm.resourceGroups.exists',
      apiVersions: RESOURCE_GROUP_API_VERSIONS,
      handler: (request, context) => ({ status: context.state.resourceGroup(request.params.subscriptionId!, request.params.name!) ? 204 : 404 }),
    }),
    armRoute({
      method: 'PATCH',
      pattern: GROUP,
      name: 'arm.resourceGroups.patch',
      apiVersions: RESOURCE_GROUP_API_VERSIONS,
      handler: (request, context, call) => {
        const tags = tagsOf(bodyObject(request));
        const group: ResourceGroupRecord = { ...call.resourceGroup!, ...(tags ? { tags } : {}) };
        context.state.resourceGroups.set(resourceGroupKey(request.params.subscriptionId!, group.name), group);
        return json(200, group);
      },
    }),
    armRoute({
      method: 'DELETE',
      pattern: GROUP,
      name: 'arm.resourceGroups.delete',
      apiVersions: RESOURCE_GROUP_API_VERSIONS,
      handler: (request, context, call) => {
        const subscriptionId = request.params.subscriptionId!;
        context.state.deleteResourceGroup(subscriptionId, call.resourceGroup!.name);
        // ARM deletes a group asynchronously: 202 and a Location to poll, which answers 200 once done.
        const operation = `/subscriptions/${subscriptionId}/operationresults/${Buffer.from(`RGDelete:${randomUUID()}`).toString('base64url')}`;
        return { status: 202, headers: { location: `${context.urls.armEndpoint}${operation}?api-version=${call.apiVersion}`, 'retry-after': '0' } };
      },
    }),
    armRoute({
      method: 'GET',
      pattern: '/subscriptions/{subscriptionId}/operationresults/{operationId}',
      name: 'arm.operationResults.get',
      apiVersions: RESOURCE_GROUP_API_VERSIONS,
      handler: () => ({ status: 200 }),
    }),
    armRoute({
      method: 'GET',
      pattern: '/subscriptions/{subscriptionId}/resourcegroups',
      name: 'arm.resourceGroups.list',
      apiVersions: RESOURCE_GROUP_API_VERSIONS,
      handler: (request, context) => {
        const prefix = `/subscriptions/${request.params.subscriptionId}/`.toLowerCase();
        return json(200, { value: [...context.state.resourceGroups.entries()].filter(([key]) => key.startsWith(prefix)).map(([, group]) => group) });
      },
    }),
  ],
};
