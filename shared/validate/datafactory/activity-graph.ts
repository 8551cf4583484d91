import type { Node } from 'jsonc-parser';
import { dig, elementAt, elements, prop, stringOf, valueOf } from '../json-nav.js';
import { LazyJsonNode, rawDig, rawProp } from '../lazy-json-tree.js';
import { textOf, type AdfObject } from './factory-model.js';

/** An activity of a pipeline, at any nesting level. */
export interface ActivityNode {
  readonly node: Node;
  /** Its name as deployed; undefined when missing or not a string. */
  readonly name: string | undefined;
  readonly nameNode: Node | undefined;
  readonly type: string | undefined;
  readonly scope: ActivityScope;
  /**
   * The parsed activity object, when its file was read lazily (`lazy-json-tree.ts`): read it
   * rather than `node`, whose nodes are made as asked. Never change it.
   */
  readonly raw?: Readonly<Record<string, unknown>>;
}

/** A list of sibling activities: the pipeline's `activities`, or one branch of a container. */
export interface ActivityScope {
  readonly activities: ActivityNode[];
  /** The container activity the list belongs to; undefined at the pipeline's top level. */
  readonly container: ActivityNode | undefined;
  /** `activities`, `ifTrueActivities`, `cases[2].activities`, ... */
  readonly branch: string;
  readonly listNode: Node | undefined;
  /** The parsed list, when the file was read lazily (see `ActivityNode.raw`). */
  readonly listRaw?: unknown;
}

export interface PipelineGraph {
  /** Every activity, nested ones included, in document order. */
  readonly all: readonly ActivityNode[];
  readonly scopes: readonly ActivityScope[];
}

/** Activity types that hold other activities. */
export const CONTAINER_TYPES = new Set(['foreach', 'until', 'ifcondition', 'switch']);

/** The lists of inner activities of a container activity, with the branch each is. */
export function innerLists(activity: Node): { branch: string; list: Node }[] {
  const type = (stringOf(prop(activity, 'type')) ?? '').toLowerCase();
  if (!CONTAINER_TYPES.has(type)) return [];
  const typeProperties = prop(activity, 'typeProperties');
  const lists: { branch: string; list: Node | undefined }[] = [];
  if (type === 'foreach' || type === 'until') lists.push({ branch: 'activities', list: prop(typeProperties, 'activities') });
  if (type === 'ifcondition') {
    lists.push({ branch: 'ifTrueActivities', list: prop(typeProperties, 'ifTrueActivities') });
    lists.push({ branch: 'ifFalseActivities', list: prop(typeProperties, 'ifFalseActivities') });
  }
  if (type === 'switch') {
    elements(prop(typeProperties, 'cases')).forEach((c, i) => lists.push({ branch: `cases[${i}].activities`, list: prop(c, 'activities') }));
    lists.push({ branch: 'defaultActivities', list: prop(typeProperties, 'defaultActivities') });
  }
  return lists.filter((l): l is { branch: string; list: Node } => l.list?.type === 'array');
}

/**
 * What this module works out per activity and per list, kept on the objects it creates itself:
 * several rules ask for each of a factory's tens of thousands of activities, and a WeakMap
 * look-up there cost more than the answer.
 */
interface ActivityMemo extends ActivityNode {
  dependencies?: Dependency[];
  targets?: readonly ActivityNode[];
  directUpstream?: ActivityNode[];
}

interface ScopeMemo extends ActivityScope {
  byName?: Map<string, ActivityNode>;
  acyclic?: boolean;
}

/** Deeper than Data Factory allows anyway; bounds the work on hostile input. */
const MAX_NESTING = 32;
const GRAPHS = new WeakMap<Node, PipelineGraph>();

