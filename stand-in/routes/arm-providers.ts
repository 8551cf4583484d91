import { armRoute } from '../arm.js';
import type { StandInContext } from '../context.js';
import { failArm, json } from '../reply.js';
import type { RouteModule } from '../router.js';
import { RESOURCE_GROUP_API_VERSIONS } from './arm-resource-groups.js';

const PROVIDER_API_VERSIONS = RESOURCE_GROUP_API_VERSIONS;

/** A provider as ARM returns it; resource types come from the ARM routes the stand-in serves. */
function providerBody(namespace: string, subscriptionId: string, context: StandInContext): Record<string, unknown> {
  const record = context.state.providers.get(namespace.toLowerCase());
  const types = new Map<string, Set<string>>();
  for (const route of context.routes()) {
    if (!route.arm || route.arm.resourceType.split('/')[0]!.toLowerCase() !== namespace.toLowerCase()) continue;
    const type = route.arm.resourceType.split('/').slice(1).join('/');
    const versions = types.get(type) ?? new Set<string>();
    for (const version of route.arm.apiVersions) versions.add(version);
    types.set(type, versions);
  }
  return {
    id: `/subscriptions/${subscriptionId}/providers/${record?.namespace ?? namespace}`,
    namespace: record?.namespace ?? namespace,
    registrationState: record?.registrationState ?? 'NotRegistered',
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: [...types.entries()].map(([resourceType, versions]) => ({
      resourceType,
      locations: ['East US', 'West US', 'West Europe', 'North Europe'],
      apiVersions: [...versions].sort().reverse(),
      capabilities: 'None',
    })),
  };
}

function knownNamespace(namespace: string, context: StandInContext): boolean {
  return context.state.providers.has(namespace.toLowerCase()) || context.routes().some((r) => r.arm?.resourceType.split('/')[0]!.toLowerCase() === namespace.toLowerCase());
}

/** ARM resource providers: get, list, register, unregister. */
export const armProvidersModule: RouteModule = {
  name: 'arm-providers',
  routes: () => [
    armRoute({
      method: 'GET',
      pattern: '/subscriptions/{subscriptionId}/providers',
      name: 'arm.providers.list',
      apiVersions: PROVIDER_API_VERSIONS,
      handler: (request, context) => {
        const namespaces = new Set([...context.state.providers.values()].map((p) => p.namespace));
        for (const route of context.routes()) if (route.arm) namespaces.add(route.arm.resourceType.split('/')[0]!);
        return json(200, { value: [...namespaces].map((ns) => providerBody(ns, request.params.subscriptionId!, context)) });
      },
    }),
    armRoute({
      method: 'GET',
      pattern: '/subscriptions/{subscriptionId}/providers/{namespace}',
      name: 'arm.providers.get',
      apiVersions: PROVIDER_API_VERSIONS,
      handler: (request, context) => {
        const namespace = request.params.namespace!;
        if (!knownNamespace(namespace, context)) failArm(404, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
        return json(200, providerBody(namespace, request.params.subscriptionId!, context));
      },
    }),
    ...(['register', 'unregister'] as const).map((action) =>
      armRoute({
        method: 'POST',
        pattern: `/subscriptions/{subscriptionId}/providers/{namespace}/${action}`,
        name: `arm.providers.${action}`,
        apiVersions: PROVIDER_API_VERSIONS,
        handler: (request, context) => {
          const namespace = request.params.namespace!;
          if (!knownNamespace(namespace, context)) failArm(404, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
          const canonical = context.state.providers.get(namespace.toLowerCase())?.namespace ?? namespace;
          // Registration is immediate here; ARM reports Registering for a while first.
          context.state.providers.set(namespace.toLowerCase(), { namespace: canonical, registrationState: action === 'register' ? 'Registered' : 'NotRegistered' });
          return json(200, providerBody(canonical, request.params.subscriptionId!, context));
        },
      }),
    ),
  ],
};
