import { createHash } from 'node:crypto';
import { setOutputs } from '../commands/run-command.js';
import { buildCommand } from '../commands/build.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';
import type { CommandResult, Host } from '../host/host.js';
import { decodeText } from '../validate/decode-text.js';
import { JsonDocument } from '../validate/json-document.js';
import { planBuild, type BuildPlan, type BuildSettings } from './build-plan.js';
import { renderBuildSummary, renderRefusals } from './build-summary.js';
import { collectAppFiles, type Refusal } from './collect-files.js';
import { checkArtifactReferences, layoutPackage, type PackageLayout } from './package-layout.js';
import { checkPackageSize } from './package-size.js';
import { uploadToRelease } from './release-upload.js';
import { stampTemplate } from './stamp-template.js';
import { validateFirst } from './validate-first.js';
import { writeReproducibleZip, type ZipEntry } from './zip-writer.js';

/** What was built, for the outputs, the summary and the release upload. */
export interface BuiltPackage {
  readonly zip: Uint8Array;
  readonly sha256: string;
  readonly entries: readonly { name: string; size: number; from: string }[];
  readonly contentVersion?: string;
  readonly trackingAdded: boolean;
  readonly validation: string;
}

/**
 * The build use case: refuses what must not be packed, validates the app folder (honouring
 * fail-on), stamps the template, writes a reproducible zip to `out`, reports it, and on request
 * uploads it to the release of the tag being built.
 */
export async function build(host: Host, settings: BuildSettings): Promise<CommandResult> {
  const plan = planBuild(host, settings);
  const collected = collectAppFiles(plan.appAbsolute, { workingDirectory: host.workingDirectory, allowSecrets: settings['allow-secrets'], exclude: [plan.outAbsolute] });
  const layout = layoutPackage(collected.files, plan.appDisplay);
  const refused = [...collected.refusals, ...layout.refusals];
  if (refused.length > 0) return refuse(host, refused);

  const validation = validateFirst(host, plan.appPath, settings['fail-on'], settings.skip);
  if (validation.failed) return validation.failed;

  const packed = packFiles(plan, layout);
  if ('refusals' in packed) return refuse(host, packed.refusals);
  const { bytes: zip, names } = writeReproducibleZip(packed.entries, plan.epochSeconds);
  const size = checkPackageSize(zip.length, plan.target);
  if (size?.severity === 'error') return refuse(host, [{ file: plan.outDisplay, message: size.message }]);
  if (size) host.log.warning(size.message);

  writeFileAtomic(plan.outAbsolute, zip, 'package');
  const built: BuiltPackage = {
    zip,
    sha256: createHash('sha256').update(zip).digest('hex'),
    entries: names.map((name) => layout.entries.find((e) => e.name === name)!).map((e) => ({ name: e.name, size: e.source.size, from: e.source.display })),
    contentVersion: packed.contentVersion,
    trackingAdded: packed.trackingAdded,
    validation: validation.counts,
  };
  report(host, plan, built, collected.ignoredCount);
  return settings['upload-release'] ? uploadToRelease(host, plan, built, settings['github-token']) : { exitCode: 0 };
}

/** Reads every file, stamps the template, and checks what the template loads is packed. */
function packFiles(plan: BuildPlan, layout: PackageLayout): { entries: ZipEntry[]; contentVersion?: string; trackingAdded: boolean } | { refusals: Refusal[] } {
  const entries: ZipEntry[] = [];
  let stamp: { contentVersion?: string; trackingAdded: boolean } = { trackingAdded: false };
  for (const entry of layout.entries) {
    const bytes = entry.source.read();
    if (entry !== layout.template) {
      entries.push({ name: entry.name, data: bytes });
      continue;
    }
    const { text, encoding } = decodeText(bytes);
    const document = new JsonDocument(entry.source.display, text);
    const refusals = checkArtifactReferences(document.root, layout);
    const stamped = stampTemplate(document, { contentVersion: plan.contentVersion, trackingId: plan.trackingId });
    refusals.push(...stamped.problems.map((p) => ({ file: entry.source.display, message: p.message, ...(p.node ? document.positionOf(p.node) : {}) })));
    if (stamped.text !== undefined && encoding !== 'utf8' && encoding !== 'utf8-bom') {
      refusals.push({ file: entry.source.display, message: `The template is encoded as ${encoding}, so it cannot be stamped; save it as UTF-8.` });
    }
    if (refusals.length > 0) return { refusals };
    const data = stamped.text === undefined ? bytes : new TextEncoder().encode((encoding === 'utf8-bom' ? '\uFEFF' : '') + stamped.text);
    entries.push({ name: entry.name, data });
    stamp = stamped;
  }
  return { entries, contentVersion: stamp.contentVersion, trackingAdded: stamp.trackingAdded };
}

function refuse(host: Host, refusals: readonly Refusal[]): CommandResult {
  for (const r of refusals) {
    host.log.info(`${r.file}${r.line ? `:${r.line}:${r.column}` : ''} error ${r.message}`);
    host.annotations.annotate({ severity: 'error', title: 'mapp build', message: r.message, file: r.file, line: r.line, column: r.column });
  }
  host.summary.append(renderRefusals(refusals));
  const more = refusals.length > 1 ? ` (and ${refusals.length - 1} more problem${refusals.length > 2 ? 's' : ''})` : '';
  return { exitCode: 1, message: `Nothing was built: ${refusals[0]!.message}${more}` };
}

function report(host: Host, plan: BuildPlan, built: BuiltPackage, ignoredCount: number): void {
  for (const entry of built.entries) host.log.info(`  ${entry.name}`);
  const ignored = ignoredCount > 0 ? `, ${ignoredCount} left out by the ignore rules` : '';
  host.log.info(`Built ${plan.outDisplay}: ${built.entries.length} files${ignored}, ${built.zip.length} bytes, sha256 ${built.sha256}.`);
  if (built.contentVersion && plan.versionSource) host.log.info(`contentVersion ${built.contentVersion}, from ${plan.versionSource}.`);
  if (built.trackingAdded) host.log.info(`Added the Marketplace tracking deployment pid-${plan.trackingId}-partnercenter to mainTemplate.json.`);
  host.summary.append(renderBuildSummary(plan, built));
  setOutputs(host, buildCommand, {
    package: plan.outDisplay,
    size: built.zip.length,
    sha256: built.sha256,
    files: built.entries.map((e) => e.name).join('\n'),
    'content-version': built.contentVersion,
  });
}