/** The activities of a pipeline and their sibling lists (built once per pipeline). */
export function pipelineGraph(pipeline: AdfObject): PipelineGraph {
  const cached = GRAPHS.get(pipeline.root);
  if (cached) return cached;
  if (pipeline.properties instanceof LazyJsonNode && pipeline.factory.arm === undefined) {
    const graph = lazyPipelineGraph(pipeline.properties);
    GRAPHS.set(pipeline.root, graph);
    return graph;
  }
  const all: ActivityNode[] = [];
  const scopes: ActivityScope[] = [];
  const visit = (list: Node | undefined, container: ActivityNode | undefined, branch: string, depth: number) => {
    const scope: ScopeMemo = { activities: [], container, branch, listNode: list, byName: undefined, acyclic: undefined };
    scopes.push(scope);
    for (const node of elements(list)) {
      if (node.type !== 'object') continue;
      const nameNode = prop(node, 'name');
      const activity: ActivityMemo = {
        node,
        name: textOf(pipeline.factory, nameNode),
        nameNode,
        type: stringOf(prop(node, 'type')),
        scope,
        dependencies: undefined,
        targets: undefined,
        directUpstream: undefined,
      };
      scope.activities.push(activity);
      all.push(activity);
      if (depth < MAX_NESTING) for (const inner of innerLists(node)) visit(inner.list, activity, inner.branch, depth + 1);
    }
  };
  visit(prop(pipeline.properties, 'activities'), undefined, 'activities', 0);
  const graph = { all, scopes };
  GRAPHS.set(pipeline.root, graph);
  return graph;
}

/**
 * The lists of inner activities of a parsed container activity: `innerLists` on the parsed
 * value, each list with the way to its node.
 */
export function rawInnerLists(activity: unknown): { branch: string; list: unknown[]; node: (activity: Node) => Node | undefined }[] {
  const type = rawProp(activity, 'type');
  const lowered = typeof type === 'string' ? type.toLowerCase() : '';
  if (!CONTAINER_TYPES.has(lowered)) return [];
  const typeProperties = rawProp(activity, 'typeProperties');
  const lists: { branch: string; list: unknown; node: (activity: Node) => Node | undefined }[] = [];
  const named = (name: string) => ({ branch: name, list: rawProp(typeProperties, name), node: (a: Node) => prop(prop(a, 'typeProperties'), name) });
  if (lowered === 'foreach' || lowered === 'until') lists.push(named('activities'));
  if (lowered === 'ifcondition') lists.push(named('ifTrueActivities'), named('ifFalseActivities'));
  if (lowered === 'switch') {
    const cases = rawProp(typeProperties, 'cases');
    if (Array.isArray(cases)) {
      cases.forEach((c, i) =>
        lists.push({ branch: `cases[${i}].activities`, list: rawProp(c, 'activities'), node: (a: Node) => prop(elementAt(prop(prop(a, 'typeProperties'), 'cases'), i), 'activities') }),
      );
    }
    lists.push(named('defaultActivities'));
  }
  return lists.filter((l): l is { branch: string; list: unknown[]; node: (activity: Node) => Node | undefined } => Array.isArray(l.list));
}

/** An activity of a lazily read file: its facts read from the parsed value, its nodes made as asked. */
class LazyActivity implements ActivityMemo {
  dependencies: Dependency[] | undefined = undefined;
  targets: readonly ActivityNode[] | undefined = undefined;
  directUpstream: ActivityNode[] | undefined = undefined;
  private made: Node | undefined = undefined;

  constructor(
    readonly raw: Readonly<Record<string, unknown>>,
    readonly scope: LazyScope,
    private readonly index: number,
    readonly name: string | undefined,
    readonly type: string | undefined,
  ) {}

  get node(): Node {
    return (this.made ??= elementAt(this.scope.listNode, this.index)!);
  }

  get nameNode(): Node | undefined {
    return prop(this.node, 'name');
  }
}

class LazyScope implements ScopeMemo {
  readonly activities: ActivityNode[] = [];
  byName: Map<string, ActivityNode> | undefined = undefined;
  acyclic: boolean | undefined = undefined;
  private made: Node | undefined | null = null;

  constructor(
    readonly container: LazyActivity | undefined,
    readonly branch: string,
    readonly listRaw: unknown,
    private readonly findNode: () => Node | undefined,
  ) {}

