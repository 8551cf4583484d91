import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import { JsonDocument } from '../shared/validate/json-document.js';
import { dig, prop } from '../shared/validate/json-nav.js';
import { MAX_JSON_NESTING } from '../shared/validate/json-nesting.js';
import { LazyJsonNode, parseLazyJsonTree, rawDig, rawProp, rawPropertyName, type RawPath } from '../shared/validate/lazy-json-tree.js';
import {
  checkCorpus,
  corpusTexts,
  firstDifference,
  generatedDocuments,
  IRREGULAR_JSON_CASES,
  JSONC_ONLY_CASES,
  jsoncTree,
  seededRandom,
  VALID_JSON_CASES,
} from './helpers/json-tree-compare.js';

function lazyTree(text: string): LazyJsonNode | undefined {
  return parseLazyJsonTree(text, MAX_JSON_NESTING);
}

/**
 * The lazy tree either agrees with jsonc-parser exactly or is refused; either way a lazy
 * JsonDocument holds the tree and errors an eager one holds (the eager one agrees with
 * jsonc-parser: strict-json-tree.test.ts).
 */
function expectLazyAgreement(text: string): 'lazy' | 'refused' {
  const eager = new JsonDocument('case.json', text);
  const lazyDocument = new JsonDocument('case.json', text, undefined, true);
  expect(firstDifference(lazyDocument.root, eager.root)).toBeUndefined();
  expect(lazyDocument.errors).toEqual(eager.errors);
  const tree = lazyTree(text);
  if (tree === undefined) {
    expect(lazyDocument.root).not.toBeInstanceOf(LazyJsonNode);
    return 'refused';
  }
  expect(lazyDocument.root).toBeInstanceOf(LazyJsonNode);
  const { root, errors } = jsoncTree(text);
  expect(errors).toEqual([]);
  expect(firstDifference(tree, root)).toBeUndefined();
  expect(tree.plain()).toEqual(JSON.parse(text));
  return 'lazy';
}

/** Whether some property name of a (valid) text is written with a backslash, found from jsonc-parser's tree. */
function hasEscapedName(text: string): boolean {
  const stack: Node[] = [jsoncTree(text).root!];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'property') {
      const name = node.children![0]!;
      if (text.slice(name.offset, name.offset + name.length).includes('\\')) return true;
    }
    stack.push(...(node.children ?? []));
  }
  return false;
}

const POSITION_FIELDS = ['offset', 'length', 'colonOffset'] as const;
type PositionField = (typeof POSITION_FIELDS)[number];

/**
 * Asks a node's position fields in the order given, then its type and value, and compares each
 * with jsonc-parser's node; returns the first difference, or undefined.
 */
function positionDifference(lazy: Node, expected: Node, order: readonly PositionField[]): string | undefined {
  for (const field of order) {
    const asked = lazy[field];
    if (asked !== expected[field]) return `${field}: ${String(asked)} != ${String(expected[field])} (asked ${order.join(', ')})`;
  }
  if (lazy.type !== expected.type) return `type: ${lazy.type} != ${expected.type}`;
  if (!Object.is(lazy.value, expected.value)) return `value: ${JSON.stringify(lazy.value)} != ${JSON.stringify(expected.value)}`;
  return undefined;
}

function expectSamePosition(lazy: Node, expected: Node, order: readonly PositionField[], where: string): void {
  expect({ where, difference: positionDifference(lazy, expected, order) }).toEqual({ where, difference: undefined });
}

/** Every node of a tree, as the child indexes leading to it from the root. */
function childIndexPaths(root: Node): number[][] {
  const paths: number[][] = [];
  const walk = (node: Node, at: number[]): void => {
    paths.push(at);
    node.children?.forEach((child, i) => walk(child, [...at, i]));
  };
  walk(root, []);
  return paths;
}

function followChildren(root: Node, indexes: readonly number[]): Node {
  let node = root;
  for (const i of indexes) node = node.children![i]!;
  return node;
}

