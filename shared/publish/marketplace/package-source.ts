import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { build } from '../../bundle/build.js';
import { publishMarketplaceCommand } from '../../commands/publish-marketplace.js';
import { UsageError } from '../../commands/usage-error.js';
import type { CommandResult, Host } from '../../host/host.js';
import { parseJson } from '../../json/parse-json.js';
import { renderReport } from '../../report/render.js';
import { countBySeverity, describeCounts } from '../../report/report-model.js';
import { TOOL_VERSION } from '../../tool-info.js';
import { allRules } from '../../validate/rules/index.js';
import { selectRules } from '../../validate/select-rules.js';
import { collectFindings } from '../../validate/validate.js';
import { describeInput } from '../../host/describe-input.js';
import type { PublishMarketplaceSettings } from './marketplace-settings.js';
import { annotateFindings, reachesFailOn } from '../../validate/finding-outcome.js';

/** The package to upload. */
export interface PackageToUpload {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly display: string;
  readonly sha256: string;
  /** contentVersion of the package's mainTemplate.json, when it has one. */
  readonly contentVersion?: string;
}

/** Outputs of the build step that this command also declares; the others stay with mapp build. */
function buildHost(host: Host): Host {
  const declared = new Set(Object.keys(publishMarketplaceCommand.outputs));
  return { ...host, outputs: { mask: (s) => host.outputs.mask(s), set: (name, value) => declared.has(name) && host.outputs.set(name, value) } };
}

function templateVersion(bytes: Uint8Array): string | undefined {
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'mainTemplate.json' });
    const template = files['mainTemplate.json'];
    if (!template) return undefined;
    const parsed = parseJson(new TextDecoder().decode(template).replace(/^\uFEFF/, '')) as { contentVersion?: unknown };
    return typeof parsed.contentVersion === 'string' ? parsed.contentVersion : undefined;
  } catch {
    return undefined;
  }
}

/** Validates a given .zip with validate's rules; any error-level finding stops the upload. */
function validateZip(host: Host, zipPath: string, skip: readonly string[]): CommandResult | undefined {
  const rules = selectRules(allRules, [], skip, (input) => describeInput(host, input));
  const findings = collectFindings(host.workingDirectory, [zipPath], rules);
  if (findings.length > 0) host.log.info(renderReport({ findings, rules, units: [zipPath], toolVersion: TOOL_VERSION }, 'text').trimEnd());
  annotateFindings(host, findings);
  if (!reachesFailOn(findings, 'error')) return undefined;
  return { exitCode: 1, message: `The package ${zipPath} fails validation with ${describeCounts(countBySeverity(findings))}; nothing was uploaded. Fix the errors (mapp validate shows them) or skip a rule on purpose with skip.` };
}

/**
 * The package to publish: a given .zip, validated here, or the app folder built (and validated)
 * by the build use case into `out`.
 */
export async function preparePackage(host: Host, settings: PublishMarketplaceSettings, contentVersion: string | undefined): Promise<PackageToUpload | CommandResult> {
  const absolute = path.resolve(host.workingDirectory, settings.path);
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${describeInput(host, 'path')}: ${settings.path} does not exist; give the app folder or a built .zip package.`);
  let zipPath = settings.path;
  if (stat.isDirectory()) {
    const built = await build(buildHost(host), {
      path: settings.path, out: settings.out, version: contentVersion, 'tracking-id': settings['tracking-id'], target: 'marketplace',
      'allow-secrets': [], 'fail-on': 'error', skip: settings.skip, 'upload-release': false, 'github-token': undefined,
    });
    if (built.exitCode !== 0) return { exitCode: built.exitCode, message: `${built.message ?? 'The build failed.'} Nothing was uploaded.` };
    zipPath = settings.out;
  } else {
    if (!absolute.toLowerCase().endsWith('.zip')) throw new UsageError(`${describeInput(host, 'path')}: ${settings.path} is neither a folder nor a .zip package.`);
    const refused = validateZip(host, settings.path, settings.skip);
    if (refused) return refused;
  }
  const bytes = new Uint8Array(readFileSync(path.resolve(host.workingDirectory, zipPath)));
  return {
    bytes,
    fileName: path.basename(zipPath),
    display: zipPath,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentVersion: templateVersion(bytes),
  };
}
