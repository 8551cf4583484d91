import type { Node, NodeType } from 'jsonc-parser';
import { countNamesEndingAt } from '../json/parse-json.js';
import type { TreeMarks } from './strict-json-tree.js';

/**
 * A strict JSON document read by the engine's `JSON.parse` and seen through nodes shaped as
 * jsonc-parser's, made only when a rule reaches them. Offsets are looked up in the text only
 * when asked for (to place a finding), by scanning just the containers on the way.
 *
 * It is how the files of a Data Factory Git integration are read: a factory at the service's
 * limit is 65 MB and millions of values, of which the rules look at a small part. Building every
 * node with its offsets cost three times `JSON.parse` in parsing and as much again in garbage
 * collection.
 *
 * The nodes answer exactly as those of `parseTree` would, as long as the text holds no repeated
 * property name within an object, no property name starting with a digit (the engine keeps
 * the last of repeated names and puts integer-like names first) and no escape in a property
 * name (see `countPropertyNames`); `parseLazyJsonTree` hands such a text back to the caller, as
 * it does anything `JSON.parse` refuses or nested too deep.
 */
export function parseLazyJsonTree(text: string, maxDepth: number): LazyJsonNode | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const marker = new Marker(maxDepth);
  if (!marker.run(raw) || marker.keyCount !== countPropertyNames(text)) return undefined;
  return new LazyJsonNode(new LazyText(text, marker.marks), raw, undefined, 0);
}

/** A path from a document's root: property names and array indexes. */
export type RawPath = readonly (string | number)[];

/**
 * What the Data Factory rules look for, noted in the walk that checks the parsed value, as paths
 * from the root: no node is made for them unless a rule reports there.
 */
export interface LazyMarks {
  /** Every string value (not property name) holding an `@`, in document order. */
  readonly strings: readonly { readonly path: RawPath; readonly value: string }[];
  /**
   * Every object with a property named `referenceName` in any case, in the order the objects
   * end in the text, with its rank in post-order among the document's containers (later end,
   * higher rank).
   */
  readonly references: readonly { readonly path: RawPath; readonly raw: Record<string, unknown>; readonly endRank: number }[];
}

/** The text a tree's offsets are found in, and its marks. */
class LazyText {
  constructor(
    readonly text: string,
    readonly marks: LazyMarks,
  ) {}
}

function typeOf(raw: unknown): NodeType {
  switch (typeof raw) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return raw === null ? 'null' : Array.isArray(raw) ? 'array' : 'object';
  }
}

const NOT_FOUND = -1;

/** What a node stands for. */
const enum Role {
  /** A value: the root, an element of an array or the value of a property. */
  Value,
  /** A property (jsonc-parser's `property` node): its name and its value. */
  Property,
  /** The name of a property. */
  Name,
}

/** Where a container's children start, found as far as asked (see `scanTo`). */
interface ScanState {
  /** Per child scanned: objects: name start, name end, colon, value start; arrays: start. */
  readonly spans: Int32Array;
  scanned: number;
  /** Where the last child scanned starts. */
  at: number;
}

/**
 * One node of a lazy tree, shaped as jsonc-parser's. A value node is made when a rule first
 * reaches it, and the same node is returned each time (rules key maps by node); the property
 * node above a property's value, and the node of its name, are made only when asked for, as
 * rules mostly go down by name and seldom look at either.
 */
export class LazyJsonNode implements Node {
  readonly type: NodeType;
  /** Containers: value nodes by child index, as made. */
  private made: (LazyJsonNode | undefined)[] | undefined = undefined;
  /** Objects: property names in document order. */
  private names: string[] | undefined = undefined;
  /** The children array jsonc-parser's nodes have, made when asked. */
  private kids: LazyJsonNode[] | undefined = undefined;
  /** Property values: their property node, when made. Properties: their value node. */
  private link: LazyJsonNode | undefined;
  private start = NOT_FOUND;
  private end = NOT_FOUND;
  private scan: ScanState | undefined = undefined;

  /**
   * @param raw values: the parsed value; properties and names: the property name
   * @param container values: the object or array holding it (none for the root); properties: the
   *   object; names: the property node
   * @param index the position among the container's children (names: unused)
   */
  constructor(
    private readonly source: LazyText,
    private readonly raw: unknown,
    private readonly container: LazyJsonNode | undefined,
    private readonly index: number,
    private readonly role: Role = Role.Value,
    link?: LazyJsonNode,
  ) {
    this.type = role === Role.Property ? 'property' : role === Role.Name ? 'string' : typeOf(raw);
    this.link = link;
  }