/** For a value node (not a property or a property name): property names and array indexes from the root. */
function rawPathOf(root: Node, indexes: readonly number[]): RawPath | undefined {
  const rawPath: (string | number)[] = [];
  let node = root;
  for (let step = 0; step < indexes.length; step++) {
    if (node.type === 'array') {
      rawPath.push(indexes[step]!);
      node = node.children![indexes[step]!]!;
      continue;
    }
    const property = node.children![indexes[step]!]!;
    if (step + 1 === indexes.length || indexes[step + 1] !== 1) return undefined;
    rawPath.push(property.children![0]!.value as string);
    node = property.children![1]!;
    step++;
  }
  return rawPath;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * On a fresh lazy tree, asks the position of every node in a random order (deep nodes before
 * their ancestors, later siblings before earlier ones, fields in any order) and compares each
 * with jsonc-parser's. Value nodes are reached in turn through `children` and through
 * `nodeAtPath`, which must give the same node.
 */
function expectPositionsInRandomOrder(text: string, random: () => number): void {
  const lazy = lazyTree(text)!;
  const expected = jsoncTree(text).root!;
  const differences: string[] = [];
  for (const indexes of shuffled(childIndexPaths(expected), random)) {
    const rawPath = rawPathOf(expected, indexes);
    const viaChildren = followChildren(lazy, indexes);
    const node = rawPath !== undefined && random() < 0.5 ? lazy.nodeAtPath(rawPath) : viaChildren;
    const order = shuffled(POSITION_FIELDS, random);
    const difference = positionDifference(node, followChildren(expected, indexes), order);
    if (difference !== undefined) differences.push(`${JSON.stringify(indexes)}: ${difference}`);
    if (viaChildren !== node || (rawPath !== undefined && lazy.nodeAtPath(rawPath) !== node)) differences.push(`${JSON.stringify(indexes)}: another node on another way down`);
    if (differences.length > 5) break;
  }
  expect({ text: text.length > 200 ? `${text.slice(0, 200)}...` : text, differences }).toEqual({ text: expect.any(String), differences: [] });
}

/**
 * Strict JSON texts built token by token, so that they can hold what `JSON.stringify` never
 * writes: repeated names (also through escapes), names starting with a digit, escaped quotes and
 * backslashes at the end of names, colons and quotes inside strings, any whitespace.
 */
function awkwardDocuments(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const names = ['a', 'A', 'b', 'a"', 'a\\', 'a\\"', '@k', 'referenceName', 'ReferenceName', 'x:', ':', '', 'é', '0', '1x', '-1'];
  const strings = ['', 'x', ':x', ' : ', '":', 'a\\', '\\"', '@{x}', 'b@c', '\\:', '{[', ']}', ','];
  const spaces = ['', ' ', '\t', '\n', '\r\n', '\r', '  '];
  const space = () => (random() < 0.6 ? '' : pick(spaces));
  const quoted = (s: string) => (random() < 0.2 ? `"${[...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(s));
  const value = (depth: number): string => {
    const kind = random();
    if (depth > 4 || kind < 0.35) return quoted(pick(strings));
    if (kind < 0.45) return pick(['0', '-1.5e3', 'true', 'false', 'null']);
    const size = Math.floor(random() * 4);
    if (kind < 0.65) return `[${space()}${Array.from({ length: size }, () => value(depth + 1)).join(`${space()},${space()}`)}${space()}]`;
    const members = Array.from({ length: size }, () => `${quoted(pick(names))}${space()}:${space()}${value(depth + 1)}`);
    return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
  };
  return Array.from({ length: count }, () => `${space()}${value(0)}${space()}`);
}

describe('parseLazyJsonTree answers as jsonc-parser parseTree does', () => {
  const corpus = corpusTexts(process.cwd());

  test('every .json under test/fixtures and examples', () => {
    expect(corpus.length).toBeGreaterThan(50);
    const outcomes = checkCorpus(corpus, expectLazyAgreement);
    // Nearly every file is strict JSON with unique, letter-led names; the few others are broken on purpose.
    expect(outcomes.lazy ?? 0).toBeGreaterThan(0.9 * corpus.length);
  });

  test('positions asked in random order, over the corpus', () => {
    const random = seededRandom(3);
    let checked = 0;
    for (const { text } of corpus) {
      if (lazyTree(text) === undefined) continue;
      expectPositionsInRandomOrder(text, random);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  test.each(VALID_JSON_CASES.filter(([name]) => name !== 'duplicate keys' && name !== 'escaped keys'))('%s', (_name, text) => {
    expect(expectLazyAgreement(text)).toBe('lazy');
    expectPositionsInRandomOrder(text, seededRandom(11));
  });

  test('nesting: maxDepth levels are read, one more is refused', () => {
    expect(parseLazyJsonTree('[[1]]', 2)).toBeDefined();
    expect(parseLazyJsonTree('[[[]]]', 2)).toBeUndefined();
    expect(parseLazyJsonTree('{"a": [{}]}', 2)).toBeUndefined();
    expect(parseLazyJsonTree('{"a": ["x", 1]}', 2)).toBeDefined();
    const atLimit = '['.repeat(MAX_JSON_NESTING) + '"@"' + ']'.repeat(MAX_JSON_NESTING);
    expect(expectLazyAgreement(atLimit)).toBe('lazy');
    expect(lazyTree(atLimit)!.marks.strings).toEqual([{ path: Array(MAX_JSON_NESTING).fill(0), value: '@' }]);
  });

  test('generated documents in several layouts', () => {
    const random = seededRandom(5);
    const documents = generatedDocuments(200);
    const outcomes = { lazy: 0, refused: 0 };
    for (const text of documents) {
      // Read lazily exactly when no property name is written with an escape.
      const outcome = expectLazyAgreement(text);
      expect(outcome).toBe(hasEscapedName(text) ? 'refused' : 'lazy');
      if (outcome === 'lazy') expectPositionsInRandomOrder(text, random);
      outcomes[outcome]++;
    }
    expect(outcomes.lazy).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  test('awkward documents: refused or agreeing, never wrong', () => {
    const random = seededRandom(9);
    const outcomes = { lazy: 0, refused: 0 };
    for (const text of awkwardDocuments(600, 17)) {
      try {
        const outcome = expectLazyAgreement(text);
        if (outcome === 'lazy') expectPositionsInRandomOrder(text, random);
        outcomes[outcome]++;
      } catch (error) {
        throw new Error(`${JSON.stringify(text)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // Both ways are taken often: the comparison above is not vacuous.
    expect(outcomes.lazy).toBeGreaterThan(150);
    expect(outcomes.refused).toBeGreaterThan(150);
  });
});

