import type { PartnerCenterClient } from '../../azure/partner-center/ingestion-client.js';
import type { ManagedAppPackageConfiguration, Submission } from '../../azure/partner-center/ingestion-types.js';
import type { PlanChanges } from './marketplace-settings.js';

export const MANAGED_APP_CONFIGURATION = 'AzureManagedApplicationPackageConfiguration';

/**
 * The plan's configuration with the new package and version and the settings the inputs give;
 * every other field (including ones this tool does not know) is kept as read.
 */
export function mergePlanConfiguration(current: ManagedAppPackageConfiguration, changes: PlanChanges, packageId: string, version: string): ManagedAppPackageConfiguration {
  const { '@odata.etag': _etag, ...kept } = current;
  const next: ManagedAppPackageConfiguration = {
    ...kept,
    resourceType: MANAGED_APP_CONFIGURATION,
    version,
    packageReferences: [{ type: 'AzureApplicationPackage', value: packageId }],
  };
  if (changes.managingTenantId !== undefined) next.publicAzureTenantID = changes.managingTenantId;
  if (changes.authorizations !== undefined) next.publicAzureAuthorizations = changes.authorizations;
  if (changes.allowJitAccess !== undefined) next.allowJitAccess = changes.allowJitAccess;
  if (changes.customerActions !== undefined) {
    next.canEnableCustomerActions = changes.customerActions.length > 0;
    next.allowedCustomerActions = changes.customerActions;
  }
  if (changes.deploymentMode !== undefined) next.deploymentMode = changes.deploymentMode;
  if (changes.policies !== undefined) next.policies = changes.policies;
  return next;
}

/** Where a version is already in use: the plan's draft or a submission's frozen configuration. */
export interface VersionUse {
  readonly version: string;
  readonly where: string;
}

/** Every version the plan has: its draft and each version a submission of the offer took. */
export async function planVersions(client: PartnerCenterClient, productId: string, variantId: string, draft: ManagedAppPackageConfiguration): Promise<VersionUse[]> {
  const uses: VersionUse[] = [];
  if (draft.version) uses.push({ version: draft.version, where: "the plan's draft" });
  const submissions: Submission[] = await client.submissions(productId);
  for (const submission of submissions) {
    const resources = submission.variantResources?.find((v) => v.variantID === variantId)?.resources ?? [];
    for (const resource of resources.filter((r) => r.type === 'Package' && r.value)) {
      for (const configuration of await client.packageConfigurations(productId, resource.value!)) {
        if (configuration.version) uses.push({ version: configuration.version, where: `submission ${submission.id} (${submission.state}/${submission.substate})` });
      }
    }
  }
  return uses;
}
