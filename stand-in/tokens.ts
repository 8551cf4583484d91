import { createPublicKey, createSign, createVerify, generateKeyPair, randomUUID, type JsonWebKey, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { parseJson } from '../shared/json/parse-json.js';

const generateRsa = promisify(generateKeyPair);

export type JwtClaims = Record<string, unknown>;

export interface DecodedJwt {
  readonly header: Record<string, unknown>;
  readonly claims: JwtClaims;
  readonly signingInput: string;
  readonly signature: Buffer;
}

/** One signing key of one issuer (Entra, GitHub OIDC, DevOps OIDC). */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** The key as a JWKS entry. */
export function publicJwk(key: SigningKey): JsonWebKey {
  return { ...key.publicKey.export({ format: 'jwk' }), kid: key.kid, use: 'sig', alg: 'RS256', kty: 'RSA' };
}

export function signJwt(key: SigningKey, claims: JwtClaims, header: Record<string, unknown> = {}): string {
  const signingInput = `${b64url({ typ: 'JWT', alg: 'RS256', kid: key.kid, ...header })}.${b64url(claims)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key.privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** Splits a compact JWT without checking it; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header = parseJson(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as unknown;
    const claims = parseJson(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    if (!isObject(header) || !isObject(claims)) return undefined;
    return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2]!, 'base64url') };
  } catch {
    return undefined;
  }
}

/** RS256 (and PS256, which MSAL uses for certificate assertions) signature check. */
export function verifySignature(jwt: DecodedJwt, publicKey: KeyObject): boolean {
  const alg = jwt.header.alg;
  if (alg !== 'RS256' && alg !== 'PS256') return false;
  const verifier = createVerify('RSA-SHA256').update(jwt.signingInput);
  try {
    return alg === 'PS256'
      ? verifier.verify({ key: publicKey, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 }, jwt.signature)
      : verifier.verify(publicKey, jwt.signature);
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an access token is for: its audience, app, tenant and lifetime. */
export interface AccessTokenRequest {
  readonly audience: string;
  readonly clientId: string;
  readonly tenantId?: string;
  /** Negative for a token that is already expired. */
  readonly expiresInSeconds?: number;
  readonly scopes?: readonly string[];
  /** The principal's object id (`oid`); defaults to the client id. Managed identities have their own. */
  readonly objectId?: string;
  /** Further claims (a managed identity's `xms_mirid`, ...). */
  readonly extraClaims?: JwtClaims;
}

/** The stand-in's three token issuers and their keys. */
export class TokenService {
  constructor(
    readonly keys: { readonly entra: SigningKey; readonly github: SigningKey; readonly devops: SigningKey },
    private readonly issuers: { entra: (tenantId: string) => string; github: string; devops: string },
    private readonly defaults: { tenantId: string; lifetimeSeconds: number },
    private readonly now: () => number,
  ) {}

  static async create(
    issuers: { entra: (tenantId: string) => string; github: string; devops: string },
    defaults: { tenantId: string; lifetimeSeconds: number },
    now: () => number,
  ): Promise<TokenService> {
    const [entra, github, devops] = await Promise.all([createSigningKey('stand-in-entra-1'), createSigningKey('stand-in-github-1'), createSigningKey('stand-in-devops-1')]);
    return new TokenService({ entra, github, devops }, issuers, defaults, now);
  }

  entraIssuer(tenantId: string): string {
    return this.issuers.entra(tenantId);
  }

  /** An Entra access token (v2 shape) for an app, as the token endpoint issues it. */
  issueAccessToken(request: AccessTokenRequest): { token: string; expiresIn: number } {
    const tenantId = request.tenantId ?? this.defaults.tenantId;
    const lifetime = request.expiresInSeconds ?? this.defaults.lifetimeSeconds;
    const now = Math.floor(this.now() / 1000);
    const claims: JwtClaims = {
      aud: request.audience,
      iss: this.issuers.entra(tenantId),
      iat: Math.min(now, now + lifetime - 60),
      nbf: Math.min(now, now + lifetime - 60),
      exp: now + lifetime,
      azp: request.clientId,
      appid: request.clientId,
      oid: request.objectId ?? request.clientId,
      sub: request.objectId ?? request.clientId,
      tid: tenantId,
      idtyp: 'app',
      ver: '2.0',
      uti: randomUUID(),
      ...(request.scopes && request.scopes.length > 0 ? { roles: [] } : {}),
      ...request.extraClaims,
    };
    return { token: signJwt(this.keys.entra, claims), expiresIn: lifetime };
  }

  /** A GitHub Actions OIDC token for the given audience. */
  issueGithubToken(claims: JwtClaims, audience: string): string {
    const now = Math.floor(this.now() / 1000);
    return signJwt(this.keys.github, { jti: randomUUID(), iss: this.issuers.github, aud: audience, nbf: now - 5, iat: now, exp: now + 300, ...claims });
  }

  /** An Azure DevOps service-connection OIDC token (audience api://AzureADTokenExchange). */
  issueDevopsToken(subject: string): string {
    const now = Math.floor(this.now() / 1000);
    return signJwt(this.keys.devops, { jti: randomUUID(), iss: this.issuers.devops, sub: subject, aud: 'api://AzureADTokenExchange', nbf: now - 5, iat: now, exp: now + 600 });
  }

  /** Checks an access token the stand-in issued; the reason names what is wrong. */
  verifyAccessToken(token: string): { ok: true; claims: JwtClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'not-yet-valid'; claims?: JwtClaims } {
    const jwt = decodeJwt(token);
    if (!jwt) return { ok: false, reason: 'malformed' };
    if (jwt.header.kid !== this.keys.entra.kid || !verifySignature(jwt, this.keys.entra.publicKey)) return { ok: false, reason: 'signature', claims: jwt.claims };
    const now = Math.floor(this.now() / 1000);
    const exp = jwt.claims.exp;
    const nbf = jwt.claims.nbf;
    if (typeof exp !== 'number' || exp <= now) return { ok: false, reason: 'expired', claims: jwt.claims };
    if (typeof nbf === 'number' && nbf > now + 300) return { ok: false, reason: 'not-yet-valid', claims: jwt.claims };
    return { ok: true, claims: jwt.claims };
  }
}

export function publicKeyFromCertificate(pem: string): KeyObject {
  return createPublicKey(pem);
}
