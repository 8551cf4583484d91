import { armRoute, resourceId, resourceNotFound } from '../arm.js';
import type { StandInContext } from '../context.js';
import { failArm, json } from '../reply.js';
import type { Route, RouteModule, StandInRequest } from '../router.js';
import { failAdf, runRoutes } from './data-factory-runs.js';
import { resolveScenario, scenarioProblem, type DataFactoryScenario } from './data-factory-scenario.js';

/**
 * Azure Data Factory at api-version 2018-06-01: factories; pipelines, datasets, linked services,
 * data flows, integration runtimes and triggers (start, stop, and no update while started);
 * pipeline runs simulated from the activity graph (see data-factory-simulation.ts).
 */

const FACTORY_TYPE = 'Microsoft.DataFactory/factories';
const API_VERSIONS = ['2018-06-01'];
const FACTORY = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}';

type Json = Record<string, unknown>;

export interface FactoryRecord {
  readonly id: string;
  readonly name: string;
  readonly type: typeof FACTORY_TYPE;
  readonly location: string;
  readonly tags?: Record<string, string>;
  readonly identity?: unknown;
  readonly properties: Json;
  readonly eTag: string;
}

export interface FactoryObjectRecord {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  properties: Json;
  etag: string;
}

/** Child collections: URL segment, ARM type, reference type other objects name them by. */
const CHILDREN = [
  { segment: 'pipelines', type: 'pipelines', reference: 'PipelineReference', area: 'pipelines' },
  { segment: 'datasets', type: 'datasets', reference: 'DatasetReference', area: 'datasets' },
  { segment: 'linkedservices', type: 'linkedservices', reference: 'LinkedServiceReference', area: 'linkedServices' },
  { segment: 'dataflows', type: 'dataflows', reference: 'DataFlowReference', area: 'dataFlows' },
  { segment: 'integrationRuntimes', type: 'integrationruntimes', reference: 'IntegrationRuntimeReference', area: 'integrationRuntimes' },
  { segment: 'triggers', type: 'triggers', reference: undefined, area: 'triggers' },
] as const;
type Child = (typeof CHILDREN)[number];

const factories = (context: StandInContext) => context.state.collection<FactoryRecord>(FACTORY_TYPE);
const children = (context: StandInContext, child: Child) => context.state.collection<FactoryObjectRecord>(`${FACTORY_TYPE}/${child.type}`);
const etag = () => `"${Math.random().toString(16).slice(2, 10)}-0000-0000-0000-${Date.now().toString(16).padStart(12, '0')}"`;

function factoryKey(request: { params: Record<string, string> }): string {
  return resourceId(request.params.subscriptionId!, request.params.resourceGroupName!, FACTORY_TYPE, request.params.factoryName!).key;
}

function requireFactory(request: StandInRequest, context: StandInContext): FactoryRecord {
  const found = factories(context).get(factoryKey(request));
  if (!found) resourceNotFound(FACTORY_TYPE, request.params.factoryName!, request.params.resourceGroupName!);
  return found;
}

function bodyObject(request: StandInRequest): Json {
  const body = request.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) failArm(400, 'BadRequest', 'The request body must be a JSON object.');
  return body as Json;
}

/** Every `{referenceName, type}` reference inside an object's properties. */
function referencesIn(value: unknown, found: { type: string; name: string }[] = []): { type: string; name: string }[] {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Json;
    if (typeof record.referenceName === 'string' && typeof record.type === 'string') found.push({ type: record.type, name: record.referenceName });
    for (const inner of Object.values(record)) referencesIn(inner, found);
  }
  return found;
}

/** Data Factory refuses an object that names one missing from the factory. */
function checkReferences(context: StandInContext, factory: FactoryRecord, properties: Json, self: { child: Child; name: string }): void {
  for (const reference of referencesIn(properties)) {
    const child = CHILDREN.find((c) => c.reference === reference.type);
    if (!child || reference.name.toLowerCase() === 'autoresolveintegrationruntime') continue;
    if (child === self.child && reference.name.toLowerCase() === self.name.toLowerCase()) continue;
    const key = `${factory.id}/${child.type}/${reference.name}`.toLowerCase();
    if (!children(context, child).has(key)) failAdf(400, 'BadRequest', `The document creation or update failed because of invalid reference '${reference.name}'.`);
  }
}

/**
 * An object as Data Factory returns it: the value of every literal SecureString replaced by
 * asterisks (the service stores it encrypted and never gives it back).
 */
export function withSecureStringsMasked<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withSecureStringsMasked) as T;
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Json;
  if (record.type === 'SecureString' && typeof record.value === 'string') return { ...record, value: '**********' } as T;
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, withSecureStringsMasked(inner)])) as T;
}