  get value(): unknown {
    const type = this.type;
    return type === 'object' || type === 'array' || type === 'property' ? undefined : this.raw;
  }

  get parent(): LazyJsonNode | undefined {
    const container = this.container;
    if (this.role !== Role.Value || container === undefined || container.type !== 'object') return container;
    return (this.link ??= new LazyJsonNode(this.source, container.propertyNames()[this.index], container, this.index, Role.Property, this));
  }

  /**
   * The parsed value itself (for a property node, its name), shared with the tree: for code that
   * reads many values and makes nodes only to report at. Never change it.
   */
  get rawValue(): unknown {
    return this.raw;
  }

  /** The marks noted when the document was read. */
  get marks(): LazyMarks {
    return this.source.marks;
  }

  /** The value node at a path below this one (names exact, as the marks note them). */
  nodeAtPath(path: RawPath): LazyJsonNode {
    let node: LazyJsonNode = this;
    for (const key of path) node = node.childValue(key);
    return node;
  }

  /** The value as `getNodeValue` gives it: a copy, for callers may change what they get. */
  plain(): unknown {
    return this.role === Role.Property ? undefined : copyOf(this.raw);
  }

  /** For a value: the name of the property it is the value of, or its index within its array. */
  keyInParent(): string | number | undefined {
    const container = this.container;
    if (this.role !== Role.Value || container === undefined) return undefined;
    return container.type === 'object' ? container.propertyNames()[this.index] : this.index;
  }

  get children(): Node[] | undefined {
    if (this.kids !== undefined) return this.kids;
    switch (this.type) {
      case 'object': {
        const count = this.propertyNames().length;
        const kids: LazyJsonNode[] = new Array(count);
        for (let i = 0; i < count; i++) kids[i] = this.child(i).parent!;
        return (this.kids = kids);
      }
      case 'array': {
        const count = (this.raw as unknown[]).length;
        const kids: LazyJsonNode[] = new Array(count);
        for (let i = 0; i < count; i++) kids[i] = this.child(i);
        return (this.kids = kids);
      }
      case 'property':
        return (this.kids = [new LazyJsonNode(this.source, this.raw, this, this.index, Role.Name), this.link!]);
      default:
        return undefined;
    }
  }

  /** An object's property value by exact name, or (unless case-sensitive) the first whose name matches in any case; as `prop` does. */
  propertyValue(name: string, caseSensitive: boolean): LazyJsonNode | undefined {
    if (this.type !== 'object') return undefined;
    const found = rawPropertyName(this.raw, name, caseSensitive);
    return found === undefined ? undefined : this.child(this.propertyNames().indexOf(found));
  }

  /** An array's element, or undefined past its end. */
  element(index: number): LazyJsonNode | undefined {
    if (this.type !== 'array' || !(index >= 0 && index < (this.raw as unknown[]).length)) return undefined;
    return this.child(index);
  }

  /** The value of a container's child (an element, or a property's value) by index. */
  private child(index: number): LazyJsonNode {
    const made = (this.made ??= []);
    let node = made[index];
    if (node === undefined) {
      const raw = this.type === 'array' ? (this.raw as unknown[])[index] : (this.raw as Record<string, unknown>)[this.propertyNames()[index]!];
      made[index] = node = new LazyJsonNode(this.source, raw, this, index);
    }
    return node;
  }

  /** The value under a property name of an object (which must have it) or at an index of an array. */
  childValue(key: string | number): LazyJsonNode {
    return this.child(typeof key === 'number' ? key : this.propertyNames().indexOf(key));
  }

  private propertyNames(): string[] {
    return (this.names ??= Object.keys(this.raw as object));
  }

  get offset(): number {
    if (this.start === NOT_FOUND) this.locateStart();
    return this.start;
  }

  get length(): number {
    if (this.start === NOT_FOUND) this.locateStart();
    if (this.end === NOT_FOUND) this.locateEnd();
    return this.end - this.start;
  }

  get colonOffset(): number | undefined {
    if (this.role !== Role.Property) return undefined;
    return this.container!.scanTo(this.index).spans[4 * this.index + 2];
  }

  /**
   * Finds where this node starts, from where its container starts. Only the children before it
   * are skipped: a finding near the top of a large file costs a scan of that top alone.
   */
  private locateStart(): void {
    const container = this.container;
    if (container === undefined) {
      this.start = skipWhitespace(this.source.text, 0);
    } else if (this.role === Role.Name) {
      this.start = container.offset;
    } else if (container.type === 'array') {
      this.start = container.scanTo(this.index).spans[this.index]!;
    } else {
      this.start = container.scanTo(this.index).spans[4 * this.index + (this.role === Role.Property ? 0 : 3)]!;
    }
  }

