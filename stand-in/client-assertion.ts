import { createHash, X509Certificate } from 'node:crypto';
import type { IdentityConfig } from './config.js';
import type { StandInContext } from './context.js';
import { failEntra } from './entra-errors.js';
import { decodeJwt, verifySignature, type DecodedJwt, type SigningKey } from './tokens.js';

export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
const CLOCK_SKEW_SECONDS = 300;

function checkTimes(jwt: DecodedJwt, context: StandInContext): void {
  const now = Math.floor(context.now() / 1000);
  const { exp, nbf } = jwt.claims;
  if (typeof exp !== 'number' || exp + CLOCK_SKEW_SECONDS < now || (typeof nbf === 'number' && nbf - CLOCK_SKEW_SECONDS > now)) {
    failEntra(400, 'invalid_client', 700024, `Client assertion is not within its valid time range. Current time: ${new Date(now * 1000).toISOString()}, assertion valid from ${typeof nbf === 'number' ? new Date(nbf * 1000).toISOString() : 'unset'}, expiry time of assertion ${typeof exp === 'number' ? new Date(exp * 1000).toISOString() : 'unset'}.`);
  }
}

function certificateMatching(identity: IdentityConfig, header: Record<string, unknown>): X509Certificate | undefined {
  for (const pem of identity.certificates ?? []) {
    const certificate = new X509Certificate(pem);
    const sha1 = createHash('sha1').update(certificate.raw).digest('base64url');
    const sha256 = createHash('sha256').update(certificate.raw).digest('base64url');
    if (header.x5t === sha1 || header['x5t#S256'] === sha256) return certificate;
  }
  return undefined;
}

/** A certificate credential's assertion: iss = sub = client id, aud = this token endpoint. */
function verifyCertificateAssertion(jwt: DecodedJwt, identity: IdentityConfig, tenantId: string, context: StandInContext): void {
  const certificate = certificateMatching(identity, jwt.header);
  if (!certificate) {
    failEntra(401, 'invalid_client', 700027, `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${String(jwt.header.x5t ?? jwt.header['x5t#S256'] ?? 'none')}'.]`);
  }
  if (!verifySignature(jwt, certificate.publicKey)) failEntra(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
  const tokenEndpoint = `${context.urls.authorityHost}/${tenantId}/oauth2/v2.0/token`;
  const accepted = [tokenEndpoint, `${context.urls.authorityHost}/${tenantId}/v2.0`, `${context.urls.authorityHost}/${tenantId}/oauth2/token`];
  const aud = jwt.claims.aud;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.some((a) => typeof a === 'string' && accepted.some((b) => b.toLowerCase() === a.toLowerCase()))) {
    failEntra(400, 'invalid_client', 700212, `The audience '${String(aud)}' of the client assertion is not valid; expected '${tokenEndpoint}'.`);
  }
  checkTimes(jwt, context);
}

function issuerKey(issuer: string, context: StandInContext): SigningKey | undefined {
  if (issuer === context.urls.githubIssuer) return context.tokens.keys.github;
  if (issuer === context.urls.devopsIssuer) return context.tokens.keys.devops;
  return undefined;
}

function resolveIssuer(issuer: string, context: StandInContext): string {
  if (issuer === 'github') return context.urls.githubIssuer;
  if (issuer === 'devops') return context.urls.devopsIssuer;
  return issuer;
}

/** A federated token (GitHub, Azure DevOps) presented as the assertion: issuer, subject, audience, signature, expiry. */
function verifyFederatedAssertion(jwt: DecodedJwt, identity: IdentityConfig, context: StandInContext): void {
  const { iss, sub, aud } = jwt.claims;
  const audiences = (Array.isArray(aud) ? aud : [aud]).filter((a): a is string => typeof a === 'string');
  const records = (identity.federatedCredentials ?? []).filter((record) => resolveIssuer(record.issuer, context) === iss);
  if (records.length === 0) {
    failEntra(400, 'invalid_client', 700211, `No matching federated identity record found for presented assertion issuer '${String(iss)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
  }
  const record = records.find((r) => r.subject === sub);
  if (!record) {
    failEntra(400, 'invalid_client', 700213, `No matching federated identity record found for presented assertion subject '${String(sub)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
  }
  const allowed = record.audiences ?? [TOKEN_EXCHANGE_AUDIENCE];
  if (!audiences.some((a) => allowed.includes(a))) {
    failEntra(400, 'invalid_client', 700212, `No matching federated identity record found for presented assertion audience '${audiences.join(', ')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
  }
  const key = issuerKey(String(iss), context);
  if (!key || !verifySignature(jwt, key.publicKey)) {
    failEntra(400, 'invalid_client', 50013, `Assertion failed signature validation. [Reason - The key was not found in the keys of issuer '${String(iss)}'.]`);
  }
  const now = Math.floor(context.now() / 1000);
  if (typeof jwt.claims.exp !== 'number' || jwt.claims.exp < now) {
    failEntra(400, 'invalid_client', 700024, 'Client assertion is not within its valid time range.');
  }
}

/** Checks a client assertion for an app; answers with Entra's errors when it does not hold. */
export function verifyClientAssertion(assertion: string, identity: IdentityConfig, tenantId: string, context: StandInContext): 'certificate' | 'federated' {
  const jwt = decodeJwt(assertion);
  if (!jwt) failEntra(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
  // A certificate assertion is issued by the app itself; anything else is a federated token.
  if (jwt.claims.iss === identity.clientId && jwt.claims.sub === identity.clientId) {
    verifyCertificateAssertion(jwt, identity, tenantId, context);
    return 'certificate';
  }
  verifyFederatedAssertion(jwt, identity, context);
  return 'federated';
}
