import type { Node } from 'jsonc-parser';
import { parseAdfValue, type ParsedAdfValue } from './adf-expression.js';
import { CONTAINER_TYPES, innerLists, pipelineGraph, rawInnerLists, type ActivityNode } from './activity-graph.js';
import type { ExpressionSite } from './expression-sites.js';
import { isArmValue, textOf, type AdfKind, type AdfObject, type FactoryModel } from './factory-model.js';
import type { ReferenceSite } from './references.js';
import { LazyJsonNode, rawPropertyName, type LazyMarks, type RawPath } from '../lazy-json-tree.js';
import type { TreeMarks } from '../strict-json-tree.js';

/**
 * The expression sites and the reference sites of a unit. A factory's trees have millions of
 * nodes, and walking them once per kind of site cost as much as the rules that use them: an
 * object whose file the strict parser read starts from the nodes it noted (strings with an `@`,
 * objects with a `referenceName`), placing each where the walk would have found it; any other
 * object is walked once for both kinds.
 */
export interface FactorySites {
  /** In the order described at `expressionSites`. */
  readonly expressions: ExpressionSite[];
  /** Per object, in the order of a last-property-first depth-first walk (see `sortReferences`). */
  readonly references: ReferenceSite[];
  /**
   * A string value parsed as an expression, from the texts the walk parsed (a factory repeats
   * the same few texts thousands of times); others are parsed and kept on first use.
   */
  readonly parse: (value: string) => ParsedAdfValue | undefined;
}

const SITES = new WeakMap<FactoryModel, FactorySites>();

/**
 * Properties whose text Data Factory shows but never evaluates, where they are metadata: right
 * under an object's `properties` or an activity. Deeper down the same names are anybody's (a
 * dataset parameter named `folder`, a key of a Web activity's body) and are evaluated.
 */
const NOT_EVALUATED = new Set(['description', 'annotations', 'folder']);
const NOT_EVALUATED_LENGTHS = [...new Set([...NOT_EVALUATED].map((name) => name.length))];

/** Whether a property's text is never evaluated; lowercases only names of a length that can match. */
function isNotEvaluated(name: string): boolean {
  return NOT_EVALUATED_LENGTHS.includes(name.length) && NOT_EVALUATED.has(name.toLowerCase());
}

const TARGETS: ReadonlyMap<string, AdfKind> = new Map([
  ['pipelinereference', 'pipeline'],
  ['datasetreference', 'dataset'],
  ['linkedservicereference', 'linkedService'],
  ['integrationruntimereference', 'integrationRuntime'],
  ['dataflowreference', 'dataflow'],
  ['credentialreference', 'credential'],
  ['triggerreference', 'trigger'],
]);

const REFERENCE_TYPE = /reference$/i;

/** Collects the sites of every object of the model (once per model). */
export function factorySites(model: FactoryModel): FactorySites {
  const cached = SITES.get(model);
  if (cached) return cached;
  const walker = new SiteWalker();
  for (const object of model.objects) walker.walkObject(object);
  const sites = { expressions: walker.expressions, references: walker.references, parse: (value: string) => walker.parse(value) };
  SITES.set(model, sites);
  return sites;
}

class SiteWalker {
  readonly expressions: ExpressionSite[] = [];
  readonly references: ReferenceSite[] = [];
  /** The same expression text recurs across a factory's objects: each text is parsed once. */
  private readonly parsedByValue = new Map<string, ParsedAdfValue | undefined>();
  /** References of the current object, sorted into walk order when it is done. */
  private objectReferences: ReferenceSite[] = [];
  /** Containers under the current object whose strings are never evaluated: searched for references only. */
  private readonly referencesOnly: Node[] = [];
  private readonly stack: Node[] = [];

  walkObject(object: AdfObject): void {
    const properties = object.properties;
    if (properties) {
      const marks = object.document.marks;
      const root = object.root;
      if (root instanceof LazyJsonNode && properties instanceof LazyJsonNode && root === object.document.root && object.factory.arm === undefined) {
        this.lazyObject(object, root, properties);
      } else if (marks !== undefined && object.root === object.document.root) {
        this.markedObject(object, properties, marks);
      } else {
        this.walkedObject(object, properties);
      }
    }
    if (this.objectReferences.length > 0) {
      if (!(this.objectReferences[0] instanceof LazyReferenceSite)) sortReferences(this.objectReferences);
      for (const site of this.objectReferences) this.references.push(site);
      this.objectReferences = [];
    }
  }

