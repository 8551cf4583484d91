import type { DeploymentScope } from '../arm-eval/index.js';
import { ArmError, armGet, armPipeline } from '../azure/arm-get.js';
import type { AzureConnection } from '../azure/connect.js';
import { UsageError } from '../commands/usage-error.js';
import type { Host } from '../host/host.js';
import { findFactory, readApplication, type ApplicationFacts } from './application-target.js';
import { deployObjects } from './deploy-factory.js';
import { gitDeployPlan, loadDeploySource, type DeploySource } from './deploy-order.js';
import { factoryClient, factoryRequest, factoryTarget, type FactoryTarget } from './factory-client.js';
import { parseJsonObject, type SmokeRunSettings } from './smoke-settings.js';
import { declaredParameters, parameterValuesOf, templateDeployment, type TemplateDeployment } from './template-objects.js';

const SUBSCRIPTIONS_API = '2022-12-01';
const RESOURCE_GROUPS_API = '2021-04-01';

type Describe = (name: string) => string;

/** Every string inside a value, for masking a secure object parameter. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

/**
 * The values the template is evaluated with: the application's (those the template still
 * declares), overridden by the template-parameters input. Secure values are masked at once.
 */
function templateParameterValues(host: Host, template: Record<string, unknown>, file: string, application: ApplicationFacts | undefined, settings: SmokeRunSettings, describe: Describe): Record<string, unknown> {
  const declared = declaredParameters(template);
  const raw = settings['template-parameters'];
  if (raw?.trimStart().startsWith('{')) host.outputs.mask(raw);
  const given = settings['template-parameters'] === undefined ? {} : parameterValuesOf(parseJsonObject(settings['template-parameters'], describe('template-parameters'), host.workingDirectory), describe('template-parameters'));
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(application?.parameters ?? {})) {
    const declaration = declared.get(name.toLowerCase());
    if (declaration) values[declaration.name] = value;
    else host.log.debug(`The application's parameter ${name} is not declared by ${file}; it is left out.`);
  }
  for (const [name, value] of Object.entries(given)) {
    const declaration = declared.get(name.toLowerCase());
    if (declaration?.secure) for (const secret of stringsIn(value)) if (secret) host.outputs.mask(secret);
    if (!declaration) {
      const names = [...declared.values()].map((d) => d.name).join(', ') || 'none';
      throw new UsageError(`${describe('template-parameters')} gives parameter ${name}, which ${file} does not declare (it declares ${names}).`);
    }
    values[declaration.name] = value;
  }
  // Azure never returns an application's securestring values: say so, rather than only that one is missing.
  const missing = [...declared.values()].filter((d) => d.secure && !d.hasDefault && !(d.name in values)).map((d) => d.name);
  if (missing.length > 0) {
    const source = application ? "Azure does not return an application's securestring parameters, so" : 'Secure parameters have no default here, so';
    const example = JSON.stringify(Object.fromEntries(missing.map((name) => [name, '...'])));
    throw new UsageError(`${file} needs the secure parameter${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ${source} give ${missing.length > 1 ? 'them' : 'it'} in ${describe('template-parameters')}, e.g. ${example} (masked in every log).`);
  }
  return values;
}

