import { zipSync } from 'fflate';
import { request } from 'node:https';
import { startStandIn, type StandIn } from '../stand-in/index.js';
import { partnerCenterWorld } from '../stand-in/routes/partner-center-world.js';
import { IngestionContract } from './helpers/ingestion-openapi.js';
import { armToken, call, type Reply } from './helpers/stand-in-client.js';

// The stand-in's Partner Center ingestion routes, called directly: every success reply is
// checked against the response schema of the public OpenAPI document.
const contract = new IngestionContract();
let standIn: StandIn;
let token: string;
const PC = '/partner-center/v1.0/ingestion';
const TRACKING = 'pid-3f2504e0-4f89-41d3-9a0c-0305e82c3301-partnercenter';

beforeAll(async () => {
  standIn = await startStandIn();
  token = await armToken(standIn, `${standIn.env.MAPP_PARTNER_CENTER_ENDPOINT}/.default`);
});
afterAll(async () => {
  await standIn?.stop();
});

/** Calls a route and checks a success reply against `template` in the document. */
async function pc(method: string, path: string, template: string, body?: unknown, headers?: Record<string, string>): Promise<Reply> {
  const reply = await call(standIn, method, `${PC}${path}`, { token, body, headers });
  if (reply.status >= 200 && reply.status < 300) expect(contract.check(method, template, reply.status, reply.json)).toEqual([]);
  return reply;
}

function appZip(resources: unknown[]): Buffer {
  const template = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources };
  return Buffer.from(zipSync({ 'mainTemplate.json': new TextEncoder().encode(JSON.stringify(template)), 'createUiDefinition.json': new TextEncoder().encode('{}') }));
}

