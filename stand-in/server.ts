import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { parseJson } from '../shared/json/parse-json.js';
import type { StandInContext } from './context.js';
import type { ActiveFault } from './faults.js';
import { armError } from './reply.js';
import { redactQuery, type RequestLog } from './request-log.js';
import { ReplyError, type RouteMatch, type Router, type StandInReply, type StandInRequest } from './router.js';

const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Control-API routes are neither logged nor subject to faults. */
const CONTROL_PREFIX = '_stand-in.';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ReplyError(armError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`)));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function toRequest(incoming: IncomingMessage, url: URL, match: RouteMatch | undefined, body: Buffer): StandInRequest {
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: incoming.headers,
    params: match?.params ?? {},
    body,
    json: () => {
      try {
        return parseJson(body.toString('utf8')) as unknown;
      } catch {
        throw new ReplyError(armError(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body is not JSON.'));
      }
    },
    form: () => new URLSearchParams(body.toString('utf8')),
  };
}

function send(response: ServerResponse, reply: StandInReply): void {
  const headers: Record<string, string> = { 'x-ms-request-id': crypto.randomUUID(), ...reply.headers };
  let payload: string | Buffer | undefined;
  if (Buffer.isBuffer(reply.body) || typeof reply.body === 'string') payload = reply.body;
  else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  response.writeHead(reply.status, headers);
  response.end(payload);
}

function faultReply(fault: ActiveFault): StandInReply {
  if (fault.kind === 'throttle') {
    return armError(429, 'TooManyRequests', 'The request is being throttled (fault injected by the stand-in).', { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
  }
  const status = fault.status ?? 500;
  return armError(status, status === 503 ? 'ServiceUnavailable' : 'InternalServerError', `The service failed transiently (fault injected by the stand-in, status ${status}).`);
}

function notFound(router: Router, method: string, path: string): StandInReply {
  const methods = router.methodsAt(path);
  if (methods.length > 0) return armError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`, { allow: methods.join(', ') });
  return armError(404, 'NotFound', `The stand-in serves no route for ${method} ${path}. See stand-in/README.md for the routes it implements.`);
}

/** The stand-in's request handler: route, inject faults, run the handler, log. */
export function createRequestListener(router: Router, context: () => StandInContext, log: RequestLog) {
  return async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = Date.now();
    const method = (incoming.method ?? 'GET').toUpperCase();
    const url = new URL(incoming.url ?? '/', 'https://stand-in.invalid');
    const match = router.match(method, url.pathname);
    const control = match?.route.name.startsWith(CONTROL_PREFIX) ?? false;
    const fault = control ? undefined : context().faults.pick(method, url.pathname, match?.route.name);
    const record = (status: number) => {
      if (control) return;
      log.add({
        time: new Date(started).toISOString(),
        method,
        path: url.pathname,
        query: redactQuery(url.searchParams),
        status,
        ...(match ? { route: match.route.name } : {}),
        ...(fault ? { fault: fault.kind } : {}),
        durationMs: Date.now() - started,
      });
    };
    try {
      const body = await readBody(incoming);
      if (fault?.kind === 'drop') {
        record(0);
        incoming.socket.destroy();
        return;
      }
      if (fault?.kind === 'slow') await delay(fault.delayMs ?? 2000);
      let reply: StandInReply;
      if (fault && fault.kind !== 'slow') reply = faultReply(fault);
      else if (!match) reply = notFound(router, method, url.pathname);
      else reply = await match.route.handler(toRequest(incoming, url, match, body), context());
      send(response, reply);
      record(reply.status);
    } catch (error) {
      const reply = error instanceof ReplyError ? error.reply : armError(500, 'InternalServerError', `The stand-in failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, reply);
      else response.destroy();
      record(reply.status);
    }
  };
}
