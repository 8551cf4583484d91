import type { StandInContext } from '../context.js';
import { json } from '../reply.js';
import type { RouteModule, StandInReply, StandInRequest } from '../router.js';
import { failPc, findProduct, INGESTION, objectBody, page, pcWorld, withEtag } from './partner-center-common.js';
import { packageRoutes } from './partner-center-packages.js';
import { submissionRoutes } from './partner-center-submissions.js';
import { MANAGED_APP_CONFIGURATION, newEtag, type PartnerCenterWorld, type PcProduct } from './partner-center-world.js';

const PRODUCT = `${INGESTION}/products/{productID}`;
const OFFER_FILTER = /ExternalIDs\/Any\(i:i\/Type eq 'AzureOfferId' and i\/Value eq '((?:[^']|'')*)'\)/i;

function productResource(product: PcProduct): Record<string, unknown> {
  return {
    resourceType: 'AzureApplication', id: product.id, name: product.name, isModularPublishing: true,
    externalIDs: [{ type: 'AzureOfferId', value: product.offerId }],
  };
}

function listProducts(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  const filter = request.query.get('$filter');
  let products = world.products;
  if (filter) {
    const match = OFFER_FILTER.exec(filter);
    if (!match) failPc(400, 'invalidFilter', `The stand-in understands only $filter=ExternalIDs/Any(i:i/Type eq 'AzureOfferId' and i/Value eq '<offer id>'); got '${filter}'.`);
    const offerId = match[1]!.replace(/''/g, "'");
    products = products.filter((p) => p.offerId === offerId);
  }
  return page(request, world, products.map(productResource));
}

/** `getByModule(module=Package)`, `getByInstanceID(instanceID=...)`: the value inside, or a 404. */
function functionArgument(segment: string, name: string, argument: string): string {
  const match = new RegExp(`^${name}\\(${argument}=([^)]*)\\)$`, 'i').exec(segment);
  if (!match) failPc(404, 'resourceNotFound', `Unknown function '${segment}'; expected ${name}(${argument}=...).`);
  return match[1]!;
}

function branches(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  const product = findProduct(world, request.params.productID!);
  const module = functionArgument(request.params.fn!, 'getByModule', 'module');
  const found = product.branches.filter((b) => b.module.toLowerCase() === module.toLowerCase());
  return page(request, world, found.map((b) => ({
    resourceType: 'Branch', id: b.id, friendlyName: 'Draft', type: 'Main', module: b.module, currentDraftInstanceID: b.currentDraftInstanceId,
    ...(b.variantId ? { variantID: b.variantId } : {}),
  })));
}

/** GET `packageConfigurations/getByInstanceID(instanceID=...)` (a page) or `packageconfigurations/{id}` (one). */
function getConfiguration(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  findProduct(world, request.params.productID!);
  const segment = request.params.segment!;
  if (/^getByInstanceID\(/i.test(segment)) {
    const instanceId = functionArgument(segment, 'getByInstanceID', 'instanceID');
    const stored = world.configurations.get(instanceId);
    if (!stored) failPc(404, 'resourceNotFound', `No package configuration has instance id '${instanceId}'.`);
    return page(request, world, [{ ...stored.resource, '@odata.etag': stored.etag }]);
  }
  const stored = world.configurations.get(segment);
  if (!stored) failPc(404, 'resourceNotFound', `Package configuration '${segment}' was not found.`);
  return withEtag(stored.resource, stored.etag);
}

function referencedPackagesProcessed(world: PartnerCenterWorld, productId: string, body: Record<string, unknown>): void {
  const references = Array.isArray(body.packageReferences) ? (body.packageReferences as { type?: unknown; value?: unknown }[]) : [];
  for (const reference of references) {
    const pkg = world.packages.get(String(reference.value ?? '').toLowerCase());
    if (!pkg || pkg.productId !== productId) failPc(400, 'invalidPackageReference', `Package '${String(reference.value)}' does not exist in this product.`);
    if (pkg.resource.state !== 'Processed') failPc(400, 'invalidPackageReference', `Package '${String(reference.value)}' is ${String(pkg.resource.state)}; only a Processed package can be referenced.`);
  }
}

function putConfiguration(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  const product = findProduct(world, request.params.productID!);
  const id = request.params.packageConfigurationID!;
  const stored = world.configurations.get(id);
  const isDraft = product.branches.some((b) => b.module === 'Package' && b.currentDraftInstanceId === id);
  if (!stored || !isDraft) failPc(404, 'resourceNotFound', `Package configuration '${id}' is not a draft of product '${product.id}'.`);
  const ifMatch = request.headers['if-match'];
  if (typeof ifMatch !== 'string' || ifMatch === '') failPc(400, 'missingIfMatch', 'The If-Match header is required: send the @odata.etag read with the configuration.');
  if (world.scenario.interleaveConfigurationEdit) {
    // Someone edits the plan in Partner Center between this client's read and its write.
    world.scenario.interleaveConfigurationEdit = false;
    stored.resource = { ...stored.resource, allowJitAccess: !stored.resource.allowJitAccess };
    stored.etag = newEtag();
  }
  if (ifMatch !== '*' && ifMatch !== stored.etag) {
    failPc(409, 'conflict', `The package configuration was modified since it was read: If-Match ${ifMatch} does not match the current ETag ${stored.etag}.`);
  }
  const body = objectBody(request);
  if (body.resourceType !== MANAGED_APP_CONFIGURATION) failPc(400, 'invalidResourceType', `resourceType must be ${MANAGED_APP_CONFIGURATION} for a managed application plan.`);
  if (typeof body.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(body.version)) failPc(400, 'invalidVersion', `version must be <major>.<minor>.<patch>; got '${String(body.version)}'.`);
  referencedPackagesProcessed(world, product.id, body);
  const { '@odata.etag': _ignored, ...resource } = body;
  stored.resource = { ...resource, id };
  stored.etag = newEtag();
  return withEtag(stored.resource, stored.etag);
}

export const partnerCenterModule: RouteModule = {
  name: 'partner-center',
  routes: () => [
    { method: 'GET', pattern: `${INGESTION}/products`, name: 'partnerCenter.products.list', handler: listProducts },
    {
      method: 'GET', pattern: PRODUCT, name: 'partnerCenter.products.get',
      handler: (request, context) => json(200, productResource(findProduct(pcWorld(request, context), request.params.productID!))),
    },
    {
      method: 'GET', pattern: `${PRODUCT}/variants`, name: 'partnerCenter.variants.list',
      handler: (request, context) => {
        const world = pcWorld(request, context);
        const product = findProduct(world, request.params.productID!);
        return page(request, world, product.variants.map((v) => ({
          resourceType: 'AzureSkuVariant', id: v.id, friendlyName: v.friendlyName, externalID: v.planId, state: 'Active', '@odata.etag': `"${v.id.slice(0, 8)}"`,
        })));
      },
    },
    { method: 'GET', pattern: `${PRODUCT}/branches/{fn}`, name: 'partnerCenter.branches.getByModule', handler: branches },
    { method: 'GET', pattern: `${PRODUCT}/packageconfigurations/{segment}`, name: 'partnerCenter.packageConfigurations.get', handler: getConfiguration },
    { method: 'PUT', pattern: `${PRODUCT}/packageconfigurations/{packageConfigurationID}`, name: 'partnerCenter.packageConfigurations.put', handler: putConfiguration },
    ...packageRoutes(),
    ...submissionRoutes(),
  ],
};

