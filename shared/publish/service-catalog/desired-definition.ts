import type { ApplicationDefinition } from '@azure/arm-managedapplications';
import type { SettingsOf } from '../../commands/definition.js';
import type { publishServiceCatalogCommand } from '../../commands/publish-service-catalog.js';
import { parseNotificationEndpoint, parsePolicies, parseTags } from './definition-inputs.js';
import { PACKAGE_HASH_TAG, VERSION_TAG } from './definition-diff.js';
import { parseAuthorizations } from './role-names.js';

export type PublishSettings = SettingsOf<typeof publishServiceCatalogCommand>;

/** How the definition gets its package: the templates inline, or a URL Azure downloads. */
export type PackageReference =
  | { readonly kind: 'inline'; readonly mainTemplate: Record<string, unknown>; readonly createUiDefinition: Record<string, unknown> }
  | { readonly kind: 'url'; readonly url: string };

export interface DesiredInputs {
  readonly settings: PublishSettings;
  readonly name: string;
  readonly workingDirectory: string;
  readonly describe: (input: string) => string;
  readonly packageReference: PackageReference;
  /** sha256 of the package zip; undefined when the package is only a URL given by the user. */
  readonly packageHash?: string;
  readonly version?: string;
}

/**
 * The definition mapp would write: the inputs, and for each input left out the value the
 * existing definition has (policies, authorizations, texts), so a run never drops what someone
 * set in the portal. Tags are merged; the package hash and version tags are mapp's.
 */
export function desiredDefinition(inputs: DesiredInputs, existing: ApplicationDefinition | undefined): ApplicationDefinition {
  const { settings, describe } = inputs;
  const displayName = settings['display-name'] ?? existing?.displayName ?? inputs.name;
  const lockingGiven = settings['allowed-actions'].length > 0 || settings['allowed-data-actions'].length > 0;
  const tags: Record<string, string> = { ...existing?.tags, ...parseTags(settings.tags, describe('tags')) };
  if (inputs.packageHash) tags[PACKAGE_HASH_TAG] = inputs.packageHash;
  else delete tags[PACKAGE_HASH_TAG];
  if (inputs.version) tags[VERSION_TAG] = inputs.version;
  const authorizations = settings.authorizations.length > 0 ? parseAuthorizations(settings.authorizations, describe('authorizations')) : existing?.authorizations;
  const reference = inputs.packageReference;
  return {
    location: settings.location,
    tags,
    lockLevel: settings['lock-level'] as ApplicationDefinition['lockLevel'],
    displayName,
    description: settings.description ?? existing?.description ?? displayName,
    isEnabled: settings.enabled,
    ...(authorizations ? { authorizations } : {}),
    ...(reference.kind === 'url' ? { packageFileUri: reference.url } : { mainTemplate: reference.mainTemplate, createUiDefinition: reference.createUiDefinition }),
    storageAccountId: settings['storage-account-id'] ?? existing?.storageAccountId,
    notificationPolicy: settings['notification-endpoint']
      ? { notificationEndpoints: [{ uri: parseNotificationEndpoint(settings['notification-endpoint'], describe('notification-endpoint')) }] }
      : existing?.notificationPolicy,
    lockingPolicy: lockingGiven
      ? {
          allowedActions: settings['allowed-actions'].length > 0 ? settings['allowed-actions'] : existing?.lockingPolicy?.allowedActions,
          allowedDataActions: settings['allowed-data-actions'].length > 0 ? settings['allowed-data-actions'] : existing?.lockingPolicy?.allowedDataActions,
        }
      : existing?.lockingPolicy,
    deploymentPolicy: settings['deployment-mode'] ? { deploymentMode: settings['deployment-mode'] as 'Incremental' | 'Complete' } : existing?.deploymentPolicy,
    managementPolicy: settings['management-mode'] ? { mode: settings['management-mode'] as 'Managed' | 'Unmanaged' } : existing?.managementPolicy,
    policies: settings.policies ? parsePolicies(settings.policies, inputs.workingDirectory, describe('policies')) : existing?.policies,
  };
}