  /**
   * An object of a lazily read file: the same as `markedObject`, on the parsed value and the
   * paths its reading noted; nodes are made only where a rule reports.
   */
  private lazyObject(object: AdfObject, root: LazyJsonNode, properties: LazyJsonNode): void {
    const marks = root.marks;
    // `properties` is the root's value under this name: a path starting with it lies under it.
    const under = properties.keyInParent() as string;
    if (object.kind === 'pipeline') {
      this.lazyPipeline(object, root, properties, under, marks.strings);
    } else if (object.kind !== 'dataflow' && object.kind !== 'factory') {
      const strings = marks.strings;
      for (let i = strings.length - 1; i >= 0; i--) {
        const string = strings[i]!;
        if (evaluatedOnPath(string.path, under)) this.lazyExpressionAt(object, root, string.path, string.value, undefined);
      }
    }
    // Noted as each object ended: from the last, they come in the order `sortReferences` gives.
    const references = marks.references;
    for (let i = references.length - 1; i >= 0; i--) {
      const reference = references[i]!;
      if (reference.path.length > 0 && reference.path[0] === under) this.lazyReference(object, root, reference);
    }
  }

  /** `markedPipeline` on the parsed value: each string goes up its path to the innermost activity around it. */
  private lazyPipeline(object: AdfObject, root: LazyJsonNode, properties: LazyJsonNode, under: string, strings: LazyMarks['strings']): void {
    const graph = pipelineGraph(object);
    const activityOf = new Map<unknown, ActivityNode>();
    for (const activity of graph.all) activityOf.set(activity.raw, activity);
    // The lists the walks skip, as in `markedPipeline`. Containers are told apart by identity;
    // a list that is not one (`activities` given as a string) by its path.
    const skipped = new Set<unknown>();
    const expanded = new Set<ActivityNode>();
    let skippedString: string | undefined;
    for (const scope of graph.scopes) {
      if (scope.listRaw !== undefined) {
        if (typeof scope.listRaw === 'object' && scope.listRaw !== null) skipped.add(scope.listRaw);
        else if (scope.container === undefined) skippedString = rawPropertyName(properties.rawValue, 'activities');
      }
      if (scope.container !== undefined) expanded.add(scope.container);
    }
    for (const activity of graph.all) {
      if (activity.type === undefined || expanded.has(activity) || !CONTAINER_TYPES.has(activity.type.toLowerCase())) continue;
      for (const inner of rawInnerLists(activity.raw)) skipped.add(inner.list);
    }
    // Where a string's walk up ends: an activity, the pipeline level, or nowhere (a skipped list,
    // a name never evaluated, the root). Strings come one after another with long paths in
    // common, so what the values on a path are, and where a walk up from each of them ends
    // (`ends[d]` for the value at depth d), is kept from one string to the next.
    const values: unknown[] = [root.rawValue];
    const ends: (ActivityNode | typeof PIPELINE_LEVEL | typeof NOWHERE)[] = [];
    // values[d] and ends[d] hold for the current path where d is below these.
    let valuesKnown = 1;
    let endsKnown = 0;
    let previous: RawPath = [];
    const pipelineLevel: number[] = [];
    const byActivity = new Map<ActivityNode, number[]>();
    // Whether the value at depth d of the current path is where a walk starts: `properties` or an activity.
    const isWalkRoot = (d: number) => (d === 1 && previous[0] === under) || (d > 1 && activityOf.has(values[d]));
    for (let i = strings.length - 1; i >= 0; i--) {
      const path = strings[i]!.path;
      const length = path.length;
      let common = 0;
      const most = Math.min(length, previous.length);
      while (common < most && path[common] === previous[common]) common++;
      previous = path;
      valuesKnown = Math.min(valuesKnown, common + 1);
      endsKnown = Math.min(endsKnown, common + 1);
      for (let d = valuesKnown; d < length; d++) values[d] = (values[d - 1] as Record<string | number, unknown>)[path[d - 1]!];
      valuesKnown = Math.max(valuesKnown, length);
      for (let d = endsKnown; d < length; d++) {
        const value = values[d];
        const activity = activityOf.get(value);
        if (skipped.has(value)) ends[d] = NOWHERE;
        else if (activity !== undefined) ends[d] = activity;
        else if (d === 1 && path[0] === under) ends[d] = PIPELINE_LEVEL;
        else ends[d] = canStepUp(path, d, isWalkRoot(d - 1)) ? ends[d - 1]! : NOWHERE;
      }
      endsKnown = Math.max(endsKnown, length);
      // The string itself: the pipeline's `activities` given as a string is a skipped list.
      let end: ActivityNode | typeof PIPELINE_LEVEL | typeof NOWHERE;
      if (skippedString !== undefined && length === 2 && path[0] === under && path[1] === skippedString) end = NOWHERE;
      else if (length === 1 && path[0] === under) end = PIPELINE_LEVEL;
      else end = canStepUp(path, length, isWalkRoot(length - 1)) ? ends[length - 1]! : NOWHERE;
      if (end === PIPELINE_LEVEL) {
        pipelineLevel.push(i);
      } else if (end !== NOWHERE) {
        const list = byActivity.get(end);
        if (list === undefined) byActivity.set(end, [i]);
        else list.push(i);
      }
    }
    for (const i of pipelineLevel) this.lazyExpressionAt(object, root, strings[i]!.path, strings[i]!.value, undefined);
    for (const activity of graph.all) {
      const list = byActivity.get(activity);
      if (list !== undefined) for (const i of list) this.lazyExpressionAt(object, root, strings[i]!.path, strings[i]!.value, activity);
    }
  }

