import { armRoute } from '../arm.js';
import { json } from '../reply.js';
import type { RouteModule } from '../router.js';
import type { SubscriptionRecord } from '../state.js';

/** api-versions of Microsoft.Resources' subscription operations. */
export const SUBSCRIPTION_API_VERSIONS = ['2014-04-01', '2015-01-01', '2016-06-01', '2019-06-01', '2019-11-01', '2020-01-01', '2021-01-01', '2022-12-01'];

function subscriptionBody(subscription: SubscriptionRecord): Record<string, unknown> {
  return {
    id: subscription.id,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId: subscription.subscriptionId,
    tenantId: subscription.tenantId,
    displayName: subscription.displayName,
    state: subscription.state,
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
  };
}

/** ARM subscriptions: list and get. */
export const armSubscriptionsModule: RouteModule = {
  name: 'arm-subscriptions',
  routes: () => [
    armRoute({
      method: 'GET',
      pattern: '/subscriptions',
      name: 'arm.subscriptions.list',
      apiVersions: SUBSCRIPTION_API_VERSIONS,
      handler: (_request, context, call) =>
        json(200, {
          value: [...context.state.subscriptions.values()].filter((s) => s.tenantId.toLowerCase() === call.caller.tenantId.toLowerCase()).map(subscriptionBody),
          count: { type: 'Total', value: context.state.subscriptions.size },
        }),
    }),
    armRoute({
      method: 'GET',
      pattern: '/subscriptions/{subscriptionId}',
      name: 'arm.subscriptions.get',
      apiVersions: SUBSCRIPTION_API_VERSIONS,
      handler: (_request, _context, call) => json(200, subscriptionBody(call.subscription!)),
    }),
  ],
};
