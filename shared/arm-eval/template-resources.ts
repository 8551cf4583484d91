/**
 * Template resources: copy loops and conditions expanded, names, types and ids made full
 * (nested children relative to their parent), then bodies evaluated in dependency order.
 */
import { ArmFunctionError, TemplateEvaluationError } from './errors.js';
import { childSite, evaluateCount, evaluateString, evaluateValue, type Site, type TemplateRuntime } from './expression-evaluator.js';
import { providerResourceId, resourceGroupId } from './resource-ids.js';
import type { EvaluatedResource } from './types.js';
import { isJsonObject, type JsonObject } from './values.js';

/** One resource instance (a copy loop gives several), before its body is evaluated. */
export interface ResourceInstance {
  readonly declaration: JsonObject;
  readonly path: string;
  readonly loops: ReadonlyMap<string, number>;
  readonly loopName?: string;
  readonly type: string;
  readonly name: string;
  readonly apiVersion: string;
  readonly id: string;
  readonly dependsOn: readonly string[];
  readonly parent?: ResourceInstance;
  readonly skipped: boolean;
}

const NOT_IN_BODY = new Set(['condition', 'copy', 'dependsOn', 'resources', 'comments']);

async function evaluateText(value: unknown, rt: TemplateRuntime, site: Site, what: string): Promise<string> {
  const result = typeof value === 'string' ? await evaluateString(value, rt, site) : value;
  if (typeof result !== 'string' || result === '') throw new TemplateEvaluationError(site.path, `The resource's ${what} must be a non-empty string, but it is ${JSON.stringify(result)}.`);
  return result;
}

async function instanceOf(
  declaration: JsonObject,
  path: string,
  loops: ReadonlyMap<string, number>,
  parent: ResourceInstance | undefined,
  rt: TemplateRuntime,
  loopName: string | undefined,
): Promise<ResourceInstance> {
  const site: Site = { path, section: 'resources', loops };
  let skipped = false;
  if ('condition' in declaration) {
    const condition = await evaluateValue(declaration.condition, rt, childSite(site, '.condition'));
    if (typeof condition !== 'boolean') throw new TemplateEvaluationError(`${path}.condition`, `The condition must be a Boolean, but it is ${JSON.stringify(condition)}.`);
    skipped = !condition;
  }
  let type = await evaluateText(declaration.type, rt, childSite(site, '.type'), 'type');
  if (parent && !type.includes('/')) type = `${parent.type}/${type}`;
  let name = await evaluateText(declaration.name, rt, childSite(site, '.name'), 'name');
  const typeSegments = type.split('/').length - 1;
  if (parent && name.split('/').length < typeSegments) name = `${parent.name}/${name}`;
  const apiVersion = await evaluateText(declaration.apiVersion, rt, childSite(site, '.apiVersion'), 'apiVersion');
  let prefix = resourceGroupId(rt.functions.scope);
  if (declaration.scope !== undefined) {
    const scope = await evaluateText(declaration.scope, rt, childSite(site, '.scope'), 'scope');
    prefix = scope.startsWith('/') ? scope.replace(/\/$/, '') : `${prefix}/providers/${scope}`;
  }
  let id: string;
  try {
    id = providerResourceId(prefix, type, [name]);
  } catch (error) {
    if (error instanceof ArmFunctionError) throw new TemplateEvaluationError(`${path}.name`, error.message);
    throw error;
  }
  const dependsOn: string[] = [];
  const declared = declaration.dependsOn ?? [];
  if (!Array.isArray(declared)) throw new TemplateEvaluationError(`${path}.dependsOn`, 'dependsOn must be an array of resource ids or names.');
  for (let i = 0; i < declared.length; i++) dependsOn.push(await evaluateText(declared[i], rt, childSite(site, `.dependsOn[${i}]`), 'dependsOn entry'));
  return { declaration, path, loops, loopName, type, name, apiVersion, id, dependsOn, parent, skipped };
}