  get listNode(): Node | undefined {
    if (this.made === null) this.made = this.findNode();
    return this.made;
  }
}

/** `pipelineGraph` for a lazily read file (Git integration: names are literal): read from the parsed value. */
function lazyPipelineGraph(properties: LazyJsonNode): PipelineGraph {
  const all: ActivityNode[] = [];
  const scopes: ActivityScope[] = [];
  const visit = (list: unknown, findNode: () => Node | undefined, container: LazyActivity | undefined, branch: string, depth: number) => {
    const scope = new LazyScope(container, branch, list, findNode);
    scopes.push(scope);
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      const raw: unknown = list[i];
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
      const name = rawProp(raw, 'name');
      const type = rawProp(raw, 'type');
      const activity = new LazyActivity(raw as Record<string, unknown>, scope, i, typeof name === 'string' ? name : undefined, typeof type === 'string' ? type : undefined);
      scope.activities.push(activity);
      all.push(activity);
      if (depth < MAX_NESTING) for (const inner of rawInnerLists(raw)) visit(inner.list, () => inner.node(activity.node), activity, inner.branch, depth + 1);
    }
  };
  visit(rawProp(properties.rawValue, 'activities'), () => prop(properties, 'activities'), undefined, 'activities', 0);
  return { all, scopes };
}

/**
 * The value at a path under an activity (property names as `prop` finds them, array indexes),
 * for reading: the parsed value when the file was read lazily, else a copy made from the nodes.
 */
export function activityValue(activity: ActivityNode, ...path: (string | number)[]): unknown {
  return activity.raw !== undefined ? rawDig(activity.raw, ...path) : valueOf(dig(activity.node, ...path));
}

/** The containers around an activity, innermost first. */
export function enclosingContainers(activity: ActivityNode): ActivityNode[] {
  const result: ActivityNode[] = [];
  for (let c = activity.scope.container; c; c = c.scope.container) result.push(c);
  return result;
}

/** One `dependsOn` entry of an activity. */
export interface Dependency {
  readonly entry: Node;
  readonly activityNode: Node | undefined;
  /** The name it waits on, as deployed; undefined when `activity` is missing or not a string. */
  readonly activity: string | undefined;
  readonly conditionsNode: Node | undefined;
  /** The values of `dependencyConditions` (strings, if well formed); undefined when it is not an array. */
  readonly conditions: readonly unknown[] | undefined;
}

export function dependenciesOf(activity: ActivityNode, pipeline: AdfObject): Dependency[] {
  const memo = activity as ActivityMemo;
  if (memo.dependencies) return memo.dependencies;
  if (activity.raw !== undefined) {
    const entries = rawProp(activity.raw, 'dependsOn');
    memo.dependencies = Array.isArray(entries) ? entries.map((entry, index) => new LazyDependency(activity, index, entry)) : [];
    return memo.dependencies;
  }
  return (memo.dependencies = elements(prop(activity.node, 'dependsOn')).map((entry) => {
    const activityNode = prop(entry, 'activity');
    const conditionsNode = prop(entry, 'dependencyConditions');
    const conditions = conditionsNode?.type === 'array' ? elements(conditionsNode).map((c) => valueOf(c)) : undefined;
    return { entry, activityNode, activity: textOf(pipeline.factory, activityNode), conditionsNode, conditions };
  }));
}

/** A `dependsOn` entry of a lazily read activity (Git integration: names are literal). */
class LazyDependency implements Dependency {
  readonly activity: string | undefined;
  readonly conditions: readonly unknown[] | undefined;
  private readonly hasActivity: boolean;
  private readonly hasConditions: boolean;

  constructor(
    private readonly owner: ActivityNode,
    private readonly index: number,
    raw: unknown,
  ) {
    const name = rawProp(raw, 'activity');
    const conditions = rawProp(raw, 'dependencyConditions');
    this.hasActivity = name !== undefined;
    this.hasConditions = conditions !== undefined;
    this.activity = typeof name === 'string' ? name : undefined;
    this.conditions = Array.isArray(conditions) ? conditions : undefined;
  }

