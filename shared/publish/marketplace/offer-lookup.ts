import { UsageError } from '../../commands/usage-error.js';
import type { PartnerCenterClient } from '../../azure/partner-center/ingestion-client.js';
import type { Branch, BranchModule, Product, Variant } from '../../azure/partner-center/ingestion-types.js';

/** The offer whose AzureOfferId is `offerId`. */
export async function findOffer(client: PartnerCenterClient, offerId: string, describe: string): Promise<Product & { id: string }> {
  const found = (await client.productsByOfferId(offerId)).filter((p) => p.externalIDs?.some((e) => e.type === 'AzureOfferId' && e.value === offerId));
  if (found.length === 0 || !found[0]!.id) {
    throw new UsageError(`No offer with offer id '${offerId}' is visible to this identity in Partner Center: check ${describe}, and that the app registration is added to the Partner Center account (Account settings > User management > Microsoft Entra applications) with the Manager or Developer role.`);
  }
  if (found[0]!.resourceType && found[0]!.resourceType !== 'AzureApplication') {
    throw new UsageError(`Offer '${offerId}' is a ${found[0]!.resourceType} offer; publish-marketplace publishes Azure Application (managed application) offers.`);
  }
  return found[0] as Product & { id: string };
}

/** The plan whose plan id (the variant's externalID) is `planId`. */
export async function findPlan(client: PartnerCenterClient, productId: string, offerId: string, planId: string, describe: string): Promise<Variant & { id: string }> {
  const variants = await client.variants(productId);
  const plan = variants.find((v) => v.externalID === planId && v.id);
  if (!plan) {
    const known = variants.map((v) => v.externalID).filter(Boolean).join(', ') || 'none';
    throw new UsageError(`Offer '${offerId}' has no plan with plan id '${planId}' (its plans: ${known}): check ${describe}.`);
  }
  return plan as Variant & { id: string };
}

/** The current draft instance of a module, for the product (no variant) or one plan. */
export function draftOf(branches: readonly Branch[], variantId?: string): string | undefined {
  return branches.find((b) => (variantId ? b.variantID === variantId : !b.variantID))?.currentDraftInstanceID;
}

export async function draftInstance(client: PartnerCenterClient, productId: string, module: BranchModule, variantId?: string): Promise<string> {
  const id = draftOf(await client.branches(productId, module), variantId);
  if (!id) throw new Error(`Partner Center shows no draft ${module} instance for ${variantId ? `plan ${variantId}` : 'the offer'}.`);
  return id;
}
