import { unzipSync } from 'fflate';
import { evaluateTemplate, TemplateEvaluationError, type EvaluatedResource } from '../../shared/arm-eval/index.js';
import { parseJson } from '../../shared/json/parse-json.js';
import type { StandInContext } from '../context.js';
import { failArm } from '../reply.js';
import { ReplyError } from '../router.js';
import type { SubscriptionRecord } from '../state.js';
import type { ApplicationDefinitionRecord } from './managed-app-definitions.js';
import { deployedRecord, readDeployedResource, storeDeployedResource } from './deployed-resources.js';

/**
 * Deploys a managed application definition's mainTemplate into the managed resource group with
 * the ARM template evaluator, the way the Solutions provider deploys it: the template comes from
 * the definition's `mainTemplate`, or from mainTemplate.json in the zip at `packageFileUri`.
 */

function parseTemplate(text: string, source: string): unknown {
  try {
    return parseJson(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    return failArm(400, 'InvalidTemplate', `Deployment template parse failed: '${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}'.`);
  }
}

async function packageTemplate(uri: string): Promise<unknown> {
  const shown = uri.split('?')[0];
  let bytes: Uint8Array;
  try {
    const response = await fetch(uri);
    if (response.status !== 200) failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${shown}'. Status code: ${response.status}.`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof ReplyError) throw error;
    return failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${shown}': ${error instanceof Error ? error.message : String(error)}.`);
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return failArm(400, 'InvalidApplicationPackage', `The package file at '${shown}' is not a zip archive.`);
  }
  const name = Object.keys(entries).find((entry) => entry.toLowerCase() === 'maintemplate.json');
  if (!name) return failArm(400, 'InvalidApplicationPackage', `The package file at '${shown}' has no mainTemplate.json at its root.`);
  return parseTemplate(new TextDecoder().decode(entries[name]), `mainTemplate.json in '${shown}'`);
}

/** The definition's template: inline `mainTemplate` (object or JSON text), else the package's mainTemplate.json. */
export async function definitionTemplate(definition: ApplicationDefinitionRecord): Promise<unknown> {
  const inline = definition.properties.mainTemplate;
  if (typeof inline === 'string') return parseTemplate(inline, 'The definition\'s mainTemplate');
  if (inline !== undefined) return inline;
  const uri = definition.properties.packageFileUri;
  if (typeof uri !== 'string') return failArm(400, 'ApplicationDefinitionPackageMissing', `The application definition '${definition.id}' has neither mainTemplate nor packageFileUri.`);
  return packageTemplate(uri);
}

export interface ManagedDeployment {
  readonly subscription: SubscriptionRecord;
  readonly groupName: string;
  readonly location: string;
  readonly applicationId: string;
  readonly deploymentName: string;
}

/**
 * Evaluates and, only when the whole template evaluates, stores every resource (parents first);
 * returns the evaluated outputs. A TemplateEvaluationError answers 400 InvalidTemplate (or
 * DeploymentFailed when a reference() failed), with the template path in the message.
 */
export async function deployTemplate(context: StandInContext, template: unknown, parameters: Record<string, unknown>, target: ManagedDeployment): Promise<Record<string, unknown>> {
  const pending: EvaluatedResource[] = [];
  let evaluation;
  try {
    evaluation = await evaluateTemplate(template, parameters, {
      subscription: { subscriptionId: target.subscription.subscriptionId, tenantId: target.subscription.tenantId, displayName: target.subscription.displayName },
      resourceGroup: { name: target.groupName, location: target.location, managedBy: target.applicationId },
      deploymentName: target.deploymentName,
      onResourceEvaluated: async (resource) => void pending.push(resource),
      reference: async (id, _apiVersion, full) => {
        const deployedNow = pending.find((r) => r.id.toLowerCase() === id.toLowerCase());
        const found = deployedNow ? pendingView(context, deployedNow, target.subscription.tenantId) : readDeployedResource(context, id);
        if (!found) throw new Error(`the resource '${id}' was not found`);
        return full ? found : found.properties;
      },
    });
  } catch (error) {
    if (!(error instanceof TemplateEvaluationError)) throw error;
    if (error.code === 'InvalidTemplate') failArm(400, 'InvalidTemplate', `Deployment template validation failed: '${error.message}'.`);
    failArm(400, 'DeploymentFailed', `At least one resource deployment operation failed: '${error.message}'.`);
  }
  const parentsFirst = [...pending].sort((a, b) => a.type.split('/').length - b.type.split('/').length);
  for (const resource of parentsFirst) storeDeployedResource(context, resource, target.subscription.tenantId);
  return evaluation.outputs;
}

/** What a GET will return for a resource evaluated in this deployment but not stored yet. */
function pendingView(context: StandInContext, resource: EvaluatedResource, tenantId: string): Record<string, unknown> {
  const { apiVersion: _apiVersion, ...view } = deployedRecord(resource, context.now(), tenantId);
  return view;
}
