import { AuthenticationError, CredentialUnavailableError } from '@azure/identity';
import { UsageError } from '../commands/usage-error.js';
import { describeIdentity, type IdentitySettings } from './identity-settings.js';

/** The first line of an Entra ID error description, without its trace and correlation ids. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? text;
  return line.replace(/\s*Trace ID:.*$/i, '').trim();
}

/**
 * MSAL packs Entra's reply into one line (`invalid_client: Error(s): 7000215 - Timestamp: ... -
 * Description: AADSTS7000215: ... Trace ID: ...`): keep the OAuth error and the AADSTS sentence.
 */
function entraReason(text: string): string | undefined {
  const description = /(AADSTS\d+:.*?)(?:\s*Trace ID:|\s+- (?:Correlation ID|Timestamp|Trace ID):|$)/s.exec(text)?.[1];
  if (!description) return undefined;
  const oauthError = /^([a-z_]+):/.exec(text.trim())?.[1];
  return `${oauthError ? `${oauthError}: ` : ''}${description.replace(/\s+/g, ' ').trim()}`;
}

function reason(error: unknown): string {
  if (error instanceof AuthenticationError) {
    const description = firstLine(error.errorResponse.errorDescription ?? '');
    return entraReason(`${error.errorResponse.error}: ${description}`) ?? (description ? `${error.errorResponse.error}: ${description}` : error.errorResponse.error);
  }
  const message = error instanceof Error ? error.message : String(error);
  return entraReason(message) ?? firstLine(message.replace(/^[A-Za-z]+Credential: /, ''));
}

/**
 * Turns a sign-in failure into a usage error that says which identity was refused, why, and
 * which input or service-connection field to fix. Other errors pass through unchanged.
 */
export function explainSignInFailure(error: unknown, identity: IdentitySettings): unknown {
  const isSignIn =
    error instanceof AuthenticationError ||
    error instanceof CredentialUnavailableError ||
    (error instanceof Error && /^(AuthenticationError|CredentialUnavailableError|AggregateAuthenticationError|AuthenticationRequiredError|FederatedTokenError)$/.test(error.name));
  if (!isSignIn) return error;
  const why = reason(error).replace(/[.\s]+$/, '');
  return new UsageError(`Could not sign in to Azure with ${describeIdentity(identity)}: ${why}. To fix: ${identity.fix}.`);
}