describe('parseLazyJsonTree refuses what it cannot mirror, and JsonDocument reads it as before', () => {
  test.each([
    ['duplicate keys', '{"a": 1, "a": 2, "A": 3}'],
    ['duplicate keys, one escaped', String.raw`{"a": 1, "\u0061": 2}`],
    ['duplicate keys deep inside', '[{"x": {"b": [1, {"c": 1, "d": 2, "c": 3}]}}]'],
    ['duplicate keys with whitespace before the colon', '{"a" : 1, "a"\n\t: 2}'],
    ['a name that is a digit', '{"0": 1}'],
    ['a name starting with a digit, inside', '{"a": {"1x": 2}}'],
    ['integer-like names after others', '{"b": 1, "10": 2, "2": 3}'],
    ['a string value starting with a colon (counted as a name: safe)', '{"a": ":x"}'],
    ['a colon after spaces in a string value', '{"a": "  : x"}'],
    ['a colon string in an array', '[":"]'],
    // Escaped names: Node 24's JSON.parse can return a name read earlier instead (see countPropertyNames).
    ['a name ending with an escaped quote', String.raw`{"a\"": 1}`],
    ['a name ending with an escaped backslash', String.raw`{"a\\": 1}`],
    ['a name ending with an escaped backslash and quote', String.raw`{"a\\\"": {"b\\\\": [1]}, "c": 2}`],
    ['names and values full of escapes', String.raw`{"\"": "\\", "\\": "\"", "\"\"": "x\":", "q": "\\\\"}`],
    ['an escaped letter in a name', String.raw`{"\u0061": 1}`],
    ...VALID_JSON_CASES.filter(([name]) => name === 'escaped keys'),
    ...IRREGULAR_JSON_CASES,
    ...JSONC_ONLY_CASES,
  ])('%s', (_name, text) => {
    expect(lazyTree(text)).toBeUndefined();
    expect(expectLazyAgreement(text)).toBe('refused');
  });

  test.each([
    ['values full of escapes', String.raw`{"a": "\\", "b": "\"", "c": "x\":", "q": "\\\\", "u": "\u0041\n"}`],
    ['colons inside strings, not after a quote', '{"a": "x:y", "b": "x::", "c:": "d : e"}'],
    ['a negative number as a name', '{"-1": 0, "a0": 1}'],
    ['an empty name', '{"": {"": []}}'],
    ['whitespace between names and colons', '{"a" :1, "b"\r\n: {"c"\t:"d" , "e"  :  "f"}}'],
    ['more number forms', '[1E+2, -0.0e-0, 0e0, 0.000001, 1e-7, 9007199254740993]'],
    ['a top-level string', ' "@top" '],
  ])('%s is read lazily', (_name, text) => {
    expect(expectLazyAgreement(text)).toBe('lazy');
    expectPositionsInRandomOrder(text, seededRandom(13));
  });
});

