import type { TokenCredential } from '@azure/core-auth';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpClient,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import { parseJson } from '../../json/parse-json.js';
import { TOOL_VERSION } from '../../tool-info.js';
import type { AzureCloudDescription } from '../cloud.js';
import { partnerCenterErrorOf } from './ingestion-error.js';
import type {
  AzurePackage,
  Branch,
  BranchModule,
  CertificationReport,
  ManagedAppPackageConfiguration,
  PagedCollection,
  Product,
  Submission,
  SubmissionCreationRequest,
  ValidationItem,
  Variant,
  WorkflowDetail,
} from './ingestion-types.js';

/** Path of the ingestion API under the cloud's Partner Center endpoint. */
export const INGESTION_PATH = '/v1.0/ingestion';
/** Retries after 429/503 (honouring Retry-After) and transient failures, before an error surfaces. */
const MAX_RETRIES = 8;
/** Pages followed before a listing is considered runaway. */
const MAX_PAGES = 200;

export interface PartnerCenterClientOptions {
  /** Base delay of the exponential retries (those without Retry-After), ms. */
  readonly retryDelayMs?: number;
}

/**
 * A small typed client for the Partner Center ingestion API v1: the retrying pipeline of
 * `@azure/core-rest-pipeline` (Retry-After honoured on 429 and 503), a bearer token for the
 * cloud's Partner Center scope, `@odata.nextLink` paging, and errors carrying the API's code.
 */
export class PartnerCenterClient {
  private readonly pipeline: Pipeline;
  private readonly http: HttpClient = createDefaultHttpClient();
  private readonly base: string;

