import { deflateRawSync } from 'node:zlib';
import type { Rule } from '../../rule.js';
import type { ValidationUnit } from '../../unit.js';

/** The service catalog's limit on a managed application definition package (.zip). */
export const PACKAGE_LIMIT_BYTES = 120 * 1024 * 1024;

/** Local header, central directory record and their two copies of the name, per zip entry. */
const ZIP_ENTRY_OVERHEAD = 30 + 46;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * What a zip of the folder would weigh: each file deflated as a zip tool would, plus headers.
 * Computed only when the files add up to more than the limit, so the common case costs nothing.
 */
function estimateZippedBytes(unit: ValidationUnit): number {
  let total = 22;
  for (const file of unit.files) {
    let compressed = file.size;
    try {
      compressed = Math.min(file.size, deflateRawSync(file.read()).length);
    } catch {
      // Unreadable: count it at full size.
    }
    total += compressed + ZIP_ENTRY_OVERHEAD + 2 * Buffer.byteLength(file.path);
  }
  return total;
}

/**
 * A package over 120 MB cannot go to the service catalog (it needs "bring your own storage").
 * For a zip the file size counts; for an app folder, the size its zip would have.
 */
export const sizeLimitRule: Rule = {
  id: 'package/size-limit',
  armTtk: null,
  severity: 'error',
  description: 'Keep the package under 120 MB: move large binaries out of it (e.g. to a storage account the template downloads from).',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-bring-your-own-storage',
  check(context) {
    const { unit } = context;
    if (unit.kind === 'file' || unit.packageBytes <= PACKAGE_LIMIT_BYTES) return;
    const limit = megabytes(PACKAGE_LIMIT_BYTES);
    if (unit.kind === 'zip') {
      context.reportAt(
        unit.display,
        1,
        1,
        `The package is ${megabytes(unit.packageBytes)} MB; the service catalog accepts packages up to ${limit} MB. Move large files out of it, or publish with your own storage account.`,
      );
      return;
    }
    const zipped = estimateZippedBytes(unit);
    if (zipped > PACKAGE_LIMIT_BYTES) {
      context.reportAt(
        unit.display,
        1,
        1,
        `The files of this app folder add up to ${megabytes(unit.packageBytes)} MB and would zip to about ${megabytes(zipped)} MB; the service catalog accepts packages up to ${limit} MB. Move large files out of the folder.`,
      );
    }
  },
};