test("a name JSON.parse misreads on Node 24 is read by the exact parsers", () => {
  // Node 24's JSON.parse, once it has read the name `"c\\"` (c and a backslash), reads the name
  // `"c\""` (c and a quote) as c and a backslash too. Such a text is never read lazily.
  const first = new JsonDocument('first.json', String.raw`{"c\\": 1}`, undefined, true);
  const second = new JsonDocument('second.json', String.raw`{"c\"": 1}`, undefined, true);
  expect(first.root!.children![0]!.children![0]!.value).toBe('c\\');
  expect(second.root!.children![0]!.children![0]!.value).toBe('c"');
  expect(second.root).not.toBeInstanceOf(LazyJsonNode);
});

describe('positions asked in an unusual order', () => {
  const text = '{\r\n  "name" : "x",\r\n  "list": [1, {"deep": [true, null, "last"]}],\r\n\t"tail":{"k":-1.5e2}\r\n}\r\n';

  test('deepest first, then earlier siblings, then the root', () => {
    const lazy = lazyTree(text)!;
    const expected = jsoncTree(text).root!;
    const at = (tree: Node, location: RawPath) => findNodeAtLocation(tree, [...location])!;

    expectSamePosition(at(lazy, ['list', 1, 'deep', 2]), at(expected, ['list', 1, 'deep', 2]), ['length', 'offset'], 'last element');
    const deepProperty = at(lazy, ['list', 1, 'deep']).parent!;
    expectSamePosition(deepProperty.children![0]!, at(expected, ['list', 1, 'deep']).parent!.children![0]!, ['length', 'offset'], 'name "deep"');
    expectSamePosition(deepProperty, at(expected, ['list', 1, 'deep']).parent!, ['colonOffset', 'length', 'offset'], 'property "deep"');
    expectSamePosition(at(lazy, ['list', 1, 'deep', 1]), at(expected, ['list', 1, 'deep', 1]), ['length', 'offset'], 'null');
    expectSamePosition(at(lazy, ['list', 1, 'deep', 0]), at(expected, ['list', 1, 'deep', 0]), ['offset', 'length'], 'true');
    expectSamePosition(at(lazy, ['tail', 'k']).parent!, at(expected, ['tail', 'k']).parent!, ['colonOffset', 'offset', 'length'], 'property "k"');
    expectSamePosition(at(lazy, ['list', 0]), at(expected, ['list', 0]), ['length', 'offset'], 'first element');
    expectSamePosition(lazy.children![0]!.children![0]!, expected.children![0]!.children![0]!, ['offset', 'length'], 'name "name"');
    expectSamePosition(lazy.children![0]!, expected.children![0]!, ['colonOffset', 'offset', 'length'], 'property "name"');
    expectSamePosition(lazy, expected, ['length', 'offset', 'colonOffset'], 'root');
    expect(firstDifference(lazy, expected)).toBeUndefined();
  });

  test('the root asked last on a fresh tree, length before offset', () => {
    const lazy = lazyTree(' \r\n [1, [2, [3]]] \t\r\n')!;
    const expected = jsoncTree(' \r\n [1, [2, [3]]] \t\r\n').root!;
    expectSamePosition(findNodeAtLocation(lazy, [1, 1, 0])!, findNodeAtLocation(expected, [1, 1, 0])!, ['length', 'offset'], '3');
    expectSamePosition(lazy, expected, ['length', 'offset'], 'root');
  });

  // A property's length needs its start as well as its value's end.
  test('a property node asked for its length before its offset', () => {
    const property = lazyTree('{"a": 1}')!.children![0]!;
    expect(property.length).toBe(6);
  });
});