  private lazyExpressionAt(object: AdfObject, root: LazyJsonNode, path: RawPath, value: string, activity: ActivityNode | undefined): void {
    const parsed = this.parse(value);
    if (parsed) this.expressions.push(new LazyExpressionSite(object, root, path, value, activity, parsed));
  }

  /** `referenceOf` on the parsed value. */
  private lazyReference(object: AdfObject, root: LazyJsonNode, reference: LazyMarks['references'][number]): void {
    const raw = reference.raw;
    const nameKey = rawPropertyName(raw, 'referenceName');
    const typeKey = rawPropertyName(raw, 'type');
    if (nameKey === undefined || typeKey === undefined) return;
    const type = raw[typeKey];
    if (typeof type !== 'string' || !type || !REFERENCE_TYPE.test(type)) return;
    const name = raw[nameKey];
    const literal = typeof name === 'string' && !name.startsWith('@') ? name : undefined;
    this.objectReferences.push(new LazyReferenceSite(object, root, reference.path, nameKey, literal, type, TARGETS.get(type.toLowerCase()), raw));
  }

  /** An object of a file of its own whose strict parse noted its candidate nodes: those alone are looked at. */
  private markedObject(object: AdfObject, properties: Node, marks: TreeMarks): void {
    if (object.kind === 'pipeline') {
      this.markedPipeline(object, properties, marks.atStrings);
    } else if (object.kind !== 'dataflow' && object.kind !== 'factory') {
      // Leaves in the order of the walk (last property first): the later in the file, the earlier.
      const strings = marks.atStrings;
      for (let i = strings.length - 1; i >= 0; i--) {
        const node = strings[i]!;
        if (evaluatedUnder(node, properties)) this.expressionAt(object, node, undefined);
      }
    }
    for (const node of marks.referenceObjects) if (isWithin(node, properties)) this.referenceOf(object, node);
  }

