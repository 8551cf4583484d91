import type { IncomingHttpHeaders } from 'node:http';
import type { StandInContext } from './context.js';

/** A request as route handlers see it: the path is decoded, the body already read. */
export interface StandInRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Values of the `{name}` segments of the matched pattern, decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** The body as JSON; a body that is not JSON throws a {@link ReplyError} with a 400. */
  json(): unknown;
  /** The form fields of an `application/x-www-form-urlencoded` body. */
  form(): URLSearchParams;
}

/** What a handler answers. An object or array body is sent as JSON. */
export interface StandInReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export type RouteHandler = (request: StandInRequest, context: StandInContext) => StandInReply | Promise<StandInReply>;

export interface Route {
  /** HTTP method, upper case, or '*' for any. */
  readonly method: string;
  /**
   * Path template: literal segments match case-insensitively (as ARM does), `{name}` matches
   * one segment and becomes `params.name`, a final `{*name}` matches the rest of the path.
   */
  readonly pattern: string;
  /** Short name for fault rules and the request log, e.g. `arm.applicationDefinitions.put`. */
  readonly name: string;
  readonly handler: RouteHandler;
  /** ARM resource type and api-versions the route serves (listed by the providers API). */
  readonly arm?: { readonly resourceType: string; readonly apiVersions: readonly string[] };
}

/** A set of routes for one service area; see stand-in/README.md. */
export interface RouteModule {
  readonly name: string;
  /**
   * Served on the stand-in's plain HTTP listener instead of the HTTPS origin, like the local
   * managed-identity endpoints of an Azure machine (`http://127.0.0.1:<port>`).
   */
  readonly plainHttp?: boolean;
  routes(context: StandInContext): readonly Route[];
}

/** Thrown by handlers (and helpers they call) to answer with an error reply at once. */
export class ReplyError extends Error {
  constructor(readonly reply: StandInReply) {
    super(`stand-in reply ${reply.status}`);
  }
}

interface CompiledRoute {
  readonly route: Route;
  readonly segments: readonly string[];
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    if (want.startsWith('{*') && want.endsWith('}')) {
      params[want.slice(2, -1)] = actual.slice(i).join('/');
      return params;
    }
    const got = actual[i];
    if (got === undefined) return undefined;
    if (want.startsWith('{') && want.endsWith('}')) params[want.slice(1, -1)] = got;
    else if (want.toLowerCase() !== got.toLowerCase()) return undefined;
  }
  return pattern.length === actual.length ? params : undefined;
}

/** Matches requests to routes in registration order; the first route that fits wins. */
export class Router {
  private readonly compiled: CompiledRoute[] = [];

  add(routes: readonly Route[]): void {
    for (const route of routes) this.compiled.push({ route, segments: splitPath(route.pattern) });
  }

  list(): readonly Route[] {
    return this.compiled.map(({ route }) => route);
  }

  /** Finds the route for a method and raw (still encoded) path. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const actual = splitPath(rawPath).map(decodeSegment);
    for (const { route, segments } of this.compiled) {
      if (route.method !== '*' && route.method !== method) continue;
      const params = matchSegments(segments, actual);
      if (params) return { route, params };
    }
    return undefined;
  }

  /** The methods that some route serves at this path (for 405 answers). */
  methodsAt(rawPath: string): string[] {
    const actual = splitPath(rawPath).map(decodeSegment);
    return this.compiled.filter(({ segments }) => matchSegments(segments, actual)).map(({ route }) => route.method);
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