  /** Finds where this node ends: past the end of its value. */
  private locateEnd(): void {
    const text = this.source.text;
    if (this.container === undefined) {
      let end = text.length;
      while (end > this.offset && isWhitespace(text.charCodeAt(end - 1))) end--;
      this.end = end;
    } else if (this.role === Role.Property) {
      this.end = this.link!.offset + this.link!.length;
    } else if (this.role === Role.Name) {
      this.end = skipString(text, this.offset);
    } else {
      this.end = skipValue(text, this.offset);
    }
  }

  /** Scans this container's children up to the start of child `index`, noting where each starts. */
  private scanTo(index: number): ScanState {
    const isObject = this.type === 'object';
    const width = isObject ? 4 : 1;
    const text = this.source.text;
    let scan = this.scan;
    if (scan === undefined) {
      const count = isObject ? this.propertyNames().length : (this.raw as unknown[]).length;
      scan = this.scan = { spans: new Int32Array(count * width), scanned: 0, at: skipWhitespace(text, this.offset + 1) };
    }
    const spans = scan.spans;
    if (!(index >= 0 && index < spans.length / width)) {
      // JSON.parse read the same text: reaching here is a bug in mapp, not in the file.
      throw new Error(`no child ${index} in a JSON ${this.type} of ${spans.length / width}`);
    }
    let i = scan.at;
    while (scan.scanned <= index) {
      if (scan.scanned > 0) {
        // Past the previous child's value, and the comma after it.
        i = skipWhitespace(text, skipValue(text, spans[width * (scan.scanned - 1) + (isObject ? 3 : 0)]!));
        i = skipWhitespace(text, i + 1);
      }
      const at = width * scan.scanned;
      spans[at] = i;
      if (isObject) {
        i = skipString(text, i);
        spans[at + 1] = i;
        i = skipWhitespace(text, i);
        spans[at + 2] = i;
        i = skipWhitespace(text, i + 1);
        spans[at + 3] = i;
      }
      scan.scanned++;
    }
    scan.at = i;
    return scan;
  }
}

/** Checks a parsed value can be mirrored and notes its marks, in one walk. */
class Marker {
  readonly marks: { strings: { path: RawPath; value: string }[]; references: { path: RawPath; raw: Record<string, unknown>; endRank: number }[] } = { strings: [], references: [] };
  /** Property names met: compared with those counted in the text, to find repeated names. */
  keyCount = 0;
  private rank = 0;
  /** The path to the value being walked. */
  private readonly keys: (string | number)[] = [];

  constructor(private readonly maxDepth: number) {}

  /** False when the tree is nested too deep or has an integer-like property name. */
  run(raw: unknown): boolean {
    return this.visit(raw, 0);
  }

  private visit(raw: unknown, depth: number): boolean {
    if (typeof raw === 'string') {
      if (raw.includes('@')) this.marks.strings.push({ path: this.keys.slice(0, depth), value: raw });
      return true;
    }
    if (typeof raw !== 'object' || raw === null) return true;
    if (depth >= this.maxDepth) return false;
    const keys = this.keys;
    if (Array.isArray(raw)) {
      for (let i = 0; i < raw.length; i++) {
        const child: unknown = raw[i];
        if (typeof child === 'string' || (typeof child === 'object' && child !== null)) {
          keys[depth] = i;
          if (!this.visit(child, depth + 1)) return false;
        }
      }
      this.rank++;
      return true;
    }
    let reference = false;
    for (const name in raw) {
      this.keyCount++;
      const first = name.charCodeAt(0);
      if (first >= 0x30 && first <= 0x39) return false;
      if (name.length === 13 && !reference && name.toLowerCase() === 'referencename') reference = true;
      const child: unknown = (raw as Record<string, unknown>)[name];
      if (typeof child === 'string' || (typeof child === 'object' && child !== null)) {
        keys[depth] = name;
        if (!this.visit(child, depth + 1)) return false;
      }
    }
    this.rank++;
    if (reference) this.marks.references.push({ path: keys.slice(0, depth), raw: raw as Record<string, unknown>, endRank: this.rank });
    return true;
  }
}