  /**
   * The strings of a pipeline, each given to the walk that would find it: that of the innermost
   * activity around it, else that of the pipeline; none when it lies in a list of activities
   * outside of any of them, or under a name never evaluated (below where its walk starts).
   */
  private markedPipeline(object: AdfObject, properties: Node, strings: readonly Node[]): void {
    const graph = pipelineGraph(object);
    const activityOf = new Map<Node, ActivityNode>();
    for (const activity of graph.all) activityOf.set(activity.node, activity);
    // The lists the walks skip: every list of the graph, and those of containers nested deeper
    // than the graph goes (the inner lists of any other container are lists of the graph).
    const skipped = new Set<Node>();
    const expanded = new Set<ActivityNode>();
    for (const scope of graph.scopes) {
      if (scope.listNode !== undefined) skipped.add(scope.listNode);
      if (scope.container !== undefined) expanded.add(scope.container);
    }
    for (const activity of graph.all) {
      if (activity.type === undefined || expanded.has(activity) || !CONTAINER_TYPES.has(activity.type.toLowerCase())) continue;
      for (const inner of innerLists(activity.node)) skipped.add(inner.list);
    }
    const pipelineLevel: Node[] = [];
    const byActivity = new Map<ActivityNode, Node[]>();
    const isRoot = (node: Node) => node === properties || activityOf.has(node);
    for (let i = strings.length - 1; i >= 0; i--) {
      const string = strings[i]!;
      let node = string;
      for (;;) {
        if (skipped.has(node)) break;
        const activity = activityOf.get(node);
        if (activity !== undefined) {
          const list = byActivity.get(activity);
          if (list === undefined) byActivity.set(activity, [string]);
          else list.push(string);
          break;
        }
        if (node === properties) {
          pipelineLevel.push(string);
          break;
        }
        const parent = stepUp(node, isRoot);
        if (parent === undefined) break;
        node = parent;
      }
    }
    for (const node of pipelineLevel) this.expressionAt(object, node, undefined);
    for (const activity of graph.all) {
      const list = byActivity.get(activity);
      if (list !== undefined) for (const node of list) this.expressionAt(object, node, activity);
    }
  }

  /** An object walked node by node: the strict parser did not read its file, or the file holds more than it. */
  private walkedObject(object: AdfObject, properties: Node): void {
    if (object.kind === 'dataflow' || object.kind === 'factory') {
      // Data flows' script language is not this one: references only.
      this.referencesOnly.push(properties);
    } else if (object.kind !== 'pipeline') {
      this.walk(object, properties, undefined, undefined);
    } else {
      this.walkPipeline(object, properties);
    }
    this.walkReferencesOnly(object);
  }

  /**
   * Strings of a container activity belong to it; those of its inner activities to them. The
   * lists of activities are left out of the walk of whatever holds them, and each activity is
   * walked on its own; what such a list holds that is not one of the pipeline's activities
   * (a non-object, or activities nested deeper than the graph goes) is searched for references.
   */
  private walkPipeline(object: AdfObject, properties: Node): void {
    const graph = pipelineGraph(object);
    const activityNodes = new Set<Node>();
    for (const activity of graph.all) activityNodes.add(activity.node);
    const lists = new Set<Node>();
    for (const scope of graph.scopes) if (scope.listNode !== undefined) lists.add(scope.listNode);
    this.walk(object, properties, undefined, lists);
    // Every list lies under `properties`; each is searched once (nested ones are skipped twice).
    const searched = new Set<Node>();
    this.searchSkipped(lists, activityNodes, searched);
    for (const activity of graph.all) {
      const inner = innerLists(activity.node);
      if (inner.length === 0) {
        this.walk(object, activity.node, activity, undefined);
        continue;
      }
      const skip = new Set<Node>();
      for (const l of inner) skip.add(l.list);
      this.walk(object, activity.node, activity, skip);
      this.searchSkipped(skip, activityNodes, searched);
    }
  }

  /** Queues what the skipped lists hold besides walked activities, for references. */
  private searchSkipped(lists: ReadonlySet<Node>, activityNodes: ReadonlySet<Node>, searched: Set<Node>): void {
    for (const list of lists) {
      if (searched.has(list)) continue;
      searched.add(list);
      if (list.type !== 'array') {
        // `activities` that is not a list: no activity of it is walked.
        if (list.type === 'object') this.referencesOnly.push(list);
        continue;
      }
      for (const element of list.children ?? []) {
        if (isContainer(element) && !activityNodes.has(element)) this.referencesOnly.push(element);
      }
    }
  }