function childRoutes(child: Child): Route[] {
  const pattern = `${FACTORY}/${child.segment}/{name}`;
  const keyOf = (factory: FactoryRecord, name: string) => `${factory.id}/${child.type}/${name}`.toLowerCase();
  return [
    armRoute({
      method: 'PUT', pattern, name: `arm.dataFactory.${child.area}.createOrUpdate`, apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const factory = requireFactory(request, context);
        const name = request.params.name!;
        const body = bodyObject(request);
        const properties = body.properties;
        if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) failAdf(400, 'BadRequest', "The request body must have a 'properties' object.");
        const existing = children(context, child).get(keyOf(factory, name));
        if (child.segment === 'triggers' && existing?.properties.runtimeState === 'Started') {
          failAdf(400, 'TriggerEnabledCannotUpdate', 'Cannot update enabled Trigger; the trigger needs to be disabled first. ');
        }
        checkReferences(context, factory, properties as Json, { child, name });
        const stored: Json = { ...(properties as Json) };
        if (child.segment === 'triggers') stored.runtimeState = existing?.properties.runtimeState ?? 'Stopped';
        const record: FactoryObjectRecord = { id: `${factory.id}/${child.type}/${existing?.name ?? name}`, name: existing?.name ?? name, type: `${FACTORY_TYPE}/${child.type}`, properties: stored, etag: etag() };
        children(context, child).set(keyOf(factory, name), record);
        return json(200, withSecureStringsMasked(record));
      },
    }),
    armRoute({
      method: 'GET', pattern, name: `arm.dataFactory.${child.area}.get`, apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const factory = requireFactory(request, context);
        const found = children(context, child).get(keyOf(factory, request.params.name!));
        if (!found) failAdf(404, 'NotFound', `Entity ${request.params.name} not found`);
        return json(200, withSecureStringsMasked(found));
      },
    }),
    armRoute({
      method: 'DELETE', pattern, name: `arm.dataFactory.${child.area}.delete`, apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const factory = requireFactory(request, context);
        return { status: children(context, child).delete(keyOf(factory, request.params.name!)) ? 200 : 204 };
      },
    }),
    armRoute({
      method: 'GET', pattern: `${FACTORY}/${child.segment}`, name: `arm.dataFactory.${child.area}.list`, apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const factory = requireFactory(request, context);
        const prefix = `${factory.id}/${child.type}/`.toLowerCase();
        return json(200, { value: [...children(context, child).entries()].filter(([key]) => key.startsWith(prefix)).map(([, record]) => withSecureStringsMasked(record)) });
      },
    }),
  ];
}

function triggerStateRoute(action: 'start' | 'stop'): Route {
  const trigger = CHILDREN.find((c) => c.segment === 'triggers')!;
  return armRoute({
    method: 'POST', pattern: `${FACTORY}/triggers/{name}/${action}`, name: `arm.dataFactory.triggers.${action}`, apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
    handler: (request, context) => {
      const factory = requireFactory(request, context);
      const found = children(context, trigger).get(`${factory.id}/triggers/${request.params.name}`.toLowerCase());
      if (!found) failAdf(404, 'NotFound', `Entity ${request.params.name} not found`);
      found.properties = { ...found.properties, runtimeState: action === 'start' ? 'Started' : 'Stopped' };
      found.etag = etag();
      return { status: 200 };
    },
  });
}

