import { randomUUID } from 'node:crypto';
import { ReplyError, type StandInReply } from './router.js';

/** Entra's OAuth error body: `error`, `error_description` with its AADSTS code, `error_codes`. */
export function entraError(status: number, error: string, code: number, description: string): StandInReply {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  return {
    status,
    headers: { 'cache-control': 'no-store, no-cache' },
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${new Date().toISOString().replace('T', ' ').slice(0, 19)}Z`,
      error_codes: [code],
      timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}

export function failEntra(status: number, error: string, code: number, description: string): never {
  throw new ReplyError(entraError(status, error, code, description));
}