  /**
   * Expressions: strings pushed in document order and popped last first, as the expression rules
   * have always seen them (their order decides which finding a list with a cycle gets).
   * References: every object node not under a skipped node.
   */
  private walk(object: AdfObject, root: Node, activity: ActivityNode | undefined, skip: ReadonlySet<Node> | undefined): void {
    const stack = this.stack;
    stack.push(root);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (skip !== undefined && skip.has(node)) continue;
      const type = node.type;
      const children = node.children;
      if (type === 'string') {
        this.expressionAt(object, node, activity);
      } else if (type === 'object') {
        if (children) this.visitObject(object, node, children, stack, node === root);
      } else if (type === 'array' && children) {
        for (const child of children) {
          const childType = child.type;
          if (childType === 'string' || childType === 'object' || childType === 'array') stack.push(child);
        }
      }
    }
  }

  private expressionAt(object: AdfObject, node: Node, activity: ActivityNode | undefined): void {
    const value = node.value as string;
    if (!value.includes('@') || isArmValue(object.factory, node)) return;
    const parsed = this.parse(value);
    if (parsed) this.expressions.push({ object, node, value, activity, parsed });
  }

  /** Each distinct text is parsed once. */
  parse(value: string): ParsedAdfValue | undefined {
    const parsedByValue = this.parsedByValue;
    let parsed = parsedByValue.get(value);
    if (parsed === undefined && !parsedByValue.has(value)) {
      parsed = parseAdfValue(value);
      parsedByValue.set(value, parsed);
    }
    return parsed;
  }

  /**
   * Pushes the values of an object's properties that may hold expressions (in document order),
   * queues containers under never-evaluated names for references only, then records the object
   * if it is a reference.
   */
  private visitObject(object: AdfObject, node: Node, children: Node[], stack: Node[], walkRoot: boolean): void {
    for (const property of children) {
      const pair = property.children;
      const key = pair?.[0];
      const value = pair?.[1];
      if (!key || !value) continue;
      const valueType = value.type;
      if (valueType === 'string' || valueType === 'object' || valueType === 'array') {
        if (!walkRoot || !isNotEvaluated(String(key.value))) stack.push(value);
        else if (valueType !== 'string') this.referencesOnly.push(value);
      }
    }
    this.referenceOf(object, node);
  }

  private referenceAt(object: AdfObject, node: Node, nameNode: Node | undefined, typeNode: Node | undefined): void {
    if (nameNode === undefined || typeNode?.type !== 'string') return;
    const type = typeNode.value as string;
    if (!type || !REFERENCE_TYPE.test(type)) return;
    const name = textOf(object.factory, nameNode);
    this.objectReferences.push({ object, node, nameNode, name: name?.startsWith('@') ? undefined : name, type, target: TARGETS.get(type.toLowerCase()) });
  }

  /** Every object node under the queued containers, for references. */
  private walkReferencesOnly(object: AdfObject): void {
    const stack = this.referencesOnly;
    while (stack.length > 0) {
      const node = stack.pop()!;
      const children = node.children;
      if (!children) continue;
      if (node.type === 'array') {
        for (const child of children) if (isContainer(child)) stack.push(child);
        continue;
      }
      for (const property of children) {
        const value = property.children?.[1];
        if (value && property.children?.[0] && isContainer(value)) stack.push(value);
      }
      this.referenceOf(object, node);
    }
  }

  /** Records an object node that is a reference; looks up `referenceName` and `type` as `prop` does. */
  private referenceOf(object: AdfObject, node: Node): void {
    let nameNode: Node | undefined;
    let nameFolded: Node | undefined;
    let typeNode: Node | undefined;
    let typeFolded: Node | undefined;
    for (const property of node.children ?? []) {
      const pair = property.children;
      const key = pair?.[0];
      const value = pair?.[1];
      if (!key || !value) continue;
      const name = String(key.value);
      if (name.length === 13) {
        if (name === 'referenceName') nameNode ??= value;
        else if (nameFolded === undefined && name.toLowerCase() === 'referencename') nameFolded = value;
      } else if (name.length === 4) {
        if (name === 'type') typeNode ??= value;
        else if (typeFolded === undefined && name.toLowerCase() === 'type') typeFolded = value;
      }
    }
    this.referenceAt(object, node, nameNode ?? nameFolded, typeNode ?? typeFolded);
  }
}

