import { ApplicationClient, type ApplicationDefinition } from '@azure/arm-managedapplications';
import { connectToAzure, type AzureConnection } from '../../azure/connect.js';
import { describeIdentity } from '../../azure/identity-settings.js';
import { publishServiceCatalogCommand } from '../../commands/publish-service-catalog.js';
import { setOutputs } from '../../commands/run-command.js';
import { UsageError } from '../../commands/usage-error.js';
import { describeInput } from '../../host/describe-input.js';
import type { CommandResult, Host } from '../../host/host.js';
import { parseJson } from '../../json/parse-json.js';
import { parseSasMinutes } from './definition-inputs.js';
import { describeChanges, diffDefinitions } from './definition-diff.js';
import { desiredDefinition, type PackageReference, type PublishSettings } from './desired-definition.js';
import { extraFiles, loadPackage, type PublishPackage } from './package-source.js';
import { blobUrl, maskedUrl, sasSecrets, uploadPackage, type BlobTarget } from './package-upload.js';
import { explainArmFailure, explainStorageFailure, PublishFailure, type FailureContext } from './publish-errors.js';
import { headline, renderPublishSummary, type PublishReport } from './publish-summary.js';
import { armClientOptions } from '../../azure/arm-client-options.js';

type Source = 'inline' | 'upload' | 'url';

function chooseSource(settings: PublishSettings, describe: (n: string) => string): Source {
  const chosen = settings['package-source'];
  const source: Source = chosen !== 'auto' ? (chosen as Source) : settings['package-url'] ? 'url' : settings['storage-account'] ? 'upload' : 'inline';
  if (source === 'url' && !settings['package-url']) throw new UsageError(`${describe('package-source')} is url but ${describe('package-url')} is empty: give the package URL.`);
  if (source === 'upload' && !settings['storage-account']) throw new UsageError(`${describe('package-source')} is upload but ${describe('storage-account')} is empty: give the storage account to upload to.`);
  if (source === 'upload' && !/^[a-z0-9]{3,24}$/.test(settings['storage-account']!)) {
    throw new UsageError(`${describe('storage-account')} must be a storage account name (3 to 24 lowercase letters and digits); got '${settings['storage-account']}'.`);
  }
  return source;
}

function definitionName(settings: PublishSettings, version: string | undefined, describe: (n: string) => string): string {
  const name = settings.versioning === 'per-version' ? (version ? `${settings.name}-${version}` : undefined) : settings.name;
  if (!name) throw new UsageError(`${describe('versioning')} is per-version, but there is no version: give ${describe('version')} or a contentVersion in mainTemplate.json.`);
  if (!/^[-\w.()]{3,64}$/.test(name)) throw new UsageError(`Definition name '${name}' (${describe('name')}) must be 3 to 64 letters, digits, '-', '_', '.', '(' or ')'.`);
  return name;
}

/** The ARM client of the connection's cloud; its pipeline retries 429 (Retry-After) and 5xx replies. */
function applicationClient(connection: AzureConnection, subscriptionId: string): ApplicationClient {
  return new ApplicationClient(connection.credential, subscriptionId, armClientOptions(connection));
}

/** GET the definition; a missing definition is undefined, a missing resource group an error. */
async function readDefinition(client: ApplicationClient, resourceGroup: string, name: string): Promise<ApplicationDefinition | undefined> {
  let status = 0;
  let body: unknown;
  const found = await client.applicationDefinitions.get(resourceGroup, name, {
    onResponse: (raw) => {
      status = raw.status;
      body = raw.parsedBody ?? raw.bodyAsText;
    },
  });
  if (status !== 404) return found;
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (error?.code && error.code !== 'ResourceNotFound') throw { name: 'RestError', statusCode: 404, code: error.code, message: error.message ?? '' };
  return undefined;
}

function safeJson(text: string): unknown {
  try {
    return parseJson(text);
  } catch {
    return undefined;
  }
}

/**
 * Publishes a managed application definition: loads (or builds) the package, reads the current
 * definition, and writes only when the package hash or a property differs. what-if prints the
 * difference and writes nothing.
 */
export async function publishServiceCatalog(host: Host, settings: PublishSettings): Promise<CommandResult> {
  try {
    return await publish(host, settings);
  } catch (error) {
    // Azure refused or the package cannot go: a failed operation (exit 1), not a crash.
    if (error instanceof PublishFailure) return { exitCode: 1, message: error.message };
    throw error;
  }
}

/** What one run publishes: the package (unless only a URL was given), its version and the definition name. */
interface PublishPlan {
  readonly source: Source;
  readonly pkg?: PublishPackage;
  readonly version?: string;
  readonly name: string;
  readonly sasMinutes: number;
}

async function planPublish(host: Host, settings: PublishSettings, describe: (n: string) => string): Promise<PublishPlan | { failed: CommandResult }> {
  if (settings['storage-account-key']) host.outputs.mask(settings['storage-account-key']);
  const givenQuery = settings['package-url']?.split('?')[1];
  if (givenQuery) for (const secret of sasSecrets(givenQuery)) host.outputs.mask(secret);
  const source = chooseSource(settings, describe);
  const sasMinutes = parseSasMinutes(settings['sas-minutes'], describe('sas-minutes'));
  let pkg: PublishPackage | undefined;
  if (source !== 'url') {
    const loaded = await loadPackage(host, settings.path, settings.version, describe('path'));
    if ('failed' in loaded) return loaded;
    pkg = loaded;
    const extra = extraFiles(pkg);
    if (source === 'inline' && extra.length > 0) {
      throw new UsageError(`${pkg.display} has ${extra.join(', ')} besides the two templates, and an inline definition carries only mainTemplate.json and createUiDefinition.json: give ${describe('storage-account')} to upload the package, or ${describe('package-url')}.`);
    }
  }
  const version = settings.version?.replace(/^v/, '') ?? pkg?.contentVersion;
  return { source, pkg, version, name: definitionName(settings, version, describe), sasMinutes };
}

