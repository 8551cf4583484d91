import type { Node } from 'jsonc-parser';
import { templateDocuments } from '../arm/template-documents.js';
import { templateResources, type TemplateResource } from '../arm/template-model.js';
import type { JsonDocument } from '../json-document.js';
import { prop, stringOf } from '../json-nav.js';
import type { RuleContext } from '../rule.js';
import type { UnitJson, ValidationUnit } from '../unit.js';
import { displayBelow } from '../load-unit.js';
import { ArmStrings, isResolved } from './arm-strings.js';
import { placeInLayout, synapseArtifactNames, synapseFolders, type AdfKind, type GitPlacement } from './git-layout.js';
import { guessKind } from './object-kind.js';

export type { AdfKind };

/** One Data Factory object: a file of a Git integration, or a resource of an ARM template. */
export interface AdfObject {
  readonly kind: AdfKind;
  /** The name as deployed (ARM placeholders where it depends on the deployment); undefined when missing. */
  readonly name: string | undefined;
  /** The node to report name problems at (`name` property, or the object itself). */
  readonly nameNode: Node | undefined;
  /** The whole object: a file's root or the template resource. */
  readonly root: Node;
  /** Its `properties` object. */
  readonly properties: Node | undefined;
  readonly document: JsonDocument;
  /** Git integration: the file's name without `.json`. */
  readonly fileName?: string;
  readonly factory: DataFactory;
}

/** The objects of one factory, as one Git root, one ARM factory or one standalone file. */
export interface DataFactory {
  /** How the factory is named in messages: its folder or its name in the template. */
  readonly label: string;
  /** `file`: a single object validated on its own, whose references cannot be resolved. */
  readonly source: 'git' | 'arm' | 'file';
  readonly objects: AdfObject[];
  /** ARM factories resolve names and references through the template. */
  readonly arm?: ArmStrings;
  /**
   * ARM factories: the `properties` of each `Microsoft.DataFactory/factories/globalParameters`
   * resource, which declares global parameters beside the factory resource's own.
   */
  readonly globalParameterSets?: (Node | undefined)[];
  /**
   * Git integrations: the folder is a Synapse workspace's, whose pipelines, datasets and linked
   * services are Data Factory's with a few additions. Told by a folder only Synapse writes
   * (`notebook/`, `sqlscript/`, ...) or a file typed `Microsoft.Synapse/workspaces/...`.
   */
  readonly synapse?: boolean;
  /**
   * Synapse workspaces: the names of its notebooks and Spark job definitions, by the type of the
   * reference that names them (`notebookreference`, `sparkjobdefinitionreference`).
   */
  readonly synapseArtifacts?: ReadonlyMap<string, readonly string[]>;
  /**
   * ARM factories: the kinds of which the template may define objects whose names mapp cannot
   * know offline (names built per `copy` or from parameters, resources of nested or linked
   * deployments). A reference to an object of such a kind may be to one of those.
   */
  readonly undetermined?: ReadonlySet<AdfKind>;
}

/** Every Data Factory object of a unit, by factory. */
export interface FactoryModel {
  readonly factories: readonly DataFactory[];
  readonly objects: readonly AdfObject[];
}

/** The text a string node deploys as (ARM expressions resolved where possible); undefined for non-strings. */
export function textOf(factory: DataFactory, node: Node | undefined): string | undefined {
  const value = stringOf(node);
  if (value === undefined) return undefined;
  return factory.arm ? factory.arm.resolve(value) : value;
}

/** True for a string node the ARM template evaluates (its ADF-level value is unknown offline). */
export function isArmValue(factory: DataFactory, node: Node | undefined): boolean {
  return isArmText(factory, stringOf(node));
}

/** `isArmValue` on a parsed value, for rules that read values rather than nodes. */
export function isArmText(factory: DataFactory, value: unknown): boolean {
  return factory.arm !== undefined && typeof value === 'string' && value.startsWith('[') && !value.startsWith('[[');
}

const INDEXES = new WeakMap<DataFactory, Map<AdfKind, Map<string, AdfObject>>>();

/** Finds an object of a kind by name, case-insensitively, as Data Factory does (the first one, if repeated). */
export function findObject(factory: DataFactory, kind: AdfKind, name: string): AdfObject | undefined {
  let index = INDEXES.get(factory);
  if (!index) {
    index = new Map();
    for (const o of factory.objects) {
      if (o.name === undefined) continue;
      let byName = index.get(o.kind);
      if (!byName) index.set(o.kind, (byName = new Map()));
      const key = o.name.toLowerCase();
      if (!byName.has(key)) byName.set(key, o);
    }
    INDEXES.set(factory, index);
  }
  return index.get(kind)?.get(name.toLowerCase());
}

