import type { AzureConnectionSettings } from '../commands/azure-inputs.js';
import { UsageError } from '../commands/usage-error.js';
import { customCloud, hasOverrides, knownCloud, type AzureCloudDescription, type CloudOverrides } from './cloud.js';
import type { AzureServiceConnection, RunnerIdentity } from './runner-identity.js';
import { describeRunnerInput } from '../host/describe-input.js';

type KnownCloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';
const KNOWN_NAMES: readonly KnownCloudName[] = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];

function knownName(name: string | undefined): KnownCloudName | undefined {
  return KNOWN_NAMES.find((known) => known.toLowerCase() === name?.toLowerCase());
}

function checkUrl(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} must be an absolute https URL; got '${value}'.`);
  }
  if (url.protocol !== 'https:') throw new UsageError(`${what} must use https (Entra ID and ARM clients refuse plain http); got '${value}'.`);
  return value;
}

/** The endpoints given as inputs, or by the face's environment (CLI). */
function explicitOverrides(settings: AzureConnectionSettings, runner: RunnerIdentity | undefined): CloudOverrides {
  const env = runner?.environment ?? {};
  const describe = (name: string) => describeRunnerInput(runner, name);
  return {
    authorityHost: checkUrl(settings['authority-host'] ?? env.authorityHost, describe('authority-host')),
    armEndpoint: checkUrl(settings['arm-endpoint'] ?? env.armEndpoint, describe('arm-endpoint')),
    partnerCenterEndpoint: checkUrl(settings['partner-center-endpoint'] ?? env.partnerCenterEndpoint, describe('partner-center-endpoint')),
  };
}

/**
 * The cloud for a run without a service connection: the `cloud` input picks a base, explicit
 * endpoints replace its values. Custom needs at least the authority host and the ARM endpoint.
 */
export function resolveCloud(settings: AzureConnectionSettings, runner: RunnerIdentity | undefined): AzureCloudDescription {
  const overrides = explicitOverrides(settings, runner);
  const describe = (name: string) => describeRunnerInput(runner, name);
  if (settings.cloud === 'Custom') {
    const missing = (['authority-host', 'arm-endpoint'] as const).filter(
      (name) => !(name === 'authority-host' ? overrides.authorityHost : overrides.armEndpoint),
    );
    if (missing.length > 0) {
      throw new UsageError(`${describe('cloud')} is Custom, so ${missing.map(describe).join(' and ')} must be given too.`);
    }
  }
  const base = knownCloud(knownName(settings.cloud) ?? 'AzureCloud');
  return hasOverrides(base, overrides) || settings.cloud === 'Custom' ? customCloud(base, overrides) : base;
}

/**
 * The cloud of an AzureRM service connection: its environment names the base, and its own
 * endpoint URL and authority (set by the agent for every cloud, Azure Stack included) win.
 */
export function serviceConnectionCloud(
  connection: AzureServiceConnection,
  settings: AzureConnectionSettings,
  runner: RunnerIdentity | undefined,
): AzureCloudDescription {
  const inputs = explicitOverrides(settings, runner);
  const name = knownName(connection.environment);
  if (!name && !(connection.armUrl && connection.authorityUrl)) {
    throw new UsageError(
      `Service connection '${connection.id}' is for environment '${connection.environment ?? '(none)'}' but does not give both its Resource Manager URL and its authority URL (activeDirectoryAuthority): edit the service connection or use one for AzureCloud, AzureUSGovernment or AzureChinaCloud.`,
    );
  }
  const base = knownCloud(name ?? 'AzureCloud');
  const overrides: CloudOverrides = {
    authorityHost: inputs.authorityHost ?? connection.authorityUrl,
    armEndpoint: inputs.armEndpoint ?? connection.armUrl,
    partnerCenterEndpoint: inputs.partnerCenterEndpoint,
  };
  return hasOverrides(base, overrides) || !name ? customCloud(base, overrides) : base;
}