describe('lazy nodes keep their identity', () => {
  const text = '{"Name": "x", "list": [1, {"deep": [true]}], "obj": {"k": null}}';

  test('the same node on every way down, and each child knows its parent', () => {
    const lazy = lazyTree(text)!;
    // Down by name first, then through the children.
    const list = lazy.propertyValue('LIST', false)!;
    expect(list.parent).toBe(lazy.children![1]);
    expect(lazy.children![1]!.children![1]).toBe(list);
    expect(lazy.children).toBe(lazy.children);
    expect(lazy.children![1]!.children).toBe(lazy.children![1]!.children);
    expect(lazy.children![1]!.children![0]).toBe(lazy.children![1]!.children![0]);
    expect(list.element(1)).toBe(list.children![1]);
    expect(list.element(1)!.propertyValue('deep', true)).toBe(lazy.nodeAtPath(['list', 1, 'deep']));
    expect(dig(lazy, 'list', 1, 'DEEP', 0)).toBe(findNodeAtLocation(lazy, ['list', 1, 'deep', 0]));
    expect(prop(lazy, 'obj')).toBe(lazy.childValue('obj'));
    expect(lazy.childValue('list')).toBe(list);
    expect(lazy.childValue(1)).toBe(list);
    // The property node above a value is the same, reached from the value or from the object.
    const obj = lazy.nodeAtPath(['obj']);
    const objProperty = obj.parent!;
    expect(objProperty.parent).toBe(lazy);
    expect(lazy.children![2]).toBe(objProperty);
    expect(objProperty.children![1]).toBe(obj);
    expect(objProperty.children![0]!.parent).toBe(objProperty);
    // Every node's children point back at it.
    const walk = (node: Node): void => {
      for (const child of node.children ?? []) {
        expect(child.parent).toBe(node);
        walk(child);
      }
    };
    walk(lazy);
    expect(lazy.parent).toBeUndefined();
  });

  test('keys and raw values', () => {
    const lazy = lazyTree(text)!;
    const deep = lazy.nodeAtPath(['list', 1, 'deep']);
    expect(deep.keyInParent()).toBe('deep');
    expect(lazy.nodeAtPath(['list', 1]).keyInParent()).toBe(1);
    expect(lazy.keyInParent()).toBeUndefined();
    expect(deep.rawValue).toBe(rawDig(lazy.rawValue, 'list', 1, 'deep'));
    expect(deep.rawValue).toEqual([true]);
    expect(lazy.element(0)).toBeUndefined();
    expect(lazy.propertyValue('missing', false)).toBeUndefined();
    expect(lazy.propertyValue('name', true)).toBeUndefined();
    expect(lazy.propertyValue('name', false)!.value).toBe('x');
    expect(lazy.nodeAtPath(['list']).element(2)).toBeUndefined();
    expect(lazy.nodeAtPath(['list']).element(-1)).toBeUndefined();
    expect(lazy.nodeAtPath(['list']).propertyValue('0', false)).toBeUndefined();
  });
});