const ARM_KINDS: ReadonlyMap<string, AdfKind> = new Map([
  ['microsoft.datafactory/factories', 'factory'],
  ['microsoft.datafactory/factories/pipelines', 'pipeline'],
  ['microsoft.datafactory/factories/datasets', 'dataset'],
  ['microsoft.datafactory/factories/linkedservices', 'linkedService'],
  ['microsoft.datafactory/factories/triggers', 'trigger'],
  ['microsoft.datafactory/factories/dataflows', 'dataflow'],
  ['microsoft.datafactory/factories/integrationruntimes', 'integrationRuntime'],
  ['microsoft.datafactory/factories/credentials', 'credential'],
  ['microsoft.datafactory/factories/managedvirtualnetworks', 'managedVirtualNetwork'],
  ['microsoft.datafactory/factories/managedvirtualnetworks/managedprivateendpoints', 'managedPrivateEndpoint'],
]);

/** Global parameters deployed as their own resource (named `factory/default`), not as an object of the factory. */
const GLOBAL_PARAMETERS_TYPE = 'microsoft.datafactory/factories/globalparameters';

function gitFactories(unit: ValidationUnit): DataFactory[] {
  const roots = unit.dataFactory?.roots ?? [];
  if (roots.length === 0) return [];
  const byRoot = new Map<string, DataFactory>();
  const placedFiles: { placed: GitPlacement; root: Node; json: UnitJson }[] = [];
  const synapseRoots = new Set<string>();
  for (const json of unit.otherJson) {
    const placed = placeInLayout(json.file.path);
    const root = json.document.root;
    if (!placed || !roots.includes(placed.root) || !root || json.document.errors.length > 0) continue;
    placedFiles.push({ placed, root, json });
    if (!synapseRoots.has(placed.root) && isSynapseType(stringOf(prop(root, 'type')))) synapseRoots.add(placed.root);
  }
  const paths = unit.files.map((f) => f.path);
  for (const root of roots) {
    const folders = synapseFolders(paths, root);
    const synapse = synapseRoots.has(root) || folders.size > 0;
    const label = root === '' ? unit.display : displayBelow(unit.display, root);
    byRoot.set(root, { label, source: 'git', objects: [], ...(synapse ? { synapse, synapseArtifacts: synapseArtifactNames(folders) } : {}) });
  }
  for (const { placed, root, json } of placedFiles) {
    const factory = byRoot.get(placed.root)!;
    factory.objects.push(objectFrom(factory, placed.kind, root, json.document, placed.fileName));
  }
  return [...byRoot.values()];
}

/** Synapse writes its type at the top of each file of its Git integration (`Microsoft.Synapse/workspaces/pipelines`). */
function isSynapseType(type: string | undefined): boolean {
  return type !== undefined && type.toLowerCase().startsWith('microsoft.synapse/workspaces/');
}

function objectFrom(factory: DataFactory, kind: AdfKind, root: Node, document: JsonDocument, fileName?: string): AdfObject {
  const nameNode = prop(root, 'name');
  return { kind, name: textOf(factory, nameNode), nameNode: nameNode ?? root, root, properties: prop(root, 'properties'), document, fileName, factory };
}

function singleFileFactory(unit: ValidationUnit): DataFactory[] {
  if (unit.kind !== 'file' || !unit.dataFactory) return [];
  const json: UnitJson | undefined = unit.otherJson[0];
  const root = json?.document.root;
  // Its shape says what it is; failing that, the Git-integration folder it sits in.
  const kind = guessKind(root) ?? unit.dataFactory.placed?.kind;
  if (!json || !root || !kind || json.document.errors.length > 0) return [];
  const synapse = isSynapseType(stringOf(prop(root, 'type')));
  const factory: DataFactory = { label: unit.display, source: 'file', objects: [], ...(synapse ? { synapse } : {}) };
  // Placed in a Git integration, its file name must equal its name, as there.
  const fileName = unit.dataFactory.placed ? json.file.path.replace(/\.json$/i, '') : undefined;
  factory.objects.push(objectFrom(factory, kind, root, json.document, fileName));
  return [factory];
}

/** The factory a resource belongs to, and its own name, from a child resource's parent or a `factory/child` name. */
function splitArmName(resource: TemplateResource, arm: ArmStrings): { factory: string; name: string } | undefined {
  const own = stringOf(prop(resource.node, 'name'));
  if (own === undefined) return undefined;
  const resolved = arm.resolve(own);
  const parentNames = resource.parents.map((p) => arm.resolve(stringOf(prop(p.node, 'name')) ?? ''));
  const full = [...parentNames, resolved].join('/');
  const segments = splitOutsidePlaceholders(full);
  if (segments.length < 2) return undefined;
  return { factory: segments[0]!, name: segments[segments.length - 1]! };
}

