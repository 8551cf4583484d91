import { parseJson } from '../json/parse-json.js';

/** The identity claims of an Entra ID access token that are safe to show (never the token itself). */
export interface TokenClaims {
  readonly tenantId?: string;
  /** `appid` (v1 tokens) or `azp` (v2): the client the token was issued to. */
  readonly appId?: string;
  readonly objectId?: string;
  /** `upn` or `unique_name` for a user signed in through the Azure CLI. */
  readonly userName?: string;
}

/** Reads the claims of a JWT access token; an opaque token gives no claims rather than an error. */
export function tokenClaims(token: string): TokenClaims {
  const payload = token.split('.')[1];
  if (!payload) return {};
  let claims: unknown;
  try {
    claims = parseJson(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return {};
  }
  if (typeof claims !== 'object' || claims === null) return {};
  const record = claims as Record<string, unknown>;
  const text = (...keys: string[]) => keys.map((key) => record[key]).find((value): value is string => typeof value === 'string');
  return { tenantId: text('tid'), appId: text('appid', 'azp'), objectId: text('oid'), userName: text('upn', 'unique_name') };
}