describe('plain()', () => {
  const text = '{"a": [1, {"b": "@x"}], "c": {"d": null, "e": -0}, "f": "text"}';

  test('is a copy of the parsed value that callers may change', () => {
    const lazy = lazyTree(text)!;
    const first = lazy.plain() as { a: [number, { b: string }]; c: Record<string, unknown> };
    expect(first).toEqual(JSON.parse(text));
    expect(first).toEqual(getNodeValue(jsoncTree(text).root!));
    first.a[1].b = 'changed';
    first.a.push(2);
    first.c['new'] = true;
    expect(lazy.plain()).toEqual(JSON.parse(text));
    expect(lazy.nodeAtPath(['a', 1]).plain()).toEqual({ b: '@x' });
    expect(lazy.nodeAtPath(['f']).plain()).toBe('text');
    expect(Object.is(lazy.nodeAtPath(['c', 'e']).plain(), -0)).toBe(true);
    expect((lazy.children![0] as LazyJsonNode).plain()).toBeUndefined();
    expect((lazy.children![0]!.children![0] as LazyJsonNode).plain()).toBe('a');
  });

  test('a property named __proto__ is a property in the tree', () => {
    const text = '{"__proto__": {"a": "@"}, "b": 2}';
    const lazy = lazyTree(text)!;
    expect(firstDifference(lazy, jsoncTree(text).root)).toBeUndefined();
    expect(lazy.propertyValue('__proto__', true)!.rawValue).toEqual({ a: '@' });
    expect(lazy.marks.strings).toEqual([{ path: ['__proto__', 'a'], value: '@' }]);
  });

  // Assigning `__proto__` to a plain object would set its prototype: the copy must define the property.
  test('a property named __proto__ is copied as a property', () => {
    const text = '{"__proto__": 1}';
    const copy = lazyTree(text)!.plain() as object;
    expect(Object.keys(copy)).toEqual(['__proto__']);
  });
});