/** Splits at `/` outside deployment-time placeholders (whose expression text may hold a `/`). */
function splitOutsidePlaceholders(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '\u0001') depth++;
    else if (ch === '\u0002') depth--;
    if (ch === '/' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

const DEPLOYMENTS_TYPE = 'microsoft.resources/deployments';

/**
 * The Data Factory kinds that nested deployments of a template define: those of their inline
 * templates, at any depth, or every kind when one links a template mapp does not read.
 */
function kindsOfNestedDeployments(resources: readonly TemplateResource[], into: Set<AdfKind>): void {
  for (const resource of resources) {
    if (resource.type.toLowerCase() !== DEPLOYMENTS_TYPE) continue;
    const properties = prop(resource.node, 'properties');
    if (prop(properties, 'templateLink') !== undefined) {
      for (const kind of ARM_KINDS.values()) into.add(kind);
      continue;
    }
    const inner = templateResources(prop(properties, 'template'));
    for (const nested of inner) {
      const kind = ARM_KINDS.get(nested.type.toLowerCase());
      if (kind !== undefined) into.add(kind);
    }
    kindsOfNestedDeployments(inner, into);
  }
}

function armFactories(context: RuleContext): DataFactory[] {
  const factories: DataFactory[] = [];
  for (const document of templateDocuments(context)) {
    const arm = new ArmStrings(document.root);
    const resources = templateResources(document.root);
    // Kinds undetermined for every factory of the template: nested deployments', and those of
    // resources whose name does not even tell their factory.
    const templateWide = new Set<AdfKind>();
    kindsOfNestedDeployments(resources, templateWide);
    const byName = new Map<string, DataFactory>();
    const undeterminedOf = new Map<DataFactory, Set<AdfKind>>();
    const factoryFor = (name: string): DataFactory => {
      const key = name.toLowerCase();
      let factory = byName.get(key);
      if (!factory) {
        const label = isResolved(name) ? `factory '${name}'` : 'the factory';
        const undetermined = new Set<AdfKind>();
        factory = { label: `${label} in ${document.file}`, source: 'arm', objects: [], arm, globalParameterSets: [], undetermined };
        undeterminedOf.set(factory, undetermined);
        byName.set(key, factory);
        factories.push(factory);
      }
      return factory;
    };
    for (const resource of resources) {
      const type = resource.type.toLowerCase();
      if (type === GLOBAL_PARAMETERS_TYPE) {
        const split = splitArmName(resource, arm);
        if (split) factoryFor(split.factory).globalParameterSets!.push(prop(resource.node, 'properties'));
        continue;
      }
      const kind = ARM_KINDS.get(type);
      if (!kind) continue;
      if (kind === 'factory') {
        const name = arm.resolve(stringOf(prop(resource.node, 'name')) ?? '');
        const factory = factoryFor(name);
        factory.objects.push({ ...objectFrom(factory, kind, resource.node, document), name });
        continue;
      }
      const split = splitArmName(resource, arm);
      if (!split) {
        templateWide.add(kind);
        continue;
      }
      const factory = factoryFor(split.factory);
      factory.objects.push({ ...objectFrom(factory, kind, resource.node, document), name: split.name });
      // A name built per copy (`copyIndex()`) or from a parameter: known at deployment only.
      if (!isResolved(split.name) || prop(resource.node, 'copy') !== undefined) undeterminedOf.get(factory)!.add(kind);
    }
    for (const undetermined of undeterminedOf.values()) for (const kind of templateWide) undetermined.add(kind);
  }
  return factories;
}

const MODELS = new WeakMap<ValidationUnit, FactoryModel>();

/** The Data Factory objects of the unit, built once per unit and shared by every rule. */
export function factoryModel(context: RuleContext): FactoryModel {
  const cached = MODELS.get(context.unit);
  if (cached) return cached;
  const factories = [...gitFactories(context.unit), ...singleFileFactory(context.unit), ...armFactories(context)];
  const model: FactoryModel = { factories, objects: factories.flatMap((f) => f.objects) };
  MODELS.set(context.unit, model);
  return model;
}

/** The objects of one kind. */
export function objectsOfKind(model: FactoryModel, kind: AdfKind): AdfObject[] {
  return model.objects.filter((o) => o.kind === kind);
}
