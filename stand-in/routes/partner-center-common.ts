import { requireBearer } from '../auth.js';
import type { StandInContext } from '../context.js';
import { json } from '../reply.js';
import { ReplyError, type StandInReply, type StandInRequest } from '../router.js';
import { PARTNER_CENTER_PATH } from '../urls.js';
import { partnerCenterWorld, type PartnerCenterWorld, type PcProduct } from './partner-center-world.js';

/** Route patterns are `INGESTION + '/products/...'`. */
export const INGESTION = `${PARTNER_CENTER_PATH}/v1.0/ingestion`;

/** Partner Center's error body: `{"code", "message", "details"}`. */
export function failPc(status: number, code: string, message: string): never {
  throw new ReplyError({ status, body: { code, message, details: [] } });
}

/** Checks the bearer token (Partner Center audiences) and returns the world. */
export function pcWorld(request: StandInRequest, context: StandInContext): PartnerCenterWorld {
  const endpoint = context.urls.partnerCenterEndpoint;
  requireBearer(request, context, [endpoint, `${endpoint}/`, 'https://api.partner.microsoft.com', 'https://api.partner.microsoft.com/']);
  return partnerCenterWorld(context.state, context);
}

export function findProduct(world: PartnerCenterWorld, productId: string): PcProduct {
  const product = world.products.find((p) => p.id.toLowerCase() === productId.toLowerCase());
  if (!product) failPc(404, 'resourceNotFound', `Product '${productId}' was not found, or you do not have access to it.`);
  return product;
}

/** A JSON object body, or a 400. */
export function objectBody(request: StandInRequest): Record<string, unknown> {
  const body = request.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) failPc(400, 'invalidRequest', 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/**
 * One page of a listing: `$skipToken` is the offset; a further page is linked by
 * `@odata.nextLink`, relative to the API root (`v1.0/ingestion/...`), as the service does.
 */
export function page(request: StandInRequest, world: PartnerCenterWorld, items: readonly unknown[]): StandInReply {
  const offset = Number(request.query.get('$skipToken') ?? '0') || 0;
  const size = world.scenario.pageSize;
  const value = items.slice(offset, offset + size);
  const body: Record<string, unknown> = { value };
  if (offset + size < items.length) {
    const query = new URLSearchParams(request.query);
    query.set('$skipToken', String(offset + size));
    body['@odata.nextLink'] = `${request.path.slice(PARTNER_CENTER_PATH.length + 1)}?${query.toString()}`;
  }
  return json(200, body);
}

export function withEtag(resource: Record<string, unknown>, etag: string): StandInReply {
  return json(200, { ...resource, '@odata.etag': etag }, { etag });
}
