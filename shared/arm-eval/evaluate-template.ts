/** evaluateTemplate: a whole ARM template (resource group scope) to resources with every expression evaluated. */
import { TemplateEvaluationError } from './errors.js';
import { childSite, evaluateCopyLoop, evaluateValue, type Site, type TemplateRuntime } from './expression-evaluator.js';
import { AZURE_CLOUD_ENVIRONMENT } from './functions-scope.js';
import { ParameterTable } from './template-parameters.js';
import { evaluateBody, expandResources, matchInstances, type ResourceInstance } from './template-resources.js';
import { VariableTable } from './template-variables.js';
import type { DeploymentScope, EvaluatedResource, TemplateEvaluation } from './types.js';
import { isJsonObject, type JsonObject } from './values.js';

function checkShape(template: unknown): JsonObject {
  if (!isJsonObject(template)) throw new TemplateEvaluationError('', 'The template must be a JSON object with $schema, contentVersion and resources.');
  if (template.languageVersion !== undefined || isJsonObject(template.resources)) {
    throw new TemplateEvaluationError(
      'languageVersion',
      `Symbolic-name templates (languageVersion ${String(template.languageVersion ?? '2.0')}) are not supported yet; build the Bicep file without symbolic names (no user-defined types or 'existing' resources), or deploy it with Azure.`,
    );
  }
  if (template.resources !== undefined && !Array.isArray(template.resources)) throw new TemplateEvaluationError('resources', 'resources must be an array.');
  return template;
}

/** Deploy-order bookkeeping: bodies evaluated once, dependencies first, reference() targets on demand. */
class ResourceDeployer {
  readonly evaluated = new Map<ResourceInstance, EvaluatedResource>();
  private readonly inProgress = new Set<ResourceInstance>();

  constructor(
    private readonly instances: readonly ResourceInstance[],
    private readonly rt: () => TemplateRuntime,
    private readonly scope: DeploymentScope,
  ) {}

  async ensure(instance: ResourceInstance, path: string): Promise<void> {
    if (this.evaluated.has(instance)) return;
    if (this.inProgress.has(instance)) {
      throw new TemplateEvaluationError(path, `The resources depend on each other in a cycle through '${instance.type}/${instance.name}' (${instance.path}); remove one of the dependencies.`);
    }
    this.inProgress.add(instance);
    try {
      if (instance.parent && !instance.parent.skipped) await this.ensure(instance.parent, instance.path);
      for (let i = 0; i < instance.dependsOn.length; i++) {
        const target = instance.dependsOn[i]!;
        const found = matchInstances(this.instances, target);
        if (!found.length) {
          throw new TemplateEvaluationError(`${instance.path}.dependsOn[${i}]`, `The resource '${target}' is not defined in the template; dependsOn must name a resource of this template (its resourceId(...), name or copy loop name).`);
        }
        for (const dependency of found) if (!dependency.skipped) await this.ensure(dependency, `${instance.path}.dependsOn[${i}]`);
      }
      const resource = await evaluateBody(instance, this.rt());
      this.evaluated.set(instance, resource);
      await this.scope.onResourceEvaluated?.(resource);
    } finally {
      this.inProgress.delete(instance);
    }
  }

  async reference(target: string, apiVersion: string | undefined, full: boolean, site: Site): Promise<unknown> {
    const found = matchInstances(this.instances, target).filter((inst) => !inst.skipped);
    if (found.length > 1) throw new TemplateEvaluationError(site.path, `reference('${target}') matches ${found.length} resources of a copy loop; pass one resource id.`);
    if (!found.length && !target.startsWith('/')) {
      throw new TemplateEvaluationError(site.path, `reference('${target}'): no resource of this template has that name; pass a resource id (resourceId(...)) instead.`);
    }
    const instance = found[0];
    if (instance) await this.ensure(instance, site.path);
    const id = instance?.id ?? target;
    if (!this.scope.reference) {
      throw new TemplateEvaluationError(site.path, `reference('${id}') needs the deployed resource, and this evaluation has no reference callback; pass the value as a parameter instead.`, 'DeploymentFailed');
    }
    try {
      return await this.scope.reference(id, apiVersion ?? instance?.apiVersion, full);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new TemplateEvaluationError(site.path, `reference('${id}') failed: ${reason}. Deploy that resource first, or pass the value as a parameter instead.`, 'DeploymentFailed');
    }
  }
}

async function evaluateOutputs(declared: unknown, rt: TemplateRuntime): Promise<Record<string, unknown>> {
  if (declared === undefined) return {};
  if (!isJsonObject(declared)) throw new TemplateEvaluationError('outputs', "The template's outputs must be an object.");
  const outputs: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(declared)) {
    const site: Site = { path: `outputs.${name}`, section: 'outputs', loops: new Map() };
    if (!isJsonObject(output)) throw new TemplateEvaluationError(site.path, `The output '${name}' must be an object with type and value.`);
    if ('condition' in output && (await evaluateValue(output.condition, rt, childSite(site, '.condition'))) === false) continue;
    const copy = output.copy;
    if (isJsonObject(copy) && 'count' in copy && 'input' in copy) {
      outputs[name] = await evaluateCopyLoop({ name: '', count: copy.count, input: copy.input }, rt, childSite(site, '.copy'));
    } else {
      outputs[name] = await evaluateValue(output.value, rt, childSite(site, '.value'));
    }
  }
  return outputs;
}

/**
 * Evaluates an ARM template (JSON, resource group scope) for a deployment: parameters (given
 * values, else defaults), variables, resources with copy loops, conditions and nested children,
 * and outputs. Resources come back in dependency order; `scope.onResourceEvaluated` sees each as
 * soon as it is ready, so a deployer can store it before a later reference() reads it.
 * Throws TemplateEvaluationError (with the template path) on anything ARM would reject.
 */
export async function evaluateTemplate(template: unknown, parameterValues: Record<string, unknown>, scope: DeploymentScope): Promise<TemplateEvaluation> {
  const document = checkShape(template);
  const parameters = new ParameterTable(document.parameters, parameterValues);
  const variables = new VariableTable(document.variables);
  let deployer: ResourceDeployer | undefined;
  const rt: TemplateRuntime = {
    functions: { scope, environment: scope.environment ?? AZURE_CLOUD_ENVIRONMENT, contentVersion: String(document.contentVersion ?? '1.0.0.0') },
    parameter: (name, site) => parameters.get(name, rt, site),
    variable: (name, site) => variables.get(name, rt, site),
    reference: (target, apiVersion, full, site) => {
      if (!deployer) throw new TemplateEvaluationError(site.path, 'reference() cannot be used in a resource\'s condition, name, type, apiVersion, dependsOn or copy count here; use it in properties, or pass the value as a parameter instead.');
      return deployer.reference(target, apiVersion, full, site);
    },
    now: () => scope.now?.() ?? new Date(),
  };
  for (const name of parameters.names()) await parameters.get(name, rt, { path: 'parameters', section: 'parameters', loops: new Map() });
  const instances = await expandResources((document.resources as unknown[] | undefined) ?? [], '', new Map(), undefined, rt);
  deployer = new ResourceDeployer(instances, () => rt, scope);
  for (const instance of instances) if (!instance.skipped) await deployer.ensure(instance, instance.path);
  const resources = [...deployer.evaluated.values()];
  return { resources, outputs: await evaluateOutputs(document.outputs, rt) };
}