/**
 * The next node up on the way a walk came down: the object or array holding a value, skipping
 * the property node between; undefined at the top, or from a property name (never walked).
 */
function stepUp(node: Node, isWalkRoot: (node: Node) => boolean): Node | undefined {
  const parent = node.parent;
  if (parent?.type !== 'property') return parent;
  const pair = parent.children;
  if (pair?.[1] !== node || pair[0] === undefined) return undefined;
  const holder = parent.parent;
  if (holder !== undefined && isWalkRoot(holder) && isNotEvaluated(String(pair[0].value))) return undefined;
  return holder;
}

/** Where a walk up from a string ends, besides an activity. */
const PIPELINE_LEVEL = Symbol('the pipeline level');
const NOWHERE = Symbol('nowhere');

/**
 * `stepUp` on a path: whether the value at depth `d` has one above it that a walk came down
 * from (not the root, and not held under a name never evaluated).
 */
function canStepUp(path: RawPath, d: number, holderIsWalkRoot: boolean): boolean {
  if (d === 0) return false;
  const key = path[d - 1]!;
  return typeof key !== 'string' || !holderIsWalkRoot || !isNotEvaluated(key);
}

/** `evaluatedUnder` on a path: whether a walk from the root's property `under` reaches the value at its end. */
function evaluatedOnPath(path: RawPath, under: string): boolean {
  for (let d = path.length; ; d--) {
    if (d === 1 && path[0] === under) return true;
    if (!canStepUp(path, d, d === 2 && path[0] === under)) return false;
  }
}

/** An expression site of a lazily read file: its node is made only when a rule reports at it. */
class LazyExpressionSite implements ExpressionSite {
  private made: Node | undefined = undefined;

  constructor(
    readonly object: AdfObject,
    private readonly root: LazyJsonNode,
    private readonly path: RawPath,
    readonly value: string,
    readonly activity: ActivityNode | undefined,
    readonly parsed: ParsedAdfValue,
  ) {}

  get node(): Node {
    return (this.made ??= this.root.nodeAtPath(this.path));
  }
}

/** A reference of a lazily read file: its nodes are made only when a rule reports at it. */
class LazyReferenceSite implements ReferenceSite {
  constructor(
    readonly object: AdfObject,
    private readonly root: LazyJsonNode,
    private readonly path: RawPath,
    private readonly nameKey: string,
    readonly name: string | undefined,
    readonly type: string,
    readonly target: AdfKind | undefined,
    readonly raw: Readonly<Record<string, unknown>>,
  ) {}

  get node(): Node {
    return this.root.nodeAtPath(this.path);
  }

  get nameNode(): Node {
    return this.root.nodeAtPath([...this.path, this.nameKey]);
  }
}

/** Whether a walk of expressions from `root` reaches this string (not under a name never evaluated). */
function evaluatedUnder(node: Node, root: Node): boolean {
  const isRoot = (n: Node) => n === root;
  for (let current: Node | undefined = node; current !== undefined; current = stepUp(current, isRoot)) if (current === root) return true;
  return false;
}

/** Whether the node is `root` or lies under it. */
function isWithin(node: Node, root: Node): boolean {
  for (let current: Node | undefined = node; current !== undefined; current = current.parent) if (current === root) return true;
  return false;
}

function isContainer(node: Node): boolean {
  return node.type === 'object' || node.type === 'array';
}

/**
 * Puts one object's references in the order a depth-first walk finds them that pushes the
 * properties in document order and so visits the last one first: an enclosing object before
 * what it holds, and of two apart the later one first. Both come down to the later end first,
 * as two distinct object nodes of one file never end at the same offset.
 */
function sortReferences(sites: ReferenceSite[]): void {
  if (sites.length > 1) sites.sort((a, b) => b.node.offset + b.node.length - (a.node.offset + a.node.length));
}
