import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { createPipelineRequest } from '@azure/core-rest-pipeline';
import { UsageError } from '../commands/usage-error.js';
import type { AzureConnection } from '../azure/connect.js';
import { parseJson } from '../json/parse-json.js';
import { armClientOptions } from '../azure/arm-client-options.js';

/** Where the factory is, and the SDK client that reaches it. */
export interface FactoryTarget {
  readonly client: DataFactoryManagementClient;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly factory: string;
  /** ARM path of the factory: `/subscriptions/.../factories/<name>`. */
  readonly path: string;
}

export const DATA_FACTORY_API_VERSION = '2018-06-01';

/** The Data Factory client of a connection; ARM calls go through its retrying, token-adding pipeline. */
export function factoryClient(connection: AzureConnection, describeSubscription: string): { client: DataFactoryManagementClient; subscriptionId: string } {
  const subscriptionId = connection.subscriptionId;
  if (!subscriptionId) throw new UsageError(`Set ${describeSubscription}: mapp smoke-run needs the subscription of the data factory.`);
  const client = new DataFactoryManagementClient(connection.credential, subscriptionId, armClientOptions(connection));
  return { client, subscriptionId };
}

/** A named factory reached through a client from {@link factoryClient}. */
export function factoryTarget(client: DataFactoryManagementClient, subscriptionId: string, resourceGroup: string, factory: string): FactoryTarget {
  const path = `/subscriptions/${encodeURIComponent(subscriptionId)}/resourceGroups/${encodeURIComponent(resourceGroup)}/providers/Microsoft.DataFactory/factories/${encodeURIComponent(factory)}`;
  return { client, subscriptionId, resourceGroup, factory, path };
}

/** An ARM error reply of the factory, with its code. */
export class FactoryRequestError extends Error {
  override readonly name = 'FactoryRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(`${code} (HTTP ${status}): ${detail}`);
  }
}

/**
 * A raw JSON call through the SDK client's own pipeline (same retries, throttling and token).
 * Deployment uses it because the SDK's models flatten `typeProperties`, while the Git folder's
 * files are the service's wire JSON: sending them as they are is what Data Factory itself does.
 */
export async function factoryRequest(target: FactoryTarget, method: 'GET' | 'PUT' | 'POST', childPath: string, body?: unknown, abortSignal?: AbortSignal): Promise<{ status: number; json: unknown }> {
  const url = `${target.client.$host.replace(/\/$/, '')}${target.path}${childPath}?api-version=${DATA_FACTORY_API_VERSION}`;
  const request = createPipelineRequest({ url, method, abortSignal, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (body !== undefined) request.headers.set('content-type', 'application/json');
  const response = await target.client.sendRequest(request);
  const text = response.bodyAsText ?? '';
  let json: unknown;
  try {
    json = text ? parseJson(text) : undefined;
  } catch {
    json = undefined;
  }
  if (response.status === 404 && method === 'GET') return { status: 404, json };
  if (response.status < 200 || response.status >= 300) {
    const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new FactoryRequestError(response.status, error?.code ?? `Http${response.status}`, error?.message ?? (text.slice(0, 200) || 'no error body'));
  }
  return { status: response.status, json };
}
