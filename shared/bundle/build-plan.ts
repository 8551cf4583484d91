import { statSync } from 'node:fs';
import path from 'node:path';
import type { SettingsOf } from '../commands/definition.js';
import type { buildCommand } from '../commands/build.js';
import { UsageError } from '../commands/usage-error.js';
import type { Host } from '../host/host.js';
import { displayPath } from '../validate/load-unit.js';
import type { PackageTarget } from './package-size.js';
import { parseTrackingId, toContentVersion, versionFromRef } from './stamp-template.js';
import { DEFAULT_ZIP_EPOCH } from './zip-writer.js';

export type BuildSettings = SettingsOf<typeof buildCommand>;

/** The settings of one build, checked and resolved against the host. */
export interface BuildPlan {
  readonly appPath: string;
  readonly appAbsolute: string;
  readonly appDisplay: string;
  readonly outAbsolute: string;
  readonly outDisplay: string;
  /** contentVersion to stamp, or undefined to keep the template's. */
  readonly contentVersion?: string;
  readonly versionSource?: string;
  readonly trackingId?: string;
  readonly epochSeconds: number;
  readonly target: PackageTarget;
}

/** Checks the inputs and the environment facts; anything wrong is a usage error naming it. */
export function planBuild(host: Host, settings: BuildSettings): BuildPlan {
  const appAbsolute = path.resolve(host.workingDirectory, settings.path);
  if (!statSync(appAbsolute, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`The app folder ${settings.path} does not exist or is not a folder; give the folder that holds mainTemplate.json and createUiDefinition.json.`);
  }
  const outAbsolute = path.resolve(host.workingDirectory, settings.out);
  if (!outAbsolute.toLowerCase().endsWith('.zip')) {
    throw new UsageError(`out must name a .zip file (for example app.zip); got '${settings.out}'.`);
  }
  let version: { contentVersion?: string; versionSource?: string } = {};
  if (settings.version) {
    const contentVersion = toContentVersion(settings.version);
    if (!contentVersion) throw new UsageError(`version must look like 1.2.3 or 1.2.3.4 (a leading v is allowed); got '${settings.version}'.`);
    version = { contentVersion, versionSource: 'the version input' };
  } else {
    const fromTag = versionFromRef(host.context?.gitRef);
    if (fromTag) version = { contentVersion: fromTag, versionSource: `the tag ${host.context?.gitRef}` };
  }
  let trackingId: string | undefined;
  if (settings['tracking-id']) {
    trackingId = parseTrackingId(settings['tracking-id']);
    if (!trackingId) throw new UsageError(`tracking-id must be a GUID or pid-<GUID>-partnercenter; got '${settings['tracking-id']}'.`);
  }
  return {
    appPath: settings.path,
    appAbsolute,
    appDisplay: displayPath(host.workingDirectory, appAbsolute),
    outAbsolute,
    outDisplay: displayPath(host.workingDirectory, outAbsolute),
    ...version,
    trackingId,
    epochSeconds: epochOf(host.context?.sourceDateEpoch),
    target: settings.target as PackageTarget,
  };
}

/** SOURCE_DATE_EPOCH when set (whole seconds), else 1980-01-01, the first instant a zip can hold. */
function epochOf(given: string | undefined): number {
  if (given === undefined || given.trim() === '') return DEFAULT_ZIP_EPOCH;
  if (!/^\d+$/.test(given.trim())) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01; got '${given}'.`);
  return Number(given.trim());
}
