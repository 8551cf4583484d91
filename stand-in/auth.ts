import { timingSafeEqual } from 'node:crypto';
import type { StandInContext } from './context.js';
import { failArm } from './reply.js';
import type { StandInRequest } from './router.js';
import type { JwtClaims } from './tokens.js';

/** Who called, from a verified access token. */
export interface Caller {
  readonly clientId: string;
  readonly tenantId: string;
  readonly audience: string;
  readonly claims: JwtClaims;
}

/** The audiences ARM accepts: the stand-in's ARM endpoint and Azure's public ARM resource ids. */
export function armAudiences(context: StandInContext): string[] {
  const arm = context.urls.armEndpoint;
  return [arm, `${arm}/`, 'https://management.azure.com', 'https://management.azure.com/', 'https://management.core.windows.net', 'https://management.core.windows.net/'];
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/**
 * Checks the bearer token the way ARM does (missing, malformed or badly signed, expired, wrong
 * audience, wrong tenant) and answers 401 with ARM's error codes otherwise. Other services
 * (Partner Center) call it with their own audiences.
 */
export function requireBearer(request: StandInRequest, context: StandInContext, audiences: readonly string[]): Caller {
  const challenge = { 'www-authenticate': `Bearer authorization_uri="${context.urls.authorityHost}/${context.config.tenantId}", error="invalid_token", error_description="The access token is invalid."` };
  const header = request.headers.authorization;
  if (!header) failArm(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", challenge);
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) failArm(401, 'AuthenticationFailedInvalidHeader', "Authentication failed. The 'Authorization' header is provided in an invalid format.", challenge);
  const result = context.tokens.verifyAccessToken(match[1]!);
  if (!result.ok) {
    if (result.reason === 'expired') {
      const exp = typeof result.claims?.exp === 'number' ? result.claims.exp : 0;
      failArm(401, 'ExpiredAuthenticationToken', `The access token expiry UTC time '${iso(exp)}' is earlier than current UTC time '${iso(Math.floor(context.now() / 1000))}'.`, challenge);
    }
    failArm(401, 'InvalidAuthenticationToken', 'The access token is invalid.', challenge);
  }
  const audience = String(result.claims.aud ?? '');
  if (!audiences.includes(audience)) {
    failArm(401, 'InvalidAuthenticationTokenAudience', `The access token has been obtained for wrong audience or resource '${audience}'. It should exactly match with one of the allowed audiences ${audiences.map((a) => `'${a}'`).join(',')}.`, challenge);
  }
  return { clientId: String(result.claims.appid ?? result.claims.azp ?? ''), tenantId: String(result.claims.tid ?? ''), audience, claims: result.claims };
}

/** A fixed bearer secret (GitHub request token, System.AccessToken), compared in constant time. */
export function bearerMatches(request: StandInRequest, expected: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}
