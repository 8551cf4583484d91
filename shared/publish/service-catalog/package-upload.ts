import type { TokenCredential } from '@azure/core-auth';
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  type UserDelegationKey,
} from '@azure/storage-blob';
import { TOOL_VERSION } from '../../tool-info.js';

/** Where the package blob goes: the account's blob endpoint, the container and the blob name. */
export interface BlobTarget {
  /** `https://<account>.blob.<suffix>`, or an emulator's `http://127.0.0.1:10000/<account>`; no trailing slash. */
  readonly endpoint: string;
  readonly accountName: string;
  readonly container: string;
  readonly blobName: string;
}

/** How the SAS is signed: a user-delegation key from Entra sign-in, or (only when given) the account key. */
export type SasSigner =
  | { readonly kind: 'user-delegation'; readonly credential: TokenCredential }
  | { readonly kind: 'account-key'; readonly accountKey: string };

/** The blob's URL without any SAS: what the definition's package URL is compared by. */
export function blobUrl(target: BlobTarget): string {
  return `${target.endpoint}/${encodeURIComponent(target.container)}/${target.blobName.split('/').map(encodeURIComponent).join('/')}`;
}

/** Signed query parameter values that must never reach a log. */
export function sasSecrets(sasQuery: string): string[] {
  const signature = new URLSearchParams(sasQuery).get('sig');
  return signature ? [signature, encodeURIComponent(signature)] : [];
}

/** The package URL to show: its `sig` (and any other signature-like value) replaced by ***. */
export function maskedUrl(url: string): string {
  return url.replace(/([?&](?:sig|signature|[\w-]*token[\w-]*)=)[^&#]*/gi, '$1***');
}

function serviceClient(target: BlobTarget, signer: SasSigner): BlobServiceClient {
  const options = { userAgentOptions: { userAgentPrefix: `mapp/${TOOL_VERSION}` }, retryOptions: { maxTries: 4 } };
  return signer.kind === 'account-key'
    ? new BlobServiceClient(target.endpoint, new StorageSharedKeyCredential(target.accountName, signer.accountKey), options)
    : new BlobServiceClient(target.endpoint, signer.credential, options);
}

/**
 * The SAS format version, pinned: an SDK upgrade must not change the string-to-sign under us
 * (2026-04-06 added request-header lines that emulators and older stamps do not check yet).
 */
export const SAS_VERSION = '2025-07-05';

/** Read-only, one blob, a start five minutes back (clock skew) and `minutes` ahead. */
export function readSasValues(target: BlobTarget, now: Date, minutes: number) {
  return {
    version: SAS_VERSION,
    containerName: target.container,
    blobName: target.blobName,
    permissions: BlobSASPermissions.parse('r'),
    startsOn: new Date(now.getTime() - 5 * 60_000),
    expiresOn: new Date(now.getTime() + minutes * 60_000),
    protocol: target.endpoint.startsWith('https:') ? SASProtocol.Https : SASProtocol.HttpsAndHttp,
  };
}

/** A read-only SAS for one blob, signed with a user-delegation key (no account key involved). */
export function userDelegationSas(target: BlobTarget, key: UserDelegationKey, now: Date, minutes: number): string {
  return generateBlobSASQueryParameters(readSasValues(target, now, minutes), key, target.accountName).toString();
}

export interface UploadResult {
  /** The blob URL with its read-only SAS: a secret, masked by the caller before anything logs. */
  readonly urlWithSas: string;
  readonly sasSecrets: readonly string[];
  readonly uploaded: boolean;
}

/**
 * Uploads the package (content-addressed, so an existing blob is not sent again) to a private
 * container, created when missing, and signs a read-only SAS for Azure to download it with.
 * `mask` sees every signature and key before this returns.
 */
export async function uploadPackage(target: BlobTarget, signer: SasSigner, zip: Uint8Array, minutes: number, now: Date, mask: (secret: string) => void): Promise<UploadResult> {
  const service = serviceClient(target, signer);
  const container = service.getContainerClient(target.container);
  await container.createIfNotExists();
  const blob = container.getBlockBlobClient(target.blobName);
  const exists = await blob.exists();
  if (!exists) await blob.uploadData(zip, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
  let sas: string;
  if (signer.kind === 'account-key') {
    sas = generateBlobSASQueryParameters(readSasValues(target, now, minutes), new StorageSharedKeyCredential(target.accountName, signer.accountKey)).toString();
  } else {
    const values = readSasValues(target, now, minutes);
    const key = await service.getUserDelegationKey(values.startsOn, values.expiresOn);
    mask(key.value);
    sas = userDelegationSas(target, key, now, minutes);
  }
  const secrets = sasSecrets(sas);
  for (const secret of secrets) mask(secret);
  return { urlWithSas: `${blobUrl(target)}?${sas}`, sasSecrets: secrets, uploaded: !exists };
}
