import { randomBytes, randomUUID } from 'node:crypto';
import type { StandInContext } from '../context.js';
import type { StandInState } from '../state.js';

/** A validation item as Partner Center reports it (`Submissions.ValidationItem`). */
export interface PcValidationItem {
  errorCode: string;
  severity: 'Error' | 'Warning' | 'Informational';
  message: string;
  resource: string;
}

/**
 * Scenario settings, from the `--config` file's `scenario["partner-center"]` or set by tests on
 * {@link partnerCenterWorld}`(standIn.state).scenario`.
 */
export interface PartnerCenterScenario {
  /** Items per page of every listing (default 2, so clients must follow next links). */
  pageSize: number;
  /** GETs of an uploaded package before its processing settles (default 1). */
  processingPolls: number;
  /** Makes every package processing fail with these items, whatever the zip holds. */
  processFailure?: PcValidationItem[];
  /** GETs of a new submission before certification settles (default 1). */
  certificationPolls: number;
  /** `fail`: certification ends in FailedInCertification with validations and a report. */
  certification: 'pass' | 'fail';
  /** GETs of a promoted submission before it is live (default 1). */
  publishPolls: number;
  /** The next package-configuration PUT finds the configuration edited by someone else first. */
  interleaveConfigurationEdit: boolean;
}

export interface PcOfferSeed {
  readonly offerId: string;
  readonly name?: string;
  /** A plan with a version is live: its configuration references a processed package, and a published submission took it. */
  readonly plans: readonly { readonly planId: string; readonly name?: string; readonly version?: string }[];
}

export interface PcVariant {
  readonly id: string;
  readonly planId: string;
  readonly friendlyName: string;
}

export interface PcBranch {
  readonly id: string;
  readonly module: 'Listing' | 'Property' | 'Package' | 'Availability';
  readonly variantId?: string;
  currentDraftInstanceId: string;
}

export interface PcProduct {
  readonly id: string;
  readonly offerId: string;
  readonly name: string;
  readonly variants: PcVariant[];
  readonly branches: PcBranch[];
}

export interface PcStored<T> {
  resource: T;
  etag: string;
}

export interface PcPackage {
  readonly productId: string;
  resource: Record<string, unknown>;
  etag: string;
  readonly signature: string;
  blob?: Buffer;
  pollsLeft: number;
}

export interface PcSubmission {
  readonly productId: string;
  resource: Record<string, unknown>;
  pollsLeft: number;
  validations: PcValidationItem[];
  reports: Record<string, unknown>[];
}

/** Everything the Partner Center routes keep. */
export interface PartnerCenterWorld {
  scenario: PartnerCenterScenario;
  readonly products: PcProduct[];
  /** Package configurations by instance id (each module instance of a Package branch has one). */
  readonly configurations: Map<string, PcStored<Record<string, unknown>>>;
  /** Plain instances of the other modules (listing, property, availability), by id. */
  readonly instances: Set<string>;
  readonly packages: Map<string, PcPackage>;
  readonly submissions: PcSubmission[];
}

export const MANAGED_APP_CONFIGURATION = 'AzureManagedApplicationPackageConfiguration';

/** The offers served when the config names none: one managed app with three plans, one other offer. */
const DEFAULT_OFFERS: readonly PcOfferSeed[] = [
  {
    offerId: 'contoso-gdc-app',
    name: 'Contoso Graph Data Connect app',
    plans: [{ planId: 'standard', name: 'Standard', version: '1.0.0' }, { planId: 'premium', name: 'Premium', version: '1.2.0' }, { planId: 'enterprise', name: 'Enterprise', version: '2.0.0' }],
  },
  { offerId: 'contoso-other-app', name: 'Contoso other app', plans: [{ planId: 'basic', name: 'Basic', version: '2.0.0' }] },
];

export const newEtag = (): string => `"${randomBytes(8).toString('hex')}"`;

