import { UsageError } from '../commands/usage-error.js';
import { evaluateTemplate, TemplateEvaluationError, type DeploymentScope, type EvaluatedResource } from '../arm-eval/index.js';
import { isSecureType } from '../validate/arm/secure-parameters.js';
import { orderForDeploy, type DeployKind, type DeployObject } from './deploy-order.js';

/** A deployment template read from the deploy input. */
export interface TemplateSource {
  /** The parsed template (plain JSON). */
  readonly template: Record<string, unknown>;
  /** Where it came from, for messages: `examples/app/mainTemplate.json`. */
  readonly file: string;
}

/** What a template holds for one data factory, evaluated. */
export interface TemplateDeployment {
  /** The factory's name as the template computes it. */
  readonly factoryName: string;
  /** The factory resource itself (location, identity, properties), when the template declares it. */
  readonly factory?: Record<string, unknown>;
  /** Its child objects, in the order Data Factory accepts them. */
  readonly objects: readonly DeployObject[];
  /** Resources of other types the template also declares, which smoke-run leaves alone. */
  readonly otherResources: number;
}

/** Child resource type (last segment, lowercase) → deploy kind. */
const CHILD_KINDS: Record<string, DeployKind> = {
  integrationruntimes: 'integrationRuntime',
  linkedservices: 'linkedService',
  datasets: 'dataset',
  dataflows: 'dataflow',
  pipelines: 'pipeline',
  triggers: 'trigger',
};
const FACTORY_TYPE = 'microsoft.datafactory/factories';

/** Declared parameters: lowercase name → declared name, whether it is secure and whether it has a default. */
export function declaredParameters(template: Record<string, unknown>): Map<string, { name: string; secure: boolean; hasDefault: boolean }> {
  const declared = new Map<string, { name: string; secure: boolean; hasDefault: boolean }>();
  const parameters = template.parameters;
  if (typeof parameters !== 'object' || parameters === null) return declared;
  for (const [name, declaration] of Object.entries(parameters)) {
    const type = typeof declaration === 'object' && declaration !== null ? (declaration as { type?: unknown }).type : undefined;
    const hasDefault = typeof declaration === 'object' && declaration !== null && 'defaultValue' in declaration;
    declared.set(name.toLowerCase(), { name, secure: typeof type === 'string' && isSecureType(type), hasDefault });
  }
  return declared;
}

/**
 * Template parameter values from the input: a deployment parameters file
 * (`{"parameters": {"x": {"value": 1}}}`, with or without `$schema`) or a plain object
 * (`{"x": 1}`). Key Vault references cannot be resolved here and are refused.
 */
export function parameterValuesOf(input: Record<string, unknown>, describe: string): Record<string, unknown> {
  const wrapped = typeof input.parameters === 'object' && input.parameters !== null && !Array.isArray(input.parameters) && ('$schema' in input || 'contentVersion' in input || Object.keys(input).length === 1);
  const entries = wrapped ? (input.parameters as Record<string, unknown>) : input;
  const values: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(entries)) {
    if (!wrapped) {
      values[name] = entry;
      continue;
    }
    if (typeof entry === 'object' && entry !== null && 'value' in entry) values[name] = (entry as { value: unknown }).value;
    else if (typeof entry === 'object' && entry !== null && 'reference' in entry) {
      throw new UsageError(`${describe}: parameter ${name} is a Key Vault reference, which mapp cannot resolve; give its value (it is masked if the parameter is a securestring).`);
    } else throw new UsageError(`${describe}: parameter ${name} must be {"value": ...} in a deployment parameters file.`);
  }
  return values;
}

function nameSegments(resource: EvaluatedResource): string[] {
  return resource.name.split('/');
}

function explain(error: unknown, source: TemplateSource, describeParameters: string): never {
  if (error instanceof TemplateEvaluationError) {
    const hint = /^parameters\b/.test(error.path) ? ` Give template parameter values with ${describeParameters}.` : '';
    throw new UsageError(`${source.file} at ${error.path}: ${error.detail}${hint}`);
  }
  throw error;
}

/**
 * Evaluates the template the way ARM would for this scope and picks out one data factory and
 * its children. `factory` chooses among several factories; with one, it may differ from the
 * template's computed name (the children then go into the named factory).
 */
export async function templateDeployment(source: TemplateSource, parameterValues: Record<string, unknown>, scope: DeploymentScope, factory: string | undefined, describeParameters: string): Promise<TemplateDeployment> {
  let resources: EvaluatedResource[];
  try {
    ({ resources } = await evaluateTemplate(source.template, parameterValues, scope));
  } catch (error) {
    explain(error, source, describeParameters);
  }
  const factories = new Map<string, { name: string; body?: Record<string, unknown>; children: EvaluatedResource[] }>();
  const group = (name: string) => {
    const key = name.toLowerCase();
    let found = factories.get(key);
    if (!found) factories.set(key, (found = { name, children: [] }));
    return found;
  };
  let otherResources = 0;
  for (const resource of resources) {
    const type = resource.type.toLowerCase();
    if (type === FACTORY_TYPE) group(resource.name).body = resource.body;
    else if (type.startsWith(`${FACTORY_TYPE}/`) && CHILD_KINDS[type.slice(FACTORY_TYPE.length + 1)]) group(nameSegments(resource)[0]!).children.push(resource);
    else otherResources++;
  }
  if (factories.size === 0) throw new UsageError(`${source.file} declares no Microsoft.DataFactory/factories resources; nothing to deploy.`);
  let chosen = factory ? factories.get(factory.toLowerCase()) : undefined;
  if (!chosen) {
    if (factories.size > 1) {
      const names = [...factories.values()].map((f) => f.name).join(', ');
      throw new UsageError(`${source.file} declares ${factories.size} data factories (${names})${factory ? `, none named ${factory}` : ''}; give the factory input to choose one.`);
    }
    chosen = [...factories.values()][0]!;
  }
  const objects: DeployObject[] = chosen.children.map((resource) => {
    const kind = CHILD_KINDS[resource.type.toLowerCase().slice(FACTORY_TYPE.length + 1)]!;
    const properties = resource.body.properties;
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw new UsageError(`${source.file} at ${resource.templatePath}: ${kind} ${resource.name} has no properties object; it cannot be deployed.`);
    }
    const segments = nameSegments(resource);
    return { kind, name: segments[segments.length - 1]!, properties: properties as Record<string, unknown>, file: `${source.file} (${resource.templatePath})` };
  });
  return { factoryName: chosen.name, factory: chosen.body, objects: orderForDeploy(objects), otherResources };
}
