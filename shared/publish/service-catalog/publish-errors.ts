import { UsageError } from '../../commands/usage-error.js';

/** A refusal from Azure, shaped into one line naming the cause, the fix and the ARM error code. */
export class PublishFailure extends Error {
  override readonly name = 'PublishFailure';
}

/** What a message about a failed call needs to name. */
export interface FailureContext {
  readonly action: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly definitionName: string;
  readonly identity: string;
  readonly describe: (input: string) => string;
}

interface ServiceErrorShape {
  readonly status?: number;
  readonly code: string;
  readonly detail: string;
}

/** Reads a RestError of any copy of core-rest-pipeline (duck-typed: the SDK may bundle its own). */
export function serviceError(error: unknown): ServiceErrorShape | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { name?: unknown; statusCode?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (e.name !== 'RestError') return undefined;
  const details = e.details as { error?: { code?: string; message?: string }; errorCode?: string } | undefined;
  const code = (typeof e.code === 'string' && e.code) || details?.error?.code || details?.errorCode || (typeof e.statusCode === 'number' ? `Http${e.statusCode}` : 'RequestFailed');
  const detail = details?.error?.message ?? (typeof e.message === 'string' ? e.message : '');
  return { status: typeof e.statusCode === 'number' ? e.statusCode : undefined, code, detail: detail.split('\n')[0]!.slice(0, 400) };
}

/** Turns an ARM error reply into a usage error or a failure whose message says what to do. */
export function explainArmFailure(error: unknown, context: FailureContext): unknown {
  const found = serviceError(error);
  if (!found) return error;
  const cause = `${found.code}${found.status ? `, HTTP ${found.status}` : ''}: ${found.detail}`;
  const where = `resource group '${context.resourceGroup}' of subscription ${context.subscriptionId}`;
  switch (found.code) {
    case 'ResourceGroupNotFound':
      return new UsageError(`${context.action} failed: ${where} does not exist (${cause}). Create it (az group create --name ${context.resourceGroup} --location <region>) or fix ${context.describe('resource-group')}.`);
    case 'SubscriptionNotFound':
    case 'InvalidSubscriptionId':
      return new UsageError(`${context.action} failed: subscription ${context.subscriptionId} was not found (${cause}). Check ${context.describe('subscription-id')}.`);
    case 'MissingSubscriptionRegistration':
    case 'NoRegisteredProviderFound':
      return new PublishFailure(`${context.action} failed: subscription ${context.subscriptionId} is not registered for Microsoft.Solutions (${cause}). Register it once: az provider register --namespace Microsoft.Solutions (or Subscriptions > Resource providers in the portal), then run again.`);
    case 'AuthorizationFailed':
    case 'LinkedAuthorizationFailed':
      return new PublishFailure(`${context.action} failed: ${context.identity} may not write Microsoft.Solutions/applicationDefinitions in ${where} (${cause}). Give it the Contributor role (or Managed Application Contributor Role) on the resource group.`);
    case 'ApplicationDefinitionApplicationManagementPolicyLockConflict':
      return new PublishFailure(`${context.action} failed: definition '${context.definitionName}' already has another management mode, and Azure does not change it on an existing definition (${cause}). Leave out ${context.describe('management-mode')} to keep the existing mode, or delete the definition and publish again.`);
    case 'DownloadItemFromBlobFailed':
      return new PublishFailure(`${context.action} failed: Azure could not download the package (${cause}). A private blob needs a SAS: use ${context.describe('storage-account')} (mapp uploads and signs a read-only SAS) or give a ${context.describe('package-url')} Azure can read.`);
    case 'InvalidAuthorization':
    case 'ApplicationDefinitionInvalidAuthorizations':
    case 'InvalidApplicationDefinitionAuthorization':
      return new UsageError(`${context.action} failed: Azure refused the authorizations (${cause}). Check ${context.describe('authorizations')}: principalId:roleDefinitionId pairs; the role must not allow deleting the resource group (not Owner).`);
    default:
      if (found.status === 401) return new PublishFailure(`${context.action} failed: Azure Resource Manager refused the token of ${context.identity} (${cause}). Check that the tenant owns the subscription and the cloud is the right one.`);
      if (found.status === 403) return new PublishFailure(`${context.action} failed: ${context.identity} lacks permission in ${where} (${cause}). Give it the Contributor role on the resource group.`);
      return new PublishFailure(`${context.action} failed (${cause}).`);
  }
}

/** Storage refusals (upload, container, user-delegation key), shaped the same way. */
export function explainStorageFailure(error: unknown, account: string, identity: string, describe: (input: string) => string): unknown {
  const found = serviceError(error);
  const network = error instanceof Error && /ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(`${(error as { code?: string }).code ?? ''} ${error.message}`);
  if (network) return new PublishFailure(`Uploading the package failed: the blob endpoint of storage account '${account}' cannot be reached (${error.message}). Check ${describe('storage-account')} and ${describe('blob-endpoint')}.`);
  if (!found) return error;
  const cause = `${found.code}${found.status ? `, HTTP ${found.status}` : ''}: ${found.detail}`;
  if (found.status === 403 || found.code.startsWith('Authorization')) {
    return new PublishFailure(`Uploading the package to storage account '${account}' failed: ${identity} may not write blobs or get a user-delegation key there (${cause}). Give it the Storage Blob Data Contributor role on the account (or the container), or give ${describe('storage-account-key')}.`);
  }
  if (found.status === 401 || found.code === 'AuthenticationFailed') {
    return new PublishFailure(`Uploading the package to storage account '${account}' failed: the storage service refused the credential (${cause}). Check ${describe('storage-account-key')}, or sign in with Entra and leave it out.`);
  }
  return new PublishFailure(`Uploading the package to storage account '${account}' failed (${cause}).`);
}