function blobTarget(settings: PublishSettings, plan: PublishPlan, connection: AzureConnection): BlobTarget | undefined {
  if (plan.source !== 'upload') return undefined;
  return {
    endpoint: (settings['blob-endpoint'] ?? `https://${settings['storage-account']}.blob.${connection.cloud.storageSuffix}`).replace(/\/+$/, ''),
    accountName: settings['storage-account']!,
    container: settings['storage-container'],
    blobName: `${plan.name}/${plan.pkg!.sha256}.zip`,
  };
}

/** Uploads the package and returns its URL with a read-only SAS (masked before it is returned). */
async function uploadAndSign(host: Host, settings: PublishSettings, plan: PublishPlan, target: BlobTarget, connection: AzureConnection, describe: (n: string) => string): Promise<string> {
  const key = settings['storage-account-key'];
  const signer = key ? ({ kind: 'account-key', accountKey: key } as const) : ({ kind: 'user-delegation', credential: connection.credential } as const);
  const pkg = plan.pkg!;
  try {
    const uploaded = await uploadPackage(target, signer, pkg.zip, plan.sasMinutes, new Date(), (secret) => host.outputs.mask(secret));
    host.log.info(uploaded.uploaded ? `Uploaded ${pkg.display} to ${blobUrl(target)} (${pkg.zip.length} bytes).` : `${blobUrl(target)} already holds this package; not uploaded again.`);
    return uploaded.urlWithSas;
  } catch (error) {
    throw explainStorageFailure(error, target.accountName, describeIdentity(connection.identity), describe);
  }
}

async function publish(host: Host, settings: PublishSettings): Promise<CommandResult> {
  const describe = (name: string) => describeInput(host, name);
  const plan = await planPublish(host, settings, describe);
  if ('failed' in plan) return plan.failed;
  const { pkg, name, version } = plan;

  const connection = connectToAzure(host, settings);
  const subscriptionId = connection.subscriptionId;
  if (!subscriptionId) throw new UsageError(`No subscription to publish to: set ${describe('subscription-id')}.`);
  const client = applicationClient(connection, subscriptionId);
  const resourceGroup = settings['resource-group'];
  const context: FailureContext = { action: `Publishing definition '${name}'`, subscriptionId, resourceGroup, definitionName: name, identity: describeIdentity(connection.identity), describe };
  const target = blobTarget(settings, plan, connection);
  const reference: PackageReference =
    plan.source === 'inline' ? { kind: 'inline', mainTemplate: pkg!.mainTemplate, createUiDefinition: pkg!.createUiDefinition } : { kind: 'url', url: target ? blobUrl(target) : settings['package-url']! };
  const shownPackage = (url: string | undefined) => (reference.kind === 'inline' ? 'inline templates' : maskedUrl(url ?? reference.url));

  try {
    const existing = await readDefinition(client, resourceGroup, name);
    const desired = desiredDefinition({ settings, name, workingDirectory: host.workingDirectory, describe, packageReference: reference, packageHash: pkg?.sha256, version }, existing);
    const changes = diffDefinitions(existing, desired);
    const definitionId = existing?.id ?? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Solutions/applicationDefinitions/${name}`;
    const base = { definitionId, definitionName: name, version, portalUrl: `${connection.cloud.portalUrl}/#resource${definitionId}/overview`, changes, existed: existing !== undefined };
    if (changes.length === 0) return finish(host, { ...base, result: 'unchanged', packageShown: shownPackage(existing?.packageFileUri) }, existing?.packageFileUri);
    if (settings['what-if']) return finish(host, { ...base, result: 'what-if', packageShown: shownPackage(undefined) }, undefined);
    if (target) desired.packageFileUri = await uploadAndSign(host, settings, plan, target, connection, describe);
    const written = await client.applicationDefinitions.createOrUpdate(resourceGroup, name, desired);
    return finish(host, { ...base, definitionId: written.id ?? definitionId, result: existing ? 'updated' : 'created', packageShown: shownPackage(desired.packageFileUri) }, desired.packageFileUri);
  } catch (error) {
    throw explainArmFailure(error, context);
  }
}

function finish(host: Host, report: PublishReport, packageUrl: string | undefined): CommandResult {
  host.log.info(`Definition ${report.definitionName} (${report.definitionId}): ${headline(report)}.`);
  for (const line of describeChanges(report.changes)) host.log.info(`  ${line}`);
  host.log.info(`Package: ${report.packageShown}`);
  if (report.result !== 'what-if') host.log.info(`Portal: ${report.portalUrl}`);
  host.summary.append(renderPublishSummary(report));
  setOutputs(host, publishServiceCatalogCommand, {
    'definition-id': report.definitionId,
    'definition-name': report.definitionName,
    version: report.version,
    'package-url': packageUrl ? maskedUrl(packageUrl) : '',
    'portal-url': report.portalUrl,
    result: report.result,
  });
  return { exitCode: 0 };
}
