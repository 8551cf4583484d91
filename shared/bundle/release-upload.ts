import { createHash } from 'node:crypto';
import path from 'node:path';
import { setOutputs } from '../commands/run-command.js';
import { buildCommand } from '../commands/build.js';
import { UsageError } from '../commands/usage-error.js';
import type { CommandResult, Host } from '../host/host.js';
import type { ReleaseAsset } from '../host/release-assets.js';
import type { BuildPlan } from './build-plan.js';
import type { BuiltPackage } from './build.js';
import { tagOfRef } from './stamp-template.js';

/** The package and a `sha256sum`-style checksum file, as release assets. */
export function releaseAssetsOf(plan: BuildPlan, built: BuiltPackage): ReleaseAsset[] {
  const name = path.basename(plan.outAbsolute);
  const checksum = new TextEncoder().encode(`${built.sha256}  ${name}\n`);
  return [
    { name, contentType: 'application/zip', data: built.zip, digest: `sha256:${built.sha256}` },
    { name: `${name}.sha256`, contentType: 'text/plain', data: checksum, digest: `sha256:${sha256Hex(checksum)}` },
  ];
}

/** Uploads the package to the release of the tag being built, through the host's release capability. */
export async function uploadToRelease(host: Host, plan: BuildPlan, built: BuiltPackage, token: string | undefined): Promise<CommandResult> {
  if (!host.releases) throw new UsageError('upload-release works only in the GitHub Action, where there are releases to upload to; turn it off here.');
  if (!token) throw new UsageError("upload-release needs input 'github-token' with contents: write, for example github-token: ${{ github.token }}.");
  host.outputs.mask(token);
  const tag = tagOfRef(host.context?.gitRef);
  if (!tag) {
    host.log.warning(`upload-release: this run builds ${host.context?.gitRef ?? 'no Git ref'}, not a tag, so nothing was uploaded. Push a tag (v1.2.3) to publish a release.`);
    return { exitCode: 0 };
  }
  const assets = releaseAssetsOf(plan, built);
  try {
    const result = await host.releases.upload(tag, assets, token);
    host.log.info(`${result.created ? 'Created the release' : 'Updated the release'} ${tag}: ${result.assetUrls.join(', ')}`);
    host.summary.append(`Uploaded ${assets.map((a) => `\`${a.name}\``).join(' and ')} to the release [${tag}](${result.releaseUrl}).\n`);
    setOutputs(host, buildCommand, { 'release-url': result.releaseUrl });
    return { exitCode: 0 };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { exitCode: 1, message: `The package was built, but uploading it to the release ${tag} failed: ${reason}. Check that github-token may write contents.` };
  }
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
