/** One served request, as `GET /_stand-in/requests` lists it. Never holds tokens or secrets. */
export interface RequestLogEntry {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  /** Query parameters; values of secret-looking ones (sig, secret, token, code, ...) are redacted. */
  readonly query: Record<string, string>;
  readonly status: number;
  /** Name of the route that served it, when one matched. */
  readonly route?: string;
  /** The fault injected, when one was. */
  readonly fault?: string;
  readonly durationMs: number;
}

const SECRET_PARAMETER = /sig|secret|token|assertion|code|key|password|credential|signature/i;

export function redactQuery(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of query) out[name] = SECRET_PARAMETER.test(name) ? '***' : value;
  return out;
}

export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    // Bounded, so a long demo run does not grow without end.
    if (this.entries.length > 10_000) this.entries.splice(0, this.entries.length - 10_000);
  }

  list(filter: { route?: string; method?: string; path?: string } = {}): RequestLogEntry[] {
    return this.entries.filter(
      (e) =>
        (!filter.route || (e.route !== undefined && globMatches(filter.route, e.route))) &&
        (!filter.method || e.method === filter.method.toUpperCase()) &&
        (!filter.path || globMatches(filter.path, e.path)),
    );
  }

  clear(): void {
    this.entries.length = 0;
  }
}

/** `*` matches any run of characters; comparison ignores case (ARM paths do). */
export function globMatches(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`, 'i');
  return regex.test(value);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
