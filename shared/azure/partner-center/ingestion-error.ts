import { parseJson } from '../../json/parse-json.js';

/**
 * A refusal from the Partner Center ingestion API, with the service's own error code and message.
 * The OpenAPI document types error bodies as plain strings; the service sends
 * `{"code", "message", "details"}` (sometimes wrapped in `error`), so all three shapes are read.
 */
export class PartnerCenterError extends Error {
  override readonly name = 'PartnerCenterError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly operation: string,
  ) {
    super(`${operation} failed: ${code} (HTTP ${status}): ${detail}`);
  }

  /** An If-Match precondition that no longer holds: someone else changed the resource. */
  get isEtagConflict(): boolean {
    return this.status === 412 || (this.status === 409 && /etag|precondition|modified|conflict/i.test(`${this.code} ${this.detail}`));
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Shapes any error reply into a {@link PartnerCenterError}. */
export function partnerCenterErrorOf(status: number, body: string | undefined, operation: string): PartnerCenterError {
  let parsed: unknown;
  try {
    parsed = parseJson(body ?? '');
  } catch {
    parsed = undefined;
  }
  if (typeof parsed === 'object' && parsed !== null) {
    const record = parsed as Record<string, unknown>;
    const inner = typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : record;
    const code = text(inner.code);
    if (code) {
      const details = Array.isArray(inner.details)
        ? inner.details.map((d) => (typeof d === 'object' && d !== null ? text((d as Record<string, unknown>).message) : undefined)).filter((m): m is string => m !== undefined)
        : [];
      return new PartnerCenterError(status, code, [text(inner.message) ?? 'no message', ...details].join(' '), operation);
    }
  }
  const plain = typeof parsed === 'string' ? parsed : (body ?? '').trim();
  return new PartnerCenterError(status, `Http${status}`, plain.slice(0, 300) || 'no error body', operation);
}