function factoryRoutes(): Route[] {
  return [
    armRoute({
      method: 'PUT', pattern: FACTORY, name: 'arm.dataFactory.factories.createOrUpdate', apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
      handler: (request, context, call) => {
        const body = bodyObject(request);
        if (typeof body.location !== 'string' || body.location === '') failArm(400, 'LocationRequired', 'The location property is required for this definition.');
        const key = factoryKey(request);
        const existing = factories(context).get(key);
        const name = existing?.name ?? request.params.factoryName!;
        const record: FactoryRecord = {
          id: resourceId(request.params.subscriptionId!, call.resourceGroup!.name, FACTORY_TYPE, name).id,
          name,
          type: FACTORY_TYPE,
          location: existing?.location ?? body.location,
          ...(body.tags ? { tags: body.tags as Record<string, string> } : {}),
          ...(body.identity ? { identity: body.identity } : {}),
          properties: { provisioningState: 'Succeeded', createTime: new Date(context.now()).toISOString(), version: '2018-06-01' },
          eTag: etag(),
        };
        factories(context).set(key, record);
        return json(200, record);
      },
    }),
    armRoute({
      method: 'GET', pattern: FACTORY, name: 'arm.dataFactory.factories.get', apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
      handler: (request, context) => json(200, requireFactory(request, context)),
    }),
    armRoute({
      method: 'GET', pattern: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories', name: 'arm.dataFactory.factories.listByResourceGroup',
      apiVersions: API_VERSIONS, resourceType: FACTORY_TYPE,
      handler: (request, context) => {
        const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${request.params.resourceGroupName}/`.toLowerCase();
        return json(200, { value: [...factories(context).entries()].filter(([key]) => key.startsWith(prefix)).map(([, f]) => f) });
      },
    }),
  ];
}

function scenarioRoutes(holder: { scenario: DataFactoryScenario }): Route[] {
  return [
    { method: 'GET', pattern: '/_stand-in/data-factory/scenario', name: '_stand-in.dataFactory.scenario.get', handler: () => json(200, holder.scenario) },
    {
      method: 'PUT', pattern: '/_stand-in/data-factory/scenario', name: '_stand-in.dataFactory.scenario.put',
      handler: (request) => {
        const body = request.json();
        const problem = scenarioProblem(body);
        if (problem) return json(400, { error: { code: 'InvalidScenario', message: problem } });
        holder.scenario = resolveScenario(body);
        return json(200, holder.scenario);
      },
    },
  ];
}

const HOLDERS = new WeakMap<StandInContext, { scenario: DataFactoryScenario }>();

/** The live scenario of a stand-in's Data Factory (tests may replace it between runs). */
export function dataFactoryScenario(context: StandInContext): { scenario: DataFactoryScenario } {
  let holder = HOLDERS.get(context);
  if (!holder) {
    holder = { scenario: resolveScenario(context.config.scenario['data-factory']) };
    HOLDERS.set(context, holder);
  }
  return holder;
}

export const dataFactoryModule: RouteModule = {
  name: 'data-factory',
  routes: (context) => {
    const holder = dataFactoryScenario(context);
    const pipelines = CHILDREN.find((c) => c.segment === 'pipelines')!;
    return [
      ...scenarioRoutes(holder),
      ...runRoutes({
        factoryKey,
        scenario: () => holder.scenario,
        pipeline: (key, name) => children(context, pipelines).get(`${key}/pipelines/${name}`.toLowerCase()) as Json | undefined,
      }),
      triggerStateRoute('start'),
      triggerStateRoute('stop'),
      ...CHILDREN.flatMap(childRoutes),
      ...factoryRoutes(),
    ];
  },
};

/** The Data Factory store's view of a resource a template deployed (managed applications). */
export interface DeployedFactoryResource {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly body: Record<string, unknown>;
}

/** True for Microsoft.DataFactory/factories and the child types this store keeps. */
export function isFactoryResourceType(type: string): boolean {
  const [namespace, factoriesSegment, childSegment, ...rest] = type.split('/');
  if (namespace?.toLowerCase() !== 'microsoft.datafactory' || factoriesSegment?.toLowerCase() !== 'factories' || rest.length) return false;
  return childSegment === undefined || CHILDREN.some((c) => c.type === childSegment.toLowerCase());
}

/**
 * Adds a factory or a child object (pipeline, dataset, linked service, data flow, integration
 * runtime, trigger) deployed by a template, so the factory routes list and GET it and runs can
 * start. Its factory must be stored first (templates deploy parents first). Triggers are Stopped.
 */
export function storeDeployedFactoryResource(context: StandInContext, resource: DeployedFactoryResource, tenantId: string): void {
  const segments = resource.id.split('/');
  const factoryId = segments.slice(0, 9).join('/');
  const properties = (typeof resource.body.properties === 'object' && resource.body.properties !== null ? resource.body.properties : {}) as Json;
  if (resource.type.split('/').length === 2) {
    const identity = resource.body.identity as Json | undefined;
    const systemAssigned = typeof identity?.type === 'string' && identity.type.includes('SystemAssigned');
    const record: FactoryRecord = {
      id: factoryId,
      name: resource.name,
      type: FACTORY_TYPE,
      location: String(resource.body.location ?? ''),
      ...(resource.body.tags ? { tags: resource.body.tags as Record<string, string> } : {}),
      ...(identity ? { identity: systemAssigned ? { ...identity, principalId: globalThis.crypto.randomUUID(), tenantId } : identity } : {}),
      properties: { ...properties, provisioningState: 'Succeeded', createTime: new Date(context.now()).toISOString(), version: '2018-06-01' },
      eTag: etag(),
    };
    factories(context).set(factoryId.toLowerCase(), record);
    return;
  }
  if (!factories(context).has(factoryId.toLowerCase())) throw new Error(`the factory '${segments[8]}' of '${resource.name}' is not deployed`);
  const child = CHILDREN.find((c) => c.type === segments[9]!.toLowerCase())!;
  const name = segments[10]!;
  const stored: Json = { ...properties, ...(child.segment === 'triggers' ? { runtimeState: 'Stopped' } : {}) };
  const record: FactoryObjectRecord = { id: `${factoryId}/${child.type}/${name}`, name, type: `${FACTORY_TYPE}/${child.type}`, properties: stored, etag: etag() };
  children(context, child).set(record.id.toLowerCase(), record);
}

/** A factory or child object by resource id (any case), as the factory routes return it. */
export function readFactoryResource(context: StandInContext, id: string): FactoryRecord | FactoryObjectRecord | undefined {
  const segments = id.split('/');
  if (segments.length === 9) return factories(context).get(id.toLowerCase());
  const child = CHILDREN.find((c) => c.type === segments[9]?.toLowerCase());
  return child ? children(context, child).get(id.toLowerCase()) : undefined;
}
