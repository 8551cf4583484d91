import { randomBytes, randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { parseJson } from '../../shared/json/parse-json.js';
import type { StandInContext } from '../context.js';
import type { Route, StandInReply, StandInRequest } from '../router.js';
import { failPc, findProduct, INGESTION, objectBody, page, pcWorld, withEtag } from './partner-center-common.js';
import { newEtag, partnerCenterWorld, type PartnerCenterWorld, type PcPackage, type PcValidationItem } from './partner-center-world.js';

/** SAS upload URLs point at the stand-in itself: `/<account>/<container>/<blob>` (path-style, as storage clients expect for an IP host). */
const BLOB_ACCOUNT = 'pcingestion';
const BLOB_CONTAINER = 'packages';
const TRACKING = /^pid-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-partnercenter$/i;

function item(errorCode: string, message: string): PcValidationItem {
  return { errorCode, severity: 'Error', message, resource: 'Package' };
}

/** What Partner Center would object to in an uploaded Azure Application package. */
export function inspectPackage(zip: Buffer | undefined): PcValidationItem[] {
  if (!zip) return [item('packageNotUploaded', 'No file was uploaded to the package SAS URI before it was marked Uploaded.')];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(zip));
  } catch {
    return [item('invalidPackageFormat', 'The package is not a valid .zip file.')];
  }
  const problems: PcValidationItem[] = [];
  for (const name of ['mainTemplate.json', 'createUiDefinition.json']) {
    if (!files[name]) problems.push(item('missingRequiredFile', `The package must contain ${name} at the root of the zip.`));
  }
  const template = files['mainTemplate.json'];
  if (!template) return problems;
  let resources: unknown[] = [];
  try {
    const parsed = parseJson(new TextDecoder().decode(template).replace(/^\uFEFF/, '')) as { resources?: unknown };
    resources = Array.isArray(parsed.resources) ? parsed.resources : [];
  } catch {
    return [...problems, item('invalidTemplate', 'mainTemplate.json is not valid JSON.')];
  }
  const names = resources
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && String((r as Record<string, unknown>).type).toLowerCase() === 'microsoft.resources/deployments')
    .map((r) => String(r.name ?? ''))
    .filter((name) => /^pid-/i.test(name));
  if (names.length === 0) {
    problems.push(item('missingTrackingId', 'mainTemplate.json has no Microsoft.Resources/deployments resource named pid-<GUID>-partnercenter: add the customer usage attribution tracking resource.'));
  } else if (!names.some((name) => TRACKING.test(name))) {
    problems.push(item('invalidTrackingId', `The customer usage attribution resource '${names[0]}' is malformed: its name must be pid-<GUID>-partnercenter.`));
  }
  return problems;
}

function stored(world: PartnerCenterWorld, request: StandInRequest): PcPackage {
  const product = findProduct(world, request.params.productID!);
  const pkg = world.packages.get(request.params.packageID!.toLowerCase());
  if (!pkg || pkg.productId !== product.id) failPc(404, 'resourceNotFound', `Package '${request.params.packageID}' was not found in product '${product.id}'.`);
  return pkg;
}

/** Settles processing once the client has polled enough. */
function advance(world: PartnerCenterWorld, pkg: PcPackage): void {
  if (pkg.resource.state !== 'InProcessing') return;
  if (pkg.pollsLeft-- > 0) return;
  const problems = world.scenario.processFailure ?? inspectPackage(pkg.blob);
  pkg.resource = { ...pkg.resource, state: problems.length > 0 ? 'ProcessFailed' : 'Processed', validationItems: problems };
  pkg.etag = newEtag();
}