function copyOf(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  if (Array.isArray(raw)) return raw.map(copyOf);
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(raw)) {
    const value = copyOf((raw as Record<string, unknown>)[name]);
    // Assigning `__proto__` would set the copy's prototype instead of adding the property.
    if (name === '__proto__') Object.defineProperty(copy, name, { value, writable: true, enumerable: true, configurable: true });
    else copy[name] = value;
  }
  return copy;
}

function isWhitespace(ch: number): boolean {
  return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;
}

function skipWhitespace(text: string, i: number): number {
  while (isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** From an opening quote to just past its closing one. */
function skipString(text: string, i: number): number {
  let at = text.indexOf('"', i + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if ((backslashes & 1) === 0) return at + 1;
    at = text.indexOf('"', at + 1);
  }
}

/** From the first character of a value to just past it (the text is known to be valid JSON). */
function skipValue(text: string, i: number): number {
  const ch = text.charCodeAt(i);
  if (ch === 0x22 /* " */) return skipString(text, i);
  if (ch !== 0x7b /* { */ && ch !== 0x5b /* [ */) {
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c !== c || c === 0x2c || c === 0x7d || c === 0x5d || isWhitespace(c)) return j;
      j++;
    }
  }
  let depth = 0;
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0x22) {
      j = skipString(text, j);
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
}

/**
 * Property names in the text: each colon preceded (past whitespace) by an unescaped quote ends
 * one. A colon inside a string can also follow a quote (`": "` opening a value), so this never
 * counts fewer than there are; with `JSON.parse` keeping one value per name, a count equal to
 * the names it kept means no name repeats.
 *
 * -1 when a name holds an escape (`\"`, `\\`, `\u0041`): the JSON.parse of Node 24
 * (V8 13) can return a name it read earlier in the process instead: after
 * `JSON.parse('{"c\\\\": 1}')`, `JSON.parse('{"c\\"": 1}')` has the name `c\`, not `c"`.
 * Names escaped as `\n`, `\r` or `\f` are hit as well. It is V8's bug (nodejs/node#63785, open);
 * such texts (rare in a factory) are read by the exact parsers.
 */
function countPropertyNames(text: string): number {
  // Without a backslash every quote delimits a string, and a name is written `"name":` but for
  // whitespace before its colon: a colon right after a quote ends a name, one after anything
  // but whitespace lies inside a string. Whitespace before a colon is left to the general count.
  //
  // The loop is kept this small on purpose: one that also stepped back over whitespace and
  // counted backslashes ran about 50 times slower (1.9-3.4 s instead of 25-60 ms over the
  // benchmark's 65 MB) in between 1 and 5 of every 8 Node 20 starts, with no deoptimisation traced.
  if (text.includes('\\')) return countNamesEndingAt(text, true);
  let count = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const before = text.charCodeAt(colon - 1);
    if (before === 0x22) count++;
    else if (isWhitespace(before)) return countNamesEndingAt(text, false);
  }
  return count;
}

/**
 * The name under which `prop` would find `name` in a parsed object: the exact name, else the
 * first of the same letters in another case (unless case-sensitive); undefined when none.
 */
export function rawPropertyName(raw: unknown, name: string, caseSensitive = false): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  if (Object.hasOwn(raw, name)) return name;
  if (caseSensitive) return undefined;
  let lowered: string | undefined;
  for (const other in raw) {
    if (other.length !== name.length) continue;
    lowered ??= name.toLowerCase();
    if (other.toLowerCase() === lowered) return other;
  }
  return undefined;
}

/** What `prop` finds, on a parsed value: a property's value by name, as `rawPropertyName` picks it. */
export function rawProp(raw: unknown, name: string): unknown {
  const found = rawPropertyName(raw, name);
  return found === undefined ? undefined : (raw as Record<string, unknown>)[found];
}

/** What `dig` finds, on a parsed value: property names (as `rawProp`) and array indexes. */
export function rawDig(raw: unknown, ...path: (string | number)[]): unknown {
  let current = raw;
  for (const step of path) {
    if (current === undefined) return undefined;
    current = typeof step === 'number' ? (Array.isArray(current) ? current[step] : undefined) : rawProp(current, step);
  }
  return current;
}

/** Whether some object in a parsed value (the value itself included) passes the test. */
export function someRawObject(raw: unknown, test: (object: Readonly<Record<string, unknown>>) => boolean): boolean {
  const stack: unknown[] = [raw];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const element of value) stack.push(element);
      continue;
    }
    if (test(value as Record<string, unknown>)) return true;
    for (const name in value) stack.push((value as Record<string, unknown>)[name]);
  }
  return false;
}