  constructor(
    credential: TokenCredential,
    private readonly cloud: AzureCloudDescription,
    options: PartnerCenterClientOptions = {},
  ) {
    this.pipeline = createPipelineFromOptions({
      userAgentOptions: { userAgentPrefix: `mapp/${TOOL_VERSION}` },
      retryOptions: { maxRetries: MAX_RETRIES, retryDelayInMs: options.retryDelayMs ?? 800 },
    });
    this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: cloud.partnerCenterScope }));
    this.base = `${cloud.partnerCenterEndpoint}${INGESTION_PATH}`;
  }

  /** Sends one request; returns the parsed JSON body and the ETag header. */
  private async send<T>(method: string, url: string, operation: string, body?: unknown, ifMatch?: string): Promise<{ body: T; etag?: string }> {
    const headers = createHttpHeaders({ accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', 'application/json');
    if (ifMatch !== undefined) headers.set('if-match', ifMatch);
    const request = createPipelineRequest({ url, method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const response = await this.pipeline.sendRequest(this.http, request);
    if (response.status < 200 || response.status >= 300) throw partnerCenterErrorOf(response.status, response.bodyAsText ?? undefined, operation);
    const text = response.bodyAsText ?? '';
    return { body: (text ? parseJson(text) : undefined) as T, etag: response.headers.get('etag') };
  }

  private url(path: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.base}${path}${search ? `?${search}` : ''}`;
  }

  /**
   * Resolves a next link: absolute, or relative to the endpoint (the service sends
   * `v1.0/ingestion/...?$skipToken=...`). A link to another origin is refused, so the token
   * never goes anywhere but the Partner Center endpoint.
   */
  private resolveNextLink(link: string): string {
    const endpoint = new URL(`${this.cloud.partnerCenterEndpoint}/`);
    const resolved = link.startsWith('/') && !link.startsWith(INGESTION_PATH) ? new URL(link, endpoint.origin) : new URL(link.startsWith(INGESTION_PATH) ? link.slice(1) : link, endpoint);
    if (resolved.origin !== endpoint.origin) throw new Error(`Partner Center returned a next link to another origin (${resolved.origin}); refusing to follow it.`);
    return resolved.toString();
  }

  /** Every item of a paged listing, following next links. */
  private async list<T>(url: string, operation: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = url;
    for (let page = 0; next; page++) {
      if (page >= MAX_PAGES) throw new Error(`${operation}: more than ${MAX_PAGES} pages; stopping.`);
      const reply: { body: PagedCollection<T> | undefined } = await this.send<PagedCollection<T> | undefined>('GET', next, operation);
      items.push(...(reply.body?.value ?? []));
      const link: string | undefined = reply.body?.['@odata.nextLink'] ?? reply.body?.nextLink;
      next = link ? this.resolveNextLink(link) : undefined;
    }
    return items;
  }

  /** Products whose external id `AzureOfferId` is the offer id. */
  productsByOfferId(offerId: string): Promise<Product[]> {
    const quoted = offerId.replace(/'/g, "''");
    return this.list<Product>(this.url('/products', { $filter: `ExternalIDs/Any(i:i/Type eq 'AzureOfferId' and i/Value eq '${quoted}')` }), 'List products');
  }

  variants(productId: string): Promise<Variant[]> {
    return this.list<Variant>(this.url(`/products/${encodeURIComponent(productId)}/variants`), 'List plans (variants)');
  }

  branches(productId: string, module: BranchModule): Promise<Branch[]> {
    return this.list<Branch>(this.url(`/products/${encodeURIComponent(productId)}/branches/getByModule(module=${module})`), `List ${module} branches`);
  }

  async createPackage(productId: string, fileName: string): Promise<AzurePackage> {
    const body = { resourceType: 'AzureApplicationPackage', fileName };
    return (await this.send<AzurePackage>('POST', this.url(`/products/${encodeURIComponent(productId)}/packages`), 'Create package', body)).body;
  }

  async getPackage(productId: string, packageId: string): Promise<AzurePackage> {
    return (await this.send<AzurePackage>('GET', this.url(`/products/${encodeURIComponent(productId)}/packages/${encodeURIComponent(packageId)}`), 'Read package')).body;
  }

  async updatePackage(productId: string, pkg: AzurePackage): Promise<AzurePackage> {
    const url = this.url(`/products/${encodeURIComponent(productId)}/packages/${encodeURIComponent(pkg.id ?? '')}`);
    return (await this.send<AzurePackage>('PUT', url, 'Mark package uploaded', pkg, pkg['@odata.etag'])).body;
  }

  packageConfigurations(productId: string, instanceId: string): Promise<ManagedAppPackageConfiguration[]> {
    const url = this.url(`/products/${encodeURIComponent(productId)}/packageConfigurations/getByInstanceID(instanceID=${encodeURIComponent(instanceId)})`);
    return this.list<ManagedAppPackageConfiguration>(url, 'Read plan technical configuration');
  }

  /** PUT with If-Match: a 409/412 means someone else changed it since it was read. */
  async putPackageConfiguration(productId: string, configuration: ManagedAppPackageConfiguration, etag: string): Promise<ManagedAppPackageConfiguration> {
    const url = this.url(`/products/${encodeURIComponent(productId)}/packageconfigurations/${encodeURIComponent(configuration.id ?? '')}`);
    return (await this.send<ManagedAppPackageConfiguration>('PUT', url, 'Update plan technical configuration', configuration, etag)).body;
  }

  submissions(productId: string): Promise<Submission[]> {
    return this.list<Submission>(this.url(`/products/${encodeURIComponent(productId)}/submissions`), 'List submissions');
  }

  async createSubmission(productId: string, request: SubmissionCreationRequest): Promise<Submission> {
    return (await this.send<Submission>('POST', this.url(`/products/${encodeURIComponent(productId)}/submissions`), 'Create submission', request)).body;
  }

  async getSubmission(productId: string, submissionId: string): Promise<Submission> {
    return (await this.send<Submission>('GET', this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}`), 'Read submission')).body;
  }

  async promoteSubmission(productId: string, submissionId: string): Promise<WorkflowDetail> {
    const url = this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}/promote`);
    return (await this.send<WorkflowDetail>('POST', url, 'Promote submission to live')).body;
  }

  validations(productId: string, submissionId: string): Promise<ValidationItem[]> {
    return this.list<ValidationItem>(this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}/validations`), 'Read submission validations');
  }

  reports(productId: string, submissionId: string): Promise<CertificationReport[]> {
    return this.list<CertificationReport>(this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}/reports`), 'Read certification reports');
  }
}
