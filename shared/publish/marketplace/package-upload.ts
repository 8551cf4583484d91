import { BlockBlobClient } from '@azure/storage-blob';
import type { PartnerCenterClient } from '../../azure/partner-center/ingestion-client.js';
import type { AzurePackage, ValidationItem } from '../../azure/partner-center/ingestion-types.js';
import type { Host } from '../../host/host.js';
import type { Timing } from './marketplace-settings.js';
import { pollUntil } from './poll.js';

/** A package processing failure, with Partner Center's reasons. */
export class PackageProcessingFailed extends Error {
  constructor(
    readonly packageId: string,
    readonly reasons: readonly ValidationItem[],
  ) {
    super(`Partner Center could not process package ${packageId}: ${reasons.map(describeItem).join('; ') || 'no reason given'}`);
  }
}

export function describeItem(item: ValidationItem): string {
  return `${item.errorCode ?? 'error'}${item.resource ? ` (${item.resource})` : ''}: ${item.message ?? ''}`.trim();
}

/** Advice for the reasons a user can act on, keyed by the error code family. */
export function adviceFor(reasons: readonly ValidationItem[]): string {
  const codes = reasons.map((r) => `${r.errorCode ?? ''} ${r.message ?? ''}`.toLowerCase()).join(' ');
  if (/tracking|pid-/.test(codes)) return 'Add the customer usage attribution resource: build from the app folder with tracking-id set to your GUID, or add a Microsoft.Resources/deployments resource named pid-<GUID>-partnercenter to mainTemplate.json.';
  return 'Fix the package and publish a new version.';
}

/** Registers the SAS signature (and the whole URL) with the host's masking before anything can log it. */
function maskSas(host: Host, sasUri: string): void {
  host.outputs.mask(sasUri);
  const signature = new URL(sasUri).searchParams.get('sig');
  if (signature) {
    host.outputs.mask(signature);
    host.outputs.mask(encodeURIComponent(signature));
  }
}

/**
 * Creates an AzureApplicationPackage, uploads the zip to its SAS URI, marks it Uploaded and waits
 * until Partner Center has processed it. Throws {@link PackageProcessingFailed} with the reasons.
 */
export async function uploadPackage(host: Host, client: PartnerCenterClient, productId: string, zip: Uint8Array, fileName: string, timing: Timing): Promise<AzurePackage & { id: string }> {
  const created = await client.createPackage(productId, fileName);
  if (!created.id || !created.fileSasUri) throw new Error('Partner Center created a package without an id or an upload URI.');
  maskSas(host, created.fileSasUri);
  host.log.info(`Created package ${created.id}; uploading ${fileName} (${zip.length} bytes).`);
  await new BlockBlobClient(created.fileSasUri).uploadData(zip, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
  const uploaded = await client.updatePackage(productId, { ...created, state: 'Uploaded' });
  host.log.info(`Marked package ${created.id} uploaded; waiting for Partner Center to process it.`);
  const settled = await pollUntil(
    () => client.getPackage(productId, created.id!),
    (p) => p.state === 'Processed' || p.state === 'ProcessFailed',
    timing,
    uploaded,
  );
  if (!settled.done) throw new Error(`Package ${created.id} was still ${settled.last.state} after ${timing.deadlineMs / 60_000} minutes; raise wait-minutes, or look at the package in Partner Center.`);
  if (settled.last.state === 'ProcessFailed') throw new PackageProcessingFailed(created.id, settled.last.validationItems ?? []);
  return { ...settled.last, id: created.id };
}
