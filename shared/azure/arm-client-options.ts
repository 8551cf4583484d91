import { TOOL_VERSION } from '../tool-info.js';
import type { AzureConnection } from './connect.js';

/**
 * Options for an Azure SDK management client on a connection: the cloud's ARM endpoint (the SDKs
 * read it as `endpoint` or `$host`) and token scope, and mapp's user agent. Their pipelines
 * retry 429 (Retry-After) and 5xx replies.
 */
export function armClientOptions(connection: AzureConnection): { endpoint: string; $host: string; credentialScopes: string[]; userAgentOptions: { userAgentPrefix: string } } {
  const endpoint = connection.cloud.armEndpoint;
  return { endpoint, $host: endpoint, credentialScopes: [connection.cloud.armScope], userAgentOptions: { userAgentPrefix: `mapp/${TOOL_VERSION}` } };
}