  get entry(): Node {
    return elementAt(prop(this.owner.node, 'dependsOn'), this.index)!;
  }

  get activityNode(): Node | undefined {
    return this.hasActivity ? prop(this.entry, 'activity') : undefined;
  }

  get conditionsNode(): Node | undefined {
    return this.hasConditions ? prop(this.entry, 'dependencyConditions') : undefined;
  }
}

/** The sibling an activity depends on, by name (case-insensitive). */
export function siblingNamed(scope: ActivityScope, name: string): ActivityNode | undefined {
  const memo = scope as ScopeMemo;
  let byName = memo.byName;
  if (!byName) {
    byName = new Map();
    for (const a of scope.activities) if (a.name !== undefined && !byName.has(a.name.toLowerCase())) byName.set(a.name.toLowerCase(), a);
    memo.byName = byName;
  }
  return byName.get(name.toLowerCase());
}

/**
 * The names (lowercase) of the activities sure to have run before this one: its siblings it
 * depends on, transitively, and the same for each container around it.
 */
export function upstreamNames(activity: ActivityNode, pipeline: AdfObject): Set<string> {
  const cached = UPSTREAM.get(activity);
  if (cached) return cached;
  const names = new Set<string>();
  for (let current: ActivityNode | undefined = activity; current; current = current.scope.container) {
    for (const name of upstreamInScope(current, pipeline)) names.add(name);
  }
  UPSTREAM.set(activity, names);
  return names;
}

const UPSTREAM = new WeakMap<ActivityNode, Set<string>>();
const IN_SCOPE = new WeakMap<ActivityNode, Set<string>>();

/** Names upstream of an activity within its own list, memoised so long chains cost linear work per activity. */
function upstreamInScope(activity: ActivityNode, pipeline: AdfObject): Set<string> {
  const cached = IN_SCOPE.get(activity);
  if (cached) return cached;
  // Iterative post-order over the dependency edges; a cycle just stops where it closes.
  const order: ActivityNode[] = [];
  const seen = new Set<ActivityNode>();
  const stack: { node: ActivityNode; expanded: boolean }[] = [{ node: activity, expanded: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.expanded) {
      order.push(top.node);
      continue;
    }
    if (seen.has(top.node) || IN_SCOPE.has(top.node)) continue;
    seen.add(top.node);
    stack.push({ node: top.node, expanded: true });
    for (const sibling of directUpstream(top.node, pipeline)) if (!seen.has(sibling)) stack.push({ node: sibling, expanded: false });
  }
  for (const node of order) {
    const names = new Set<string>();
    for (const sibling of directUpstream(node, pipeline)) {
      if (sibling.name) names.add(sibling.name.toLowerCase());
      for (const name of IN_SCOPE.get(sibling) ?? []) names.add(name);
    }
    IN_SCOPE.set(node, names);
  }
  return IN_SCOPE.get(activity) ?? new Set();
}

/** The siblings an activity's dependsOn entries name, in entry order (itself included, when it names itself). */
export function dependencyTargets(activity: ActivityNode, pipeline: AdfObject): readonly ActivityNode[] {
  const memo = activity as ActivityMemo;
  return (memo.targets ??= dependenciesOf(activity, pipeline)
    .map((d) => (d.activity === undefined ? undefined : siblingNamed(activity.scope, d.activity)))
    .filter((a): a is ActivityNode => a !== undefined));
}

function directUpstream(activity: ActivityNode, pipeline: AdfObject): ActivityNode[] {
  const memo = activity as ActivityMemo;
  if (memo.directUpstream) return memo.directUpstream;
  const targets = dependencyTargets(activity, pipeline);
  // Nearly always the same list: no activity waits on itself.
  return (memo.directUpstream = targets.includes(activity) ? targets.filter((a) => a !== activity) : (targets as ActivityNode[]));
}