function createPackage(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  const product = findProduct(world, request.params.productID!);
  const body = objectBody(request);
  if (body.resourceType !== 'AzureApplicationPackage') failPc(400, 'invalidResourceType', `resourceType must be AzureApplicationPackage for an Azure Application offer; got '${String(body.resourceType)}'.`);
  if (typeof body.fileName !== 'string' || !/\.zip$/i.test(body.fileName)) failPc(400, 'invalidFileName', 'fileName must name a .zip file.');
  const id = randomUUID();
  const signature = randomBytes(24).toString('base64url');
  const expiry = new Date(context.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const sas = new URLSearchParams({ sv: '2020-08-04', sr: 'b', sp: 'cw', se: expiry, sig: signature });
  const fileSasUri = `${context.urls.origin}/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/${id}/${encodeURIComponent(body.fileName)}?${sas.toString()}`;
  const pkg: PcPackage = {
    productId: product.id,
    signature,
    pollsLeft: 0,
    etag: newEtag(),
    resource: { resourceType: 'AzureApplicationPackage', id, fileName: body.fileName, fileSasUri, state: 'PendingUpload', isEmpty: true, validationItems: [] },
  };
  world.packages.set(id, pkg);
  return { ...withEtag(pkg.resource, pkg.etag), status: 201 };
}

function updatePackage(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  const pkg = stored(world, request);
  const body = objectBody(request);
  const ifMatch = request.headers['if-match'] ?? (typeof body['@odata.etag'] === 'string' ? body['@odata.etag'] : undefined);
  if (ifMatch && ifMatch !== '*' && ifMatch !== pkg.etag) failPc(409, 'conflict', `The package was modified since it was read: ETag ${ifMatch} does not match the current ${pkg.etag}.`);
  const state = body.state ?? body.State;
  if (state === 'Uploaded') {
    if (pkg.resource.state !== 'PendingUpload') failPc(409, 'invalidState', `The package is ${String(pkg.resource.state)}; only a PendingUpload package can be marked Uploaded.`);
    pkg.resource = { ...pkg.resource, state: 'InProcessing', isEmpty: !pkg.blob, fileSize: pkg.blob?.length ?? 0 };
    pkg.pollsLeft = world.scenario.processingPolls;
  }
  pkg.etag = newEtag();
  return withEtag(pkg.resource, pkg.etag);
}

function uploadBlob(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorldUnauthenticated(context);
  const pkg = world.packages.get(request.params.packageID!.toLowerCase());
  const xml = (status: number, code: string, message: string): StandInReply => ({
    status,
    headers: { 'content-type': 'application/xml', 'x-ms-error-code': code },
    body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  });
  if (!pkg || request.query.get('sig') !== pkg.signature) return xml(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.');
  if (String(request.headers['x-ms-blob-type'] ?? '') !== 'BlockBlob') return xml(400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type.');
  if (pkg.resource.state !== 'PendingUpload') return xml(409, 'BlobImmutableDueToPolicy', 'The package was already marked uploaded; its blob cannot change.');
  pkg.blob = Buffer.from(request.body);
  const now = new Date(context.now()).toUTCString();
  return { status: 201, headers: { etag: `"0x${randomBytes(7).toString('hex').toUpperCase()}"`, 'last-modified': now, date: now, 'x-ms-request-server-encrypted': 'true', 'x-ms-version': '2020-08-04' } };
}

/** The blob endpoint is authorised by the SAS signature alone, as Azure Storage is. */
function pcWorldUnauthenticated(context: StandInContext): PartnerCenterWorld {
  return partnerCenterWorld(context.state, context);
}

export function packageRoutes(): Route[] {
  const product = `${INGESTION}/products/{productID}`;
  return [
    {
      method: 'GET', pattern: `${product}/packages`, name: 'partnerCenter.packages.list',
      handler: (request, context) => {
        const world = pcWorld(request, context);
        const id = findProduct(world, request.params.productID!).id;
        return page(request, world, [...world.packages.values()].filter((p) => p.productId === id).map((p) => ({ ...p.resource, '@odata.etag': p.etag })));
      },
    },
    { method: 'POST', pattern: `${product}/packages`, name: 'partnerCenter.packages.create', handler: createPackage },
    {
      method: 'GET', pattern: `${product}/packages/{packageID}`, name: 'partnerCenter.packages.get',
      handler: (request, context) => {
        const world = pcWorld(request, context);
        const pkg = stored(world, request);
        advance(world, pkg);
        return withEtag(pkg.resource, pkg.etag);
      },
    },
    { method: 'PUT', pattern: `${product}/packages/{packageID}`, name: 'partnerCenter.packages.update', handler: updatePackage },
    { method: 'PUT', pattern: `/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/{packageID}/{fileName}`, name: 'storage.partnerCenterPackages.putBlob', handler: uploadBlob },
  ];
}