describe('marks', () => {
  const text = String.raw`{
  "name": "p@x",
  "a@key": "plain",
  "b@key": "v@1",
  "list": ["@first", 1, "no", "\u0040escaped", ["@inner"], {"@": "none"}],
  "activity": {
    "referenceName": "ds",
    "inner": {"ReferenceName": "x@y", "type": "DatasetReference"}
  },
  "arrays": [[{"REFERENCENAME": 1}], []],
  "notReferences": {"referenceNames": 1, "reference_name": 2, "referenceName ": 3},
  "referencename": null
}`;

  test('strings with an @ in document order, property names left out', () => {
    expect(lazyTree(text)!.marks.strings).toEqual([
      { path: ['name'], value: 'p@x' },
      { path: ['b@key'], value: 'v@1' },
      { path: ['list', 0], value: '@first' },
      { path: ['list', 3], value: '@escaped' },
      { path: ['list', 4, 0], value: '@inner' },
      { path: ['activity', 'inner', 'ReferenceName'], value: 'x@y' },
    ]);
    expect(lazyTree(' "@top" ')!.marks).toEqual({ strings: [{ path: [], value: '@top' }], references: [] });
  });

  test('objects with referenceName in any case, ranked by where they end', () => {
    const lazy = lazyTree(text)!;
    const { references } = lazy.marks;
    expect(references.map((r) => r.path)).toEqual([['activity', 'inner'], ['activity'], ['arrays', 0, 0], []]);
    for (const reference of references) {
      expect(reference.raw).toBe(lazy.nodeAtPath(reference.path).rawValue);
    }
    // The rank is the post-order rank among all containers: how many end at or before it.
    const expected = jsoncTree(text).root!;
    const ends = childIndexPaths(expected)
      .map((indexes) => followChildren(expected, indexes))
      .filter((node) => node.type === 'object' || node.type === 'array')
      .map((node) => node.offset + node.length);
    const rankOf = (location: RawPath) => {
      const node = findNodeAtLocation(expected, [...location])!;
      return ends.filter((end) => end <= node.offset + node.length).length;
    };
    expect(references.map((r) => r.endRank)).toEqual(references.map((r) => rankOf(r.path)));
    expect(references.at(-1)!.endRank).toBe(ends.length);
  });

  test('the same strings and reference objects the strict parser marks, over the corpus and generated documents', () => {
    const texts = [...corpusTexts(process.cwd()).map((c) => c.text), ...generatedDocuments(200), text];
    let references = 0;
    for (const each of texts) {
      const lazy = lazyTree(each);
      if (lazy === undefined) continue;
      const eager = new JsonDocument('case.json', each);
      const strictMarks = eager.marks!;
      const nodeAt = (location: RawPath) => findNodeAtLocation(eager.root!, [...location]);
      expect(lazy.marks.strings.map((s) => nodeAt(s.path))).toEqual(strictMarks.atStrings);
      expect(lazy.marks.strings.map((s) => s.value)).toEqual(strictMarks.atStrings.map((n) => n.value));
      const marked = lazy.marks.references.map((r) => nodeAt(r.path));
      expect(new Set(marked)).toEqual(new Set(strictMarks.referenceObjects));
      expect(marked).toHaveLength(strictMarks.referenceObjects.length);
      // Noted as each object ends: already in rank order, which the site walk relies on.
      const ranks = lazy.marks.references.map((r) => r.endRank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const rankOrder = lazy.marks.references.map((r) => nodeAt(r.path)!);
      expect(rankOrder).toEqual([...marked].sort((a, b) => a!.offset + a!.length - (b!.offset + b!.length)));
      references += marked.length;
    }
    expect(references).toBeGreaterThan(10);
  });
});

describe('rawPropertyName, rawProp and rawDig find what prop and dig find', () => {
  const text = '{"Name": 1, "name": 2, "NAME": 3, "other": {"List": [10, {"x": "y", "X": "z"}]}, "ü": 4, "K": 5}';
  const raw = JSON.parse(text) as unknown;
  const tree = jsoncTree(text).root!;

  test.each([['name'], ['Name'], ['NAME'], ['nAmE'], ['other'], ['OTHER'], ['missing'], ['Ü'], ['k'], ['\u212a'], ['']])('%s', (name) => {
    const expected = prop(tree, name);
    expect(rawProp(raw, name)).toEqual(expected && getNodeValue(expected));
    expect(rawPropertyName(raw, name, true)).toBe(prop(tree, name, true) ? name : undefined);
    const lazy = lazyTree(text)!;
    expect(lazy.propertyValue(name, false)?.parent?.offset).toBe(expected?.parent?.offset);
    expect(lazy.propertyValue(name, false)?.offset).toBe(expected?.offset);
    expect(lazy.propertyValue(name, true)?.offset).toBe(prop(tree, name, true)?.offset);
  });

  test.each([
    [['other', 'list', 1, 'x']],
    [['OTHER', 'LIST', 1, 'X']],
    [['other', 'List', 0]],
    [['other', 'List', 2]],
    [['other', 'List', -1]],
    [['other', 0]],
    [['Name', 'x']],
    [['missing', 'x']],
    [[]],
  ] as (string | number)[][][])('%j', (location) => {
    const expected = dig(tree, ...location);
    expect(rawDig(raw, ...location)).toEqual(expected && getNodeValue(expected));
    expect(dig(lazyTree(text)!, ...location)?.offset).toBe(expected?.offset);
  });

  test('anything but an object has no properties', () => {
    for (const value of [null, undefined, 1, 'name', [1], true]) {
      expect(rawPropertyName(value, 'name')).toBeUndefined();
      expect(rawProp(value, 'length')).toBeUndefined();
    }
    expect(rawDig([[1]], 0, 0)).toBe(1);
    expect(rawDig({ a: [1] }, 'a', 'length')).toBeUndefined();
  });
});