/** Expands `resources` (and nested `resources`) into instances, in template order, children after parents. */
export async function expandResources(
  declared: readonly unknown[],
  prefix: string,
  outerLoops: ReadonlyMap<string, number>,
  parent: ResourceInstance | undefined,
  rt: TemplateRuntime,
): Promise<ResourceInstance[]> {
  const out: ResourceInstance[] = [];
  for (let i = 0; i < declared.length; i++) {
    const path = `${prefix}resources[${i}]`;
    const declaration = declared[i];
    if (!isJsonObject(declaration)) throw new TemplateEvaluationError(path, 'A resource must be an object with type, name and apiVersion.');
    const copy = declaration.copy;
    let iterations: { loops: ReadonlyMap<string, number>; loopName?: string }[] = [{ loops: outerLoops }];
    if (copy !== undefined) {
      if (!isJsonObject(copy) || typeof copy.name !== 'string') throw new TemplateEvaluationError(`${path}.copy`, 'copy must be an object with a name and a count.');
      const count = await evaluateCount(copy.count, rt, { path: `${path}.copy.count`, section: 'resources', loops: outerLoops });
      const loopName = copy.name;
      iterations = Array.from({ length: count }, (_, index) => ({ loops: new Map(outerLoops).set('', index).set(loopName.toLowerCase(), index), loopName }));
    }
    for (const { loops, loopName } of iterations) {
      const instance = await instanceOf(declaration, path, loops, parent, rt, loopName);
      out.push(instance);
      const children = declaration.resources;
      if (children !== undefined && !instance.skipped) {
        if (!Array.isArray(children)) throw new TemplateEvaluationError(`${path}.resources`, 'Nested resources must be an array.');
        out.push(...(await expandResources(children, `${path}.`, loops, instance, rt)));
      }
    }
  }
  return out;
}

/** Finds the instances a dependsOn entry or reference() target names: id, type/name, name or copy loop name. */
export function matchInstances(instances: readonly ResourceInstance[], target: string): ResourceInstance[] {
  const wanted = target.toLowerCase();
  const exact = instances.filter(
    (inst) => inst.id.toLowerCase() === wanted || `${inst.type}/${inst.name}`.toLowerCase() === wanted || inst.name.toLowerCase() === wanted,
  );
  return exact.length ? exact : instances.filter((inst) => inst.loopName?.toLowerCase() === wanted);
}

/** A nested deployment whose template is evaluated in its own scope (expressionEvaluationOptions.scope 'inner'). */
function isInnerScopeDeployment(instance: ResourceInstance, properties: unknown): boolean {
  if (instance.type.toLowerCase() !== 'microsoft.resources/deployments' || !isJsonObject(properties)) return false;
  const options = properties.expressionEvaluationOptions;
  return isJsonObject(options) && String(options.scope).toLowerCase() === 'inner';
}

/** Everything but the nested template itself, whose expressions belong to the nested deployment. */
async function evaluateInnerScopeDeployment(properties: JsonObject, rt: TemplateRuntime, site: Site): Promise<JsonObject> {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(properties)) out[key] = key === 'template' ? value : await evaluateValue(value, rt, childSite(site, `.${key}`));
  return out;
}

/** Evaluates one instance's body (every property but condition/copy/dependsOn/resources). */
export async function evaluateBody(instance: ResourceInstance, rt: TemplateRuntime): Promise<EvaluatedResource> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(instance.declaration)) {
    if (NOT_IN_BODY.has(key)) continue;
    if (key === 'type' || key === 'name' || key === 'apiVersion') continue;
    const site: Site = { path: `${instance.path}.${key}`, section: 'resources', loops: instance.loops };
    body[key] = key === 'properties' && isInnerScopeDeployment(instance, value) ? await evaluateInnerScopeDeployment(value as JsonObject, rt, site) : await evaluateValue(value, rt, site);
  }
  const ordered = { type: instance.type, name: instance.name, apiVersion: instance.apiVersion, ...body };
  return {
    type: instance.type,
    name: instance.name,
    apiVersion: instance.apiVersion,
    id: instance.id,
    dependsOn: instance.dependsOn,
    body: ordered,
    templatePath: instance.path,
  };
}