function number(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function scenarioOf(raw: Record<string, unknown>): PartnerCenterScenario {
  return {
    pageSize: Math.max(1, number(raw.pageSize, 2)),
    processingPolls: number(raw.processingPolls, 1),
    processFailure: Array.isArray(raw.processFailure) ? (raw.processFailure as PcValidationItem[]) : undefined,
    certificationPolls: number(raw.certificationPolls, 1),
    certification: raw.certification === 'fail' ? 'fail' : 'pass',
    publishPolls: number(raw.publishPolls, 1),
    interleaveConfigurationEdit: raw.interleaveConfigurationEdit === true,
  };
}

function configurationFor(id: string, version: string | undefined, packageId: string | undefined): Record<string, unknown> {
  return {
    resourceType: MANAGED_APP_CONFIGURATION,
    id,
    ...(version ? { version } : {}),
    allowJitAccess: false,
    canEnableCustomerActions: false,
    allowedCustomerActions: [],
    publicAzureTenantID: '0b4d2f6a-8c1e-4a3b-9d5f-7e2c4a6b8d10',
    publicAzureAuthorizations: [{ principalID: '1c5e3a7b-9d2f-4b4c-8e6a-0f3d5b7c9e21', roleDefinitionID: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' }],
    policies: [],
    packageReferences: packageId ? [{ type: 'AzureApplicationPackage', value: packageId }] : [],
  };
}

/** A package processed long ago, which a live plan references. */
function seedPackage(world: PartnerCenterWorld, productId: string): string {
  const id = randomUUID();
  world.packages.set(id, {
    productId, signature: randomBytes(24).toString('base64url'), pollsLeft: 0, etag: newEtag(),
    resource: { resourceType: 'AzureApplicationPackage', id, fileName: 'app.zip', state: 'Processed', isEmpty: false, fileSize: 4096, validationItems: [] },
  });
  return id;
}

function seedProduct(world: PartnerCenterWorld, seed: PcOfferSeed, timeIso: string): void {
  const product: PcProduct = { id: randomUUID(), offerId: seed.offerId, name: seed.name ?? seed.offerId, variants: [], branches: [] };
  const instance = () => {
    const id = randomUUID();
    world.instances.add(id);
    return id;
  };
  for (const module of ['Listing', 'Property', 'Availability'] as const) product.branches.push({ id: randomUUID(), module, currentDraftInstanceId: instance() });
  const published: { variantID: string; resources: { type: string; value: string }[] }[] = [];
  for (const plan of seed.plans) {
    const variant: PcVariant = { id: randomUUID(), planId: plan.planId, friendlyName: plan.name ?? plan.planId };
    product.variants.push(variant);
    const draft = randomUUID();
    const packageId = plan.version ? seedPackage(world, product.id) : undefined;
    world.configurations.set(draft, { resource: configurationFor(draft, plan.version, packageId), etag: newEtag() });
    product.branches.push({ id: randomUUID(), module: 'Package', variantId: variant.id, currentDraftInstanceId: draft });
    for (const module of ['Listing', 'Availability'] as const) product.branches.push({ id: randomUUID(), module, variantId: variant.id, currentDraftInstanceId: instance() });
    if (plan.version) {
      // The version is live: a published submission holds a frozen copy of the configuration.
      const live = randomUUID();
      world.configurations.set(live, { resource: configurationFor(live, plan.version, packageId), etag: newEtag() });
      published.push({ variantID: variant.id, resources: [{ type: 'Package', value: live }] });
    }
  }
  world.products.push(product);
  if (published.length > 0) {
    world.submissions.push({
      productId: product.id,
      pollsLeft: 0,
      validations: [],
      reports: [],
      resource: {
        resourceType: 'Submission', id: String(1000 + world.submissions.length), state: 'Published', substate: 'InStore',
        targets: [{ type: 'Scope', value: 'live' }], resources: [], variantResources: published, publishedTimeInUtc: timeIso,
        releaseNumber: 1, friendlyName: 'Submission 1', areResourcesReady: true,
      },
    });
  }
}

const WORLD_KEY = 'world';

/** The Partner Center world of a stand-in, seeded on first use from its scenario config. */
export function partnerCenterWorld(state: StandInState, context?: StandInContext): PartnerCenterWorld {
  const holder = state.collection<PartnerCenterWorld>('partner-center');
  const found = holder.get(WORLD_KEY);
  if (found) return found;
  const raw = (context?.config.scenario['partner-center'] ?? {}) as Record<string, unknown>;
  const world: PartnerCenterWorld = {
    scenario: scenarioOf(raw),
    products: [],
    configurations: new Map(),
    instances: new Set(),
    packages: new Map(),
    submissions: [],
  };
  const offers = Array.isArray(raw.offers) ? (raw.offers as PcOfferSeed[]) : DEFAULT_OFFERS;
  const now = new Date(context?.now() ?? Date.now()).toISOString();
  for (const offer of offers) seedProduct(world, offer, now);
  holder.set(WORLD_KEY, world);
  return world;
}
