import { azureConnectionInputs } from './azure-inputs.js';
import { defineCommand } from './definition.js';

export const publishServiceCatalogCommand = defineCommand({
  name: 'publish-service-catalog',
  title: 'mapp publish-service-catalog',
  summary: 'Publish an Azure Managed Application definition to a service catalog: read, compare, write only what changed.',
  description:
    'Publish a managed application definition (Microsoft.Solutions/applicationDefinitions) to a resource group: builds the package from an app folder or takes a built zip, puts it inline, in a storage container behind a short-lived read-only SAS, or at a URL you give, then reads the current definition and writes only when the package or a property changed. Policies the inputs do not set are kept, so definitions made in the portal can be updated.',
  task: { name: 'MappPublishServiceCatalog', id: 'da29ea84-c24e-4a37-b60b-2e826825ab57', category: 'Deploy' },
  inputs: {
    path: {
      kind: 'path',
      description: 'The app folder to build (mainTemplate.json and createUiDefinition.json at its root), or a built package .zip.',
      default: '.',
      positional: true,
    },
    'resource-group': { kind: 'string', description: 'Resource group the definition lives in. It must exist.', required: true, short: 'g' },
    name: { kind: 'string', description: 'Name of the definition (with versioning per-version, the version is appended: <name>-<version>).', required: true, short: 'n' },
    location: { kind: 'string', description: 'Azure region of the definition, for example westeurope.', required: true, short: 'l' },
    'display-name': { kind: 'string', description: 'Display name shown in the service catalog. Default: the existing one, else the name.' },
    description: { kind: 'string', description: 'Description shown in the service catalog. Default: the existing one, else the display name.' },
    'lock-level': {
      kind: 'choice',
      description: 'Lock on the managed resource group: ReadOnly, CanNotDelete or None.',
      options: ['ReadOnly', 'CanNotDelete', 'None'],
      default: 'ReadOnly',
    },
    authorizations: {
      kind: 'list',
      description:
        'Publisher access to the managed resource group: principalId:role pairs, one per line or comma-separated. role is a role definition id or a built-in role name (Owner, Contributor, Reader, ...). Default: the existing ones.',
    },
    'deployment-mode': { kind: 'choice', description: 'Deployment policy: Incremental or Complete. Default: the existing policy.', options: ['Incremental', 'Complete'] },
    'management-mode': {
      kind: 'choice',
      description:
        'Management policy: Managed or Unmanaged. Default: the existing policy (Azure refuses to change the mode of an existing definition; delete it first to change it).',
      options: ['Managed', 'Unmanaged'],
    },
    'notification-endpoint': { kind: 'string', description: 'HTTPS endpoint notified of managed application events. Default: the existing policy.' },
    'allowed-actions': {
      kind: 'list',
      description: 'Locking policy: actions the deny assignment lets customers perform, one per line or comma-separated. Default: the existing policy.',
    },
    'allowed-data-actions': {
      kind: 'list',
      description: 'Locking policy: data actions the deny assignment lets customers perform. Default: the existing policy.',
    },
    policies: {
      kind: 'string',
      description:
        'Azure Policy assignments for the managed application: a JSON array of {"name", "policyDefinitionId", "parameters"}, inline or as the path of a .json file. Default: the existing ones.',
    },
    enabled: { kind: 'boolean', description: 'Whether the definition can be used to create managed applications (isEnabled).', default: 'true' },
    tags: { kind: 'list', description: 'Tags, key=value, one per line or comma-separated. Existing tags not named here are kept.' },
    'package-source': {
      kind: 'choice',
      description:
        'Where the definition gets its package. auto: package-url when given, else upload when storage-account is given, else inline. inline: the templates in the definition (the package must be only mainTemplate.json and createUiDefinition.json). upload: the zip to storage-account behind a read-only SAS. url: package-url as given.',
      options: ['auto', 'inline', 'upload', 'url'],
      default: 'auto',
    },
    'package-url': { kind: 'string', description: 'package-source url: the package zip URL Azure downloads (a SAS signature in it is masked).' },
    'storage-account': { kind: 'string', description: 'package-source upload: storage account name to upload the package to.' },
    'storage-container': { kind: 'string', description: 'package-source upload: blob container, created when missing (private).', default: 'mapp-packages' },
    'storage-account-key': {
      kind: 'secret',
      description:
        'package-source upload: account key, only when Entra sign-in to the storage account is not possible. Without it mapp signs the SAS with a user-delegation key (needs Storage Blob Data Contributor).',
    },
    'blob-endpoint': {
      kind: 'string',
      description: 'package-source upload: blob service endpoint, when not https://<storage-account>.blob.<cloud suffix> (an emulator or a private endpoint name).',
    },
    'sas-minutes': { kind: 'string', description: 'package-source upload: how long the read-only SAS Azure downloads the package with stays valid, in minutes.', default: '60' },
    'storage-account-id': {
      kind: 'string',
      description: 'Bring your own storage: resource id of the storage account Azure keeps the definition in (storageAccountId).',
    },
    version: {
      kind: 'string',
      description: "Version of the definition: stamped into the template when building, and kept in the mapp-version tag. Default: the template's contentVersion.",
    },
    versioning: {
      kind: 'choice',
      description: 'in-place: update the one definition. per-version: one definition per version, named <name>-<version>.',
      options: ['in-place', 'per-version'],
      default: 'in-place',
    },
    'what-if': { kind: 'boolean', description: 'Print what would change and write nothing (no upload, no definition write).', default: 'false' },
    ...azureConnectionInputs,
  },
  outputs: {
    'definition-id': { description: 'Resource id of the definition.' },
    'definition-name': { description: 'Name of the definition (with the version suffix under per-version).' },
    version: { description: 'Version published (the mapp-version tag).' },
    'package-url': { description: 'Package URL the definition was given, its SAS signature replaced by ***. Empty for inline packages.' },
    'portal-url': { description: 'Link to the definition in the Azure portal.' },
    result: { description: 'created, updated, unchanged, or what-if.' },
  },
});