function textOf(record: unknown, key: string): string | undefined {
  const value = (record as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * What `subscription()`, `resourceGroup()` and `reference()` return for a deployment into the
 * factory's resource group, read from ARM. `reference()` without an api-version uses the one the
 * template declares for that resource type, as ARM does for resources of the same template.
 */
async function deploymentScope(connection: AzureConnection, subscriptionId: string, resourceGroup: string, template: Record<string, unknown>, describeGroup: string): Promise<DeploymentScope> {
  const pipeline = armPipeline(connection);
  const subscription = await armGet(connection, pipeline, `/subscriptions/${encodeURIComponent(subscriptionId)}`, SUBSCRIPTIONS_API);
  let group: unknown;
  try {
    group = await armGet(connection, pipeline, `/subscriptions/${encodeURIComponent(subscriptionId)}/resourceGroups/${encodeURIComponent(resourceGroup)}`, RESOURCE_GROUPS_API);
  } catch (error) {
    if (error instanceof ArmError && error.status === 404) throw new UsageError(`Resource group ${resourceGroup} was not found in subscription ${subscriptionId}: check ${describeGroup}.`);
    throw error;
  }
  const declaredVersions = new Map<string, string>();
  for (const resource of Array.isArray(template.resources) ? template.resources : []) {
    const type = textOf(resource, 'type');
    const apiVersion = textOf(resource, 'apiVersion');
    if (type && apiVersion && !type.startsWith('[')) declaredVersions.set(type.toLowerCase(), apiVersion);
  }
  return {
    subscription: { subscriptionId, tenantId: textOf(subscription, 'tenantId') ?? '', displayName: textOf(subscription, 'displayName') },
    resourceGroup: { name: textOf(group, 'name') ?? resourceGroup, location: textOf(group, 'location') ?? '', managedBy: textOf(group, 'managedBy') },
    reference: async (resourceId, apiVersion, full) => {
      const type = /\/providers\/(.+)$/i.exec(resourceId)?.[1]?.split('/').filter((_, i) => i === 0 || i % 2 === 1).join('/');
      const version = apiVersion ?? (type ? declaredVersions.get(type.toLowerCase()) : undefined);
      if (!version) throw new UsageError(`reference('${resourceId}') has no api-version and the template declares none for its type; add one to the reference() call.`);
      const body = await armGet(connection, pipeline, resourceId, version);
      return full ? body : (body as { properties?: unknown } | null)?.properties;
    },
  };
}

/** Creates the factory from the template's declaration when it does not exist yet. */
async function ensureFactory(host: Host, target: FactoryTarget, deployment: TemplateDeployment, file: string, signal: AbortSignal | undefined): Promise<void> {
  const current = await factoryRequest(target, 'GET', '', undefined, signal);
  if (current.status !== 404) return;
  if (!deployment.factory) throw new UsageError(`Data factory ${target.factory} does not exist in resource group ${target.resourceGroup}, and ${file} does not declare it; create it or deploy the whole application first.`);
  const { location, identity, tags, properties } = deployment.factory;
  await factoryRequest(target, 'PUT', '', { location, ...(identity ? { identity } : {}), ...(tags ? { tags } : {}), properties: properties ?? {} }, signal);
  host.log.info(`Created data factory ${target.factory} in ${target.resourceGroup}.`);
}

/**
 * Finds the factory (by name, or in a managed application's managed resource group) and, when
 * asked, deploys the deploy input into it: a Git folder as it is, a template once evaluated.
 */
export async function prepareFactory(host: Host, connection: AzureConnection, settings: SmokeRunSettings, describe: Describe, signal: AbortSignal | undefined): Promise<FactoryTarget> {
  const source: DeploySource | undefined = settings.deploy ? loadDeploySource(host.workingDirectory, settings.deploy, describe('deploy')) : undefined;
  if (settings['template-parameters'] !== undefined && source?.kind !== 'template') {
    throw new UsageError(`${describe('template-parameters')} is only used when ${describe('deploy')} is a managed-application package or template.`);
  }
  const { client, subscriptionId } = factoryClient(connection, describe('subscription-id'));
  let resourceGroup = settings['resource-group'];
  let application: ApplicationFacts | undefined;
  let factory = settings.factory;
  if (settings.application) {
    application = await readApplication(connection, subscriptionId, resourceGroup, settings.application, signal);
    resourceGroup = application.managedResourceGroup;
    host.log.info(`Managed application ${settings.application}: managed resource group ${resourceGroup}.`);
    factory ??= await findFactory(client, resourceGroup, undefined, describe('factory'), signal, source?.kind === 'template');
  }
  let deployment: TemplateDeployment | undefined;
  if (source?.kind === 'template') {
    const values = templateParameterValues(host, source.template, source.file, application, settings, describe);
    const scope = await deploymentScope(connection, subscriptionId, resourceGroup, source.template, describe('resource-group'));
    deployment = await templateDeployment(source, values, scope, factory, describe('template-parameters'));
    factory ??= deployment.factoryName;
  }
  if (!factory) throw new UsageError(`Give ${describe('factory')} (or ${describe('application')}, or a template to deploy that declares the factory): mapp smoke-run needs to know which data factory to run.`);
  const target = factoryTarget(client, subscriptionId, resourceGroup, factory);
  if (source?.kind === 'git') {
    const objects = gitDeployPlan(source.objects, settings.deploy!);
    host.log.info(`Deploying ${objects.length} objects from ${settings.deploy} to data factory ${target.factory}.`);
    const result = await deployObjects(target, objects, host.log, signal);
    host.log.info(`Deployed: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
  } else if (source?.kind === 'template' && deployment) {
    const others = deployment.otherResources ? ` (its ${deployment.otherResources} other resources are not deployed by smoke-run)` : '';
    host.log.info(`Deploying ${deployment.objects.length} Data Factory objects of ${source.file}${others} to data factory ${target.factory}.`);
    await ensureFactory(host, target, deployment, source.file, signal);
    const result = await deployObjects(target, deployment.objects, host.log, signal);
    host.log.info(`Deployed: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
  }
  return target;
}
