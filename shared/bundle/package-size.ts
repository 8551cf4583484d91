import { PACKAGE_LIMIT_BYTES } from '../validate/rules/package/size-limit.js';

/** validate's estimate of the zip size; the build measures the real zip instead. */
export const SIZE_LIMIT_RULE_ID = 'package/size-limit';

export type PackageTarget = 'marketplace' | 'service-catalog';

/** A message when the package is over the service catalog's 120 MB, as an error for that target and a warning otherwise. */
export function checkPackageSize(bytes: number, target: PackageTarget): { severity: 'error' | 'warning'; message: string } | undefined {
  if (bytes <= PACKAGE_LIMIT_BYTES) return undefined;
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return target === 'service-catalog'
    ? { severity: 'error', message: `The package is ${size}; the service catalog accepts at most 120 MB. Move large files to your own storage and download them from the template, or leave them out with .mappignore.` }
    : { severity: 'warning', message: `The package is ${size}, over the 120 MB the service catalog accepts; it can go to the Marketplace but not to a service catalog definition.` };
}