function putBlob(sasUri: string, data: Buffer, blobType = 'BlockBlob'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(sasUri, { method: 'PUT', ca: standIn.ca, agent: false, headers: { 'x-ms-blob-type': blobType, 'content-length': String(data.length) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function offer(offerId = 'contoso-gdc-app') {
  const filter = encodeURIComponent(`ExternalIDs/Any(i:i/Type eq 'AzureOfferId' and i/Value eq '${offerId}')`);
  const products = await pc('GET', `/products?$filter=${filter}`, '/products');
  expect(products.status).toBe(200);
  return products.json.value[0].id as string;
}

async function uploadAndProcess(productId: string, zip: Buffer) {
  const created = await pc('POST', `/products/${productId}/packages`, '/products/{productID}/packages', { resourceType: 'AzureApplicationPackage', fileName: 'app.zip' });
  expect(created.status).toBe(201);
  expect(created.json).toMatchObject({ state: 'PendingUpload', resourceType: 'AzureApplicationPackage' });
  expect(await putBlob(created.json.fileSasUri, zip)).toBe(201);
  const marked = await pc('PUT', `/products/${productId}/packages/${created.json.id}`, '/products/{productID}/packages/{packageID}', { ...created.json, state: 'Uploaded' });
  expect(marked.json.state).toBe('InProcessing');
  let state = marked.json;
  for (let i = 0; i < 5 && state.state === 'InProcessing'; i++) state = (await pc('GET', `/products/${productId}/packages/${created.json.id}`, '/products/{productID}/packages/{packageID}')).json;
  return state;
}

test('products are found by offer id, plans page through @odata.nextLink, and errors carry a code', async () => {
  const productId = await offer();
  const first = await pc('GET', `/products/${productId}/variants`, '/products/{productID}/variants');
  expect(first.json.value).toHaveLength(2);
  expect(first.json['@odata.nextLink']).toMatch(/^v1\.0\/ingestion\/products\/.+\/variants\?%24skipToken=2$/);
  const second = await pc('GET', `/${first.json['@odata.nextLink'].slice('v1.0/ingestion/'.length)}`, '/products/{productID}/variants');
  expect(second.json.value.map((v: { externalID: string }) => v.externalID)).toEqual(['enterprise']);
  const branches = await pc('GET', `/products/${productId}/branches/getByModule(module=Package)`, '/products/{productID}/branches/getByModule(module={module})');
  expect(branches.json.value.every((b: { variantID?: string }) => b.variantID)).toBe(true);
  const missing = await call(standIn, 'GET', `${PC}/products/00000000-0000-4000-8000-000000000000`, { token });
  expect(missing.status).toBe(404);
  expect(missing.json).toMatchObject({ code: 'resourceNotFound' });
  const anonymous = await call(standIn, 'GET', `${PC}/products`);
  expect(anonymous.status).toBe(401);
});

test('a package is uploaded to its SAS URI, processed, referenced by the plan with If-Match, submitted and promoted', async () => {
  const productId = await offer();
  const standard = (await call(standIn, 'GET', `${PC}/products/${productId}/variants?%24skipToken=0`, { token })).json.value.find((v: { externalID: string }) => v.externalID === 'standard');
  const processed = await uploadAndProcess(productId, appZip([{ type: 'Microsoft.Resources/deployments', apiVersion: '2021-04-01', name: TRACKING, properties: { mode: 'Incremental', template: {} } }]));
  expect(processed).toMatchObject({ state: 'Processed', validationItems: [] });

  const branches = (await call(standIn, 'GET', `${PC}/products/${productId}/branches/getByModule(module=Package)`, { token })).json.value;
  const instance = branches.find((b: { variantID: string }) => b.variantID === standard.id).currentDraftInstanceID;
  const read = await pc('GET', `/products/${productId}/packageConfigurations/getByInstanceID(instanceID=${instance})`, '/products/{productID}/packageConfigurations/getByInstanceID(instanceID={instanceID})');
  const configuration = read.json.value[0];
  const next = { ...configuration, version: '1.1.0', packageReferences: [{ type: 'AzureApplicationPackage', value: processed.id }] };
  const stale = await call(standIn, 'PUT', `${PC}/products/${productId}/packageconfigurations/${configuration.id}`, { token, body: next, headers: { 'if-match': '"stale"' } });
  expect(stale.status).toBe(409);
  expect(stale.json.code).toBe('conflict');
  const put = await pc('PUT', `/products/${productId}/packageconfigurations/${configuration.id}`, '/products/{productID}/packageconfigurations/{packageConfigurationID}', next, { 'if-match': configuration['@odata.etag'] });
  expect(put.status).toBe(200);
  expect(put.json.version).toBe('1.1.0');
  expect(put.headers.etag).not.toBe(configuration['@odata.etag']);

  const request = { resourceType: 'SubmissionCreationRequest', targets: [{ type: 'Scope', value: 'preview' }], resources: [], variantResources: [{ variantID: standard.id, resources: [{ type: 'Package', value: instance }] }] };
  const created = await pc('POST', `/products/${productId}/submissions`, '/products/{productID}/submissions', request);
  expect(created.json).toMatchObject({ state: 'InProgress', substate: 'Submitted' });
  const early = await call(standIn, 'POST', `${PC}/products/${productId}/submissions/${created.json.id}/promote`, { token });
  expect(early.status).toBe(409);
  const ready = await pc('GET', `/products/${productId}/submissions/${created.json.id}`, '/products/{productID}/submissions/{submissionID}');
  const settled = ready.json.substate === 'ReadyToPublish' ? ready : await pc('GET', `/products/${productId}/submissions/${created.json.id}`, '/products/{productID}/submissions/{submissionID}');
  expect(settled.json.substate).toBe('ReadyToPublish');
  await pc('GET', `/products/${productId}/submissions/${created.json.id}/reports`, '/products/{productID}/submissions/{submissionID}/reports');
  const promoted = await pc('POST', `/products/${productId}/submissions/${created.json.id}/promote`, '/products/{productID}/submissions/{submissionID}/promote');
  expect(promoted.json.targetEnvironment).toBe('live');
  let live = settled.json;
  for (let i = 0; i < 3 && live.state !== 'Published'; i++) live = (await pc('GET', `/products/${productId}/submissions/${created.json.id}`, '/products/{productID}/submissions/{submissionID}')).json;
  expect(live).toMatchObject({ state: 'Published', substate: 'InStore' });
  const list = await pc('GET', `/products/${productId}/submissions`, '/products/{productID}/submissions');
  expect(list.json.value.length).toBeGreaterThan(0);
  // The submitted draft was frozen: the plan has a fresh draft instance with the same values.
  const after = (await call(standIn, 'GET', `${PC}/products/${productId}/branches/getByModule(module=Package)`, { token })).json.value.find((b: { variantID: string }) => b.variantID === standard.id);
  expect(after.currentDraftInstanceID).not.toBe(instance);
});

test.each([
  ['no tracking resource', [], 'missingTrackingId'],
  ['a malformed tracking resource', [{ type: 'Microsoft.Resources/deployments', apiVersion: '2021-04-01', name: 'pid-not-a-guid-partnercenter', properties: {} }], 'invalidTrackingId'],
])('processing fails with the reasons for %s', async (_name, resources, code) => {
  const productId = await offer();
  const failed = await uploadAndProcess(productId, appZip(resources));
  expect(failed.state).toBe('ProcessFailed');
  expect(failed.validationItems).toEqual([expect.objectContaining({ errorCode: code, severity: 'Error' })]);
});

test('a wrong SAS signature is refused, and the scenario can force processing failures', async () => {
  const productId = await offer();
  const created = await call(standIn, 'POST', `${PC}/products/${productId}/packages`, { token, body: { resourceType: 'AzureApplicationPackage', fileName: 'app.zip' } });
  expect(await putBlob(created.json.fileSasUri.replace(/sig=[^&]+/, 'sig=forged'), appZip([]))).toBe(403);
  expect(await putBlob(created.json.fileSasUri, appZip([]), 'AppendBlob')).toBe(400);
  const world = partnerCenterWorld(standIn.state);
  world.scenario.processFailure = [{ errorCode: 'virusScanFailed', severity: 'Error', message: 'The package failed the malware scan.', resource: 'Package' }];
  try {
    const failed = await uploadAndProcess(productId, appZip([{ type: 'Microsoft.Resources/deployments', name: TRACKING }]));
    expect(failed.validationItems[0].errorCode).toBe('virusScanFailed');
  } finally {
    world.scenario.processFailure = undefined;
  }
});

test('the contract check itself rejects replies that break the schemas', () => {
  expect(contract.check('GET', '/products/{productID}/packages/{packageID}', 200, { state: 'Finished' })).not.toEqual([]);
  expect(contract.check('GET', '/products/{productID}/submissions/{submissionID}', 200, { substate: 'Done', releaseNumber: 'one' })).toHaveLength(2);
  expect(contract.check('GET', '/products/{productID}/variants', 200, { value: [{ resourceType: 'AzureSkuVariant', state: 'Paused' }] })).not.toEqual([]);
});
