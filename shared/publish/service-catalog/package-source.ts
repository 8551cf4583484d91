import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { build } from '../../bundle/build.js';
import { checkPackageSize } from '../../bundle/package-size.js';
import { UsageError } from '../../commands/usage-error.js';
import type { CommandResult, Host } from '../../host/host.js';
import { parseJson } from '../../json/parse-json.js';
import { PublishFailure } from './publish-errors.js';

/** The package to publish, read once: its bytes, hash, root files and templates. */
export interface PublishPackage {
  readonly display: string;
  readonly zip: Uint8Array;
  readonly sha256: string;
  readonly names: readonly string[];
  readonly mainTemplate: Record<string, unknown>;
  readonly createUiDefinition: Record<string, unknown>;
  readonly contentVersion?: string;
}

const TEMPLATES = ['mainTemplate.json', 'createUiDefinition.json'] as const;

/**
 * The package from `path`: a built .zip as it is (refused over 120 MB before a byte of it is
 * read), or an app folder built with `mapp build` for the service catalog (validated, stamped
 * with `version`). A failed build comes back as its result.
 */
export async function loadPackage(host: Host, appPath: string, version: string | undefined, describe: string): Promise<PublishPackage | { failed: CommandResult }> {
  const absolute = path.resolve(host.workingDirectory, appPath);
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (stat?.isFile()) {
    if (!absolute.toLowerCase().endsWith('.zip')) throw new UsageError(`${describe} is a file but not a .zip package: give the app folder or the app.zip that mapp build wrote.`);
    const size = checkPackageSize(stat.size, 'service-catalog');
    if (size) throw new PublishFailure(`${appPath}: ${size.message} (ApplicationDefinitionPackageTooLarge)`);
    return readPackage(appPath, readFileSync(absolute));
  }
  if (!stat?.isDirectory()) throw new UsageError(`${describe} '${appPath}' does not exist: give the app folder (mainTemplate.json and createUiDefinition.json at its root) or a built .zip.`);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mapp-publish-'));
  try {
    const out = path.join(folder, 'app.zip');
    const result = await build(buildHost(host), {
      path: appPath, out, version, target: 'service-catalog', 'fail-on': 'error', skip: [], 'allow-secrets': [], 'tracking-id': undefined, 'upload-release': false, 'github-token': undefined,
    });
    if (result.exitCode !== 0) return { failed: result };
    return readPackage(`${appPath} (built)`, readFileSync(out));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The build's logs, annotations and summary go through; its step outputs are not the publish command's. */
function buildHost(host: Host): Host {
  return { ...host, outputs: { set: () => undefined, mask: (secret) => host.outputs.mask(secret) } };
}

function readPackage(display: string, bytes: Buffer): PublishPackage {
  const zip = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (error) {
    throw new UsageError(`${display} is not a readable zip (${error instanceof Error ? error.message : String(error)}): rebuild it with mapp build.`);
  }
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const [mainTemplate, createUiDefinition] = TEMPLATES.map((name) => {
    const data = entries[name];
    if (!data) throw new UsageError(`${display} has no ${name} at its root: build the package with mapp build.`);
    try {
      return parseJson(new TextDecoder().decode(data).replace(/^\uFEFF/, '')) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`${display}: ${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
  }) as [Record<string, unknown>, Record<string, unknown>];
  const contentVersion = typeof mainTemplate.contentVersion === 'string' ? mainTemplate.contentVersion : undefined;
  return { display, zip, sha256: createHash('sha256').update(zip).digest('hex'), names, mainTemplate, createUiDefinition, contentVersion };
}

/** Files besides the two templates: an inline definition cannot carry them. */
export function extraFiles(pkg: PublishPackage): string[] {
  return pkg.names.filter((name) => !(TEMPLATES as readonly string[]).includes(name));
}
