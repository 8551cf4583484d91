/** A subscription the stand-in serves (ARM `Subscription` shape). */
export interface SubscriptionRecord {
  readonly id: string;
  readonly subscriptionId: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly state: 'Enabled' | 'Disabled' | 'Warned' | 'PastDue' | 'Deleted';
}

/** A resource group as ARM returns it. */
export interface ResourceGroupRecord {
  readonly id: string;
  readonly name: string;
  readonly type: 'Microsoft.Resources/resourceGroups';
  readonly location: string;
  readonly managedBy?: string;
  readonly tags?: Record<string, string>;
  readonly properties: { readonly provisioningState: 'Succeeded' | 'Deleting' };
}

/**
 * The stand-in's in-memory world. Resource collections are keyed by lower-case resource id
 * (`/subscriptions/.../resourcegroups/rg/providers/...`), so deleting a resource group removes
 * what lies in it from every collection, the way ARM does.
 */
export class StandInState {
  readonly subscriptions = new Map<string, SubscriptionRecord>();
  readonly resourceGroups = new Map<string, ResourceGroupRecord>();
  /** Provider namespace (lower case) → registration state. */
  readonly providers = new Map<string, { namespace: string; registrationState: 'Registered' | 'NotRegistered' | 'Registering' | 'Unregistering' }>();
  private readonly collections = new Map<string, Map<string, unknown>>();

  /** A named collection of resources, created on first use (e.g. `Microsoft.Solutions/applicationDefinitions`). */
  collection<T>(name: string): Map<string, T> {
    let found = this.collections.get(name);
    if (!found) {
      found = new Map<string, unknown>();
      this.collections.set(name, found);
    }
    return found as Map<string, T>;
  }

  subscription(subscriptionId: string): SubscriptionRecord | undefined {
    return this.subscriptions.get(subscriptionId.toLowerCase());
  }

  resourceGroup(subscriptionId: string, name: string): ResourceGroupRecord | undefined {
    return this.resourceGroups.get(resourceGroupKey(subscriptionId, name));
  }

  /** Removes a resource group and every resource in it. */
  deleteResourceGroup(subscriptionId: string, name: string): boolean {
    const key = resourceGroupKey(subscriptionId, name);
    if (!this.resourceGroups.delete(key)) return false;
    for (const collection of this.collections.values()) {
      for (const id of [...collection.keys()]) if (id.startsWith(`${key}/`)) collection.delete(id);
    }
    return true;
  }
}

export function resourceGroupKey(subscriptionId: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourcegroups/${name}`.toLowerCase();
}
