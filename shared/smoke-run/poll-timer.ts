import { isRestError } from '@azure/core-rest-pipeline';

/** Waits `ms`, or less when the signal aborts (it never throws). */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The wait an error reply asks for (`Retry-After` seconds or date, `retry-after-ms`), in milliseconds. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  if (!isRestError(error) || !error.response) return undefined;
  const headers = error.response.headers;
  const ms = Number(headers.get('retry-after-ms') ?? headers.get('x-ms-retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Errors worth polling through: throttling, server errors, dropped connections. */
export function isTransient(error: unknown): boolean {
  if (!isRestError(error)) return false;
  const status = error.statusCode;
  return status === undefined || status === 408 || status === 429 || status >= 500;
}

/** The wait after a check: back to the first interval when something changed, else 1.5 times longer up to the cap. */
export function nextInterval(current: number, changed: boolean, first: number, max: number): number {
  return changed ? first : Math.min(max, Math.round(current * 1.5));
}
