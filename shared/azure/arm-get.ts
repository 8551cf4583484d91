import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import { parseJson } from '../json/parse-json.js';
import { TOOL_VERSION } from '../tool-info.js';
import type { AzureConnection } from './connect.js';

/** An ARM error reply, with its error code, shaped for a one-line message. */
export class ArmError extends Error {
  override readonly name = 'ArmError';
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(`${code} (HTTP ${status}): ${detail}`);
  }
}

/** The retrying, token-adding pipeline every ARM call of a connection goes through. */
export function armPipeline(connection: AzureConnection): Pipeline {
  const pipeline = createPipelineFromOptions({ userAgentOptions: { userAgentPrefix: `mapp/${TOOL_VERSION}` } });
  pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: connection.credential, scopes: connection.cloud.armScope }));
  return pipeline;
}

function armErrorOf(status: number, body: string | undefined): ArmError {
  try {
    const parsed = parseJson(body ?? '') as { error?: { code?: unknown; message?: unknown } };
    if (parsed.error && typeof parsed.error.code === 'string') {
      return new ArmError(status, parsed.error.code, typeof parsed.error.message === 'string' ? parsed.error.message : '');
    }
  } catch {
    // Not ARM's JSON error shape: fall through to the status line.
  }
  return new ArmError(status, `Http${status}`, (body ?? '').slice(0, 200) || 'no error body');
}

/** GETs an ARM path (`/subscriptions/...`) at an api-version and returns the JSON body. */
export async function armGet(connection: AzureConnection, pipeline: Pipeline, resourcePath: string, apiVersion: string): Promise<unknown> {
  const url = `${connection.cloud.armEndpoint}${resourcePath}?api-version=${encodeURIComponent(apiVersion)}`;
  const request = createPipelineRequest({ url, method: 'GET' });
  const response = await pipeline.sendRequest(createDefaultHttpClient(), request);
  if (response.status < 200 || response.status >= 300) throw armErrorOf(response.status, response.bodyAsText ?? undefined);
  return parseJson(response.bodyAsText ?? 'null') as unknown;
}
