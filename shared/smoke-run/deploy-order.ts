import { UsageError } from '../commands/usage-error.js';
import type { JsonDocument } from '../validate/json-document.js';
import { valueOf } from '../validate/json-nav.js';
import { loadUnit } from '../validate/load-unit.js';
import { loadZip } from '../validate/load-zip.js';
import type { RuleContext } from '../validate/rule.js';
import type { UnitJson } from '../validate/unit.js';
import { factoryModel, type AdfKind, type AdfObject } from '../validate/datafactory/factory-model.js';

/** One object to deploy: where it goes and the wire JSON of its properties. */
export interface DeployObject {
  readonly kind: DeployKind;
  readonly name: string;
  readonly properties: Record<string, unknown>;
  /** The file it came from, for messages. */
  readonly file: string;
}

export type DeployKind = 'integrationRuntime' | 'linkedService' | 'dataset' | 'dataflow' | 'pipeline' | 'trigger';

/** Deployment order: what an object refers to is always written before it. */
export const DEPLOY_KINDS: readonly DeployKind[] = ['integrationRuntime', 'linkedService', 'dataset', 'dataflow', 'pipeline', 'trigger'];

/** The reference `type` by which objects of a kind refer to each other (linked service → Key Vault linked service, ExecutePipeline). */
const SAME_KIND_REFERENCE: Partial<Record<DeployKind, string>> = {
  linkedService: 'LinkedServiceReference',
  pipeline: 'PipelineReference',
  dataflow: 'DataFlowReference',
};

function parsed(json: UnitJson | undefined): JsonDocument | undefined {
  return json && json.document.root && json.document.errors.length === 0 ? json.document : undefined;
}

/** What the deploy input holds: a factory's Git-integration folder, or an app's deployment template. */
export type DeploySource = { readonly kind: 'git'; readonly objects: readonly AdfObject[] } | { readonly kind: 'template'; readonly template: Record<string, unknown>; readonly file: string };

/** Reads the deploy input with the validator's loader and factory model. */
export function loadDeploySource(workingDirectory: string, folder: string, describe: string): DeploySource {
  const unit = loadUnit(workingDirectory, folder, loadZip);
  const broken = [unit.template, ...unit.otherJson].find((json) => json !== undefined && json.document.errors.length > 0);
  if (broken) {
    const error = broken.document.errors[0]!;
    throw new UsageError(`${broken.file.display}:${error.line}:${error.column} is not valid JSON (${error.message}); fix it (mapp validate lists every problem) before deploying from ${describe}.`);
  }
  const context: RuleContext = {
    unit,
    template: parsed(unit.template),
    jsonFiles: unit.otherJson.filter((json) => parsed(json) !== undefined),
    report: () => undefined,
    reportAt: () => undefined,
  };
  const factories = factoryModel(context).factories.filter((f) => f.source === 'git');
  if (factories.length === 1) return { kind: 'git', objects: factories[0]!.objects };
  if (factories.length > 1) {
    throw new UsageError(`${describe} ${folder} holds ${factories.length} factories (${factories.map((f) => f.label).join(', ')}); give the one folder of a factory's Git integration.`);
  }
  const template = context.template ? valueOf(context.template.root) : undefined;
  if (unit.template && typeof template === 'object' && template !== null && !Array.isArray(template)) {
    return { kind: 'template', template: template as Record<string, unknown>, file: unit.template.file.display };
  }
  throw new UsageError(`${describe} ${folder} holds neither Data Factory folders (pipeline/, dataset/, linkedService/, ...) nor a mainTemplate.json; give a factory's Git-integration folder or a managed-application package.`);
}

function referencesIn(value: unknown, type: string, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, type, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.type === type && typeof record.referenceName === 'string') found.add(record.referenceName.toLowerCase());
    for (const inner of Object.values(record)) referencesIn(inner, type, found);
  }
  return found;
}

/** Orders objects of one kind so each comes after those of the same kind it refers to. */
function orderWithinKind(objects: DeployObject[], kind: DeployKind): DeployObject[] {
  const type = SAME_KIND_REFERENCE[kind];
  if (!type) return [...objects].sort((a, b) => a.name.localeCompare(b.name));
  const byName = new Map(objects.map((o) => [o.name.toLowerCase(), o]));
  const ordered: DeployObject[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (object: DeployObject, chain: string[]) => {
    const key = object.name.toLowerCase();
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') throw new UsageError(`The ${kind}s ${[...chain, object.name].join(' → ')} refer to each other in a cycle; Data Factory cannot deploy them. Break the cycle in ${object.file}.`);
    state.set(key, 'visiting');
    for (const name of [...referencesIn(object.properties, type)].sort()) {
      const target = byName.get(name);
      if (target && target !== object) visit(target, [...chain, object.name]);
    }
    state.set(key, 'done');
    ordered.push(object);
  };
  for (const object of [...objects].sort((a, b) => a.name.localeCompare(b.name))) visit(object, []);
  return ordered;
}

/** Objects in the order Data Factory accepts them: by kind, and within a kind after what they refer to. */
export function orderForDeploy(objects: readonly DeployObject[]): DeployObject[] {
  return DEPLOY_KINDS.flatMap((kind) => orderWithinKind(objects.filter((o) => o.kind === kind), kind));
}

/** The objects of a factory's Git folder in the order Data Factory accepts them. */
export function gitDeployPlan(objects: readonly AdfObject[], folder: string): DeployObject[] {
  const planned: DeployObject[] = [];
  for (const object of objects) {
    const kind = object.kind as AdfKind;
    if (!(DEPLOY_KINDS as readonly string[]).includes(kind)) continue;
    const properties = valueOf(object.properties);
    if (!object.name || typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw new UsageError(`${object.document.file} has no name or no properties object; it cannot be deployed. Run mapp validate on ${folder}.`);
    }
    planned.push({ kind: kind as DeployKind, name: object.name, properties: properties as Record<string, unknown>, file: object.document.file });
  }
  return orderForDeploy(planned);
}