/**
 * Whether some dependsOn chain of the list comes back to where it started, an activity naming
 * itself included: when not, a search for cycles there has nothing to find.
 */
export function mayHaveCycle(scope: ActivityScope, pipeline: AdfObject): boolean {
  return !isAcyclic(scope, pipeline) || scope.activities.some((a) => dependencyTargets(a, pipeline).includes(a));
}

/** True when no dependsOn chain of the list comes back to where it started (an activity naming itself aside). */
function isAcyclic(scope: ActivityScope, pipeline: AdfObject): boolean {
  const memo = scope as ScopeMemo;
  if (memo.acyclic !== undefined) return memo.acyclic;
  let known = true;
  const state = new Map<ActivityNode, 'open' | 'done'>();
  // The depth-first path, as two stacks: the activities, and the next edge of each to follow.
  const path: ActivityNode[] = [];
  const next: number[] = [];
  for (const start of scope.activities) {
    if (state.has(start)) continue;
    path.push(start);
    next.push(0);
    state.set(start, 'open');
    while (path.length > 0 && known) {
      const top = path.length - 1;
      const edges = directUpstream(path[top]!, pipeline);
      if (next[top]! >= edges.length) {
        state.set(path[top]!, 'done');
        path.pop();
        next.pop();
        continue;
      }
      const sibling = edges[next[top]!++]!;
      const seen = state.get(sibling);
      if (seen === 'open') known = false;
      else if (seen === undefined) {
        state.set(sibling, 'open');
        path.push(sibling);
        next.push(0);
      }
    }
    if (!known) break;
  }
  memo.acyclic = known;
  return known;
}

/**
 * Whether an activity named `name` (lowercase) is sure to have run before this one: the same
 * answer as `upstreamNames(activity, pipeline).has(name)`, found by walking the dependsOn edges
 * until the name turns up instead of building every activity's upstream set (quadratic in a
 * long chain). Lists with a cycle keep the memoised sets, whose answers there depend on the
 * order they were asked in.
 */
export function isUpstream(activity: ActivityNode, name: string, pipeline: AdfObject): boolean {
  for (let current: ActivityNode | undefined = activity; current; current = current.scope.container) {
    if (!isAcyclic(current.scope, pipeline)) return upstreamNames(activity, pipeline).has(name);
  }
  if (name === '') return false;
  for (let current: ActivityNode | undefined = activity; current; current = current.scope.container) {
    const seen = new Set<ActivityNode>([current]);
    const stack = [current];
    while (stack.length > 0) {
      for (const sibling of directUpstream(stack.pop()!, pipeline)) {
        if (seen.has(sibling)) continue;
        if (sibling.name && sibling.name.toLowerCase() === name) return true;
        seen.add(sibling);
        stack.push(sibling);
      }
    }
  }
  return false;
}

/** The `typeProperties` of an activity, or of a dataset or linked service object. */
export function typePropertiesOf(node: Node | undefined): Node | undefined {
  return dig(node, 'typeProperties');
}

/**
 * Whether an activity, or a container around it, is deactivated (`"state": "Inactive"`): the
 * service saves and publishes such activities, unfinished or not, without validating them.
 */
export function isDeactivated(activity: ActivityNode): boolean {
  for (const a of [activity, ...enclosingContainers(activity)]) {
    const state = activityValue(a, 'state');
    if (typeof state === 'string' && state.toLowerCase() === 'inactive') return true;
  }
  return false;
}

/**
 * Whether a node of a pipeline lies inside a deactivated activity (see `isDeactivated`), found by
 * going up from it: for rules that hold a node rather than its activity, and ask only before
 * reporting.
 */
export function isInsideDeactivated(node: Node | undefined): boolean {
  for (let at = node; at !== undefined; at = at.parent) {
    if (at.type !== 'object') continue;
    const state = stringOf(prop(at, 'state'));
    if (state !== undefined && state.toLowerCase() === 'inactive' && prop(at, 'name') !== undefined && prop(at, 'type') !== undefined) return true;
  }
  return false;
}
