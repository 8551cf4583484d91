import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Node } from 'jsonc-parser';
import { parseAdfValue } from '../shared/validate/datafactory/adf-expression.js';
import { innerLists, pipelineGraph, type ActivityNode } from '../shared/validate/datafactory/activity-graph.js';
import { expressionSites } from '../shared/validate/datafactory/expression-sites.js';
import { factoryModel, isArmValue, textOf, type AdfObject, type FactoryModel } from '../shared/validate/datafactory/factory-model.js';
import { referenceSites } from '../shared/validate/datafactory/references.js';
import { JsonDocument } from '../shared/validate/json-document.js';
import { LazyJsonNode } from '../shared/validate/lazy-json-tree.js';
import { stringOf } from '../shared/validate/json-nav.js';
import { loadUnit } from '../shared/validate/load-unit.js';
import { loadZip } from '../shared/validate/load-zip.js';
import type { RuleContext } from '../shared/validate/rule.js';
import { parseStrictJsonTree, type TreeMarks } from '../shared/validate/strict-json-tree.js';
import type { ValidationUnit } from '../shared/validate/unit.js';
import { FIXTURES } from './helpers/validate-fixture.js';
import { memoryUnit } from './helpers/memory-unit.js';

/*
 * Expression sites and reference sites are found in one walk per object. These are the two
 * separate walks they replaced, kept here as the definition of what each must find, and in
 * which order: the order of expression sites decides which finding a list with a cycle gets.
 */

const NOT_EVALUATED = new Set(['description', 'annotations', 'folder']);

function separateExpressionWalk(model: FactoryModel): { node: Node; activity: ActivityNode | undefined; value: string }[] {
  const out: { node: Node; activity: ActivityNode | undefined; value: string }[] = [];
  const collect = (object: AdfObject, root: Node | undefined, activity: ActivityNode | undefined, skip: ReadonlySet<Node> | undefined) => {
    const stack: Node[] = root ? [root] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (skip?.has(node)) continue;
      if (node.type === 'string') {
        const value = node.value as string;
        if (!value.includes('@') || isArmValue(object.factory, node)) continue;
        if (parseAdfValue(value)) out.push({ node, activity, value });
      } else if (node.type === 'object') {
        for (const property of node.children ?? []) {
          const [key, value] = property.children ?? [];
          // Metadata names are skipped only right under where a walk starts (`properties`, an activity).
          if (key && value && ['string', 'object', 'array'].includes(value.type) && (node !== root || !NOT_EVALUATED.has(String(key.value).toLowerCase()))) stack.push(value);
        }
      } else if (node.type === 'array') {
        for (const child of node.children ?? []) if (['string', 'object', 'array'].includes(child.type)) stack.push(child);
      }
    }
  };
  for (const object of model.objects) {
    if (object.kind === 'dataflow' || object.kind === 'factory') continue;
    if (object.kind !== 'pipeline') {
      collect(object, object.properties, undefined, undefined);
      continue;
    }
    const graph = pipelineGraph(object);
    collect(object, object.properties, undefined, new Set(graph.scopes.map((s) => s.listNode).filter((n): n is Node => n !== undefined)));
    for (const activity of graph.all) {
      const lists = innerLists(activity.node);
      collect(object, activity.node, activity, lists.length === 0 ? undefined : new Set(lists.map((l) => l.list)));
    }
  }
  return out;
}

function separateReferenceWalk(model: FactoryModel): { node: Node; nameNode: Node; name: string | undefined; type: string }[] {
  const out: { node: Node; nameNode: Node; name: string | undefined; type: string }[] = [];
  const isContainer = (node: Node) => node.type === 'object' || node.type === 'array';
  for (const object of model.objects) {
    const stack: Node[] = object.properties ? [object.properties] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'array') {
        for (const child of node.children ?? []) if (isContainer(child)) stack.push(child);
        continue;
      }
      if (node.type !== 'object') continue;
      let nameNode: Node | undefined;
      let typeNode: Node | undefined;
      let nameFolded: Node | undefined;
      let typeFolded: Node | undefined;
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        if (isContainer(value)) stack.push(value);
        const name = String(key.value);
        if (name === 'referenceName') nameNode ??= value;
        else if (name.toLowerCase() === 'referencename') nameFolded ??= value;
        if (name === 'type') typeNode ??= value;
        else if (name.toLowerCase() === 'type') typeFolded ??= value;
      }
      nameNode ??= nameFolded;
      const type = stringOf(typeNode ?? typeFolded);
      if (nameNode && type && /reference$/i.test(type)) {
        const name = textOf(object.factory, nameNode);
        out.push({ node, nameNode, name: name?.startsWith('@') ? undefined : name, type });
      }
    }
  }
  return out;
}

function modelOf(unit: ValidationUnit): FactoryModel {
  const context: RuleContext = { unit, jsonFiles: unit.otherJson, report: () => undefined, reportAt: () => undefined };
  return factoryModel(context);
}

function expectSameSites(unit: ValidationUnit): { expressions: number; references: number } {
  const model = modelOf(unit);
  const expressions = expressionSites(model).map((s) => ({ node: s.node, activity: s.activity, value: s.value }));
  const references = referenceSites(model).map((s) => ({ node: s.node, nameNode: s.nameNode, name: s.name, type: s.type }));
  const expected = { expressions: separateExpressionWalk(model), references: separateReferenceWalk(model) };
  // Identity, not only equality: each site must be the very node (and activity) the separate walks found.
  expect(expressions.length).toBe(expected.expressions.length);
  expressions.forEach((site, i) => {
    expect(site.node).toBe(expected.expressions[i]!.node);
    expect(site.activity).toBe(expected.expressions[i]!.activity);
    expect(site.value).toBe(expected.expressions[i]!.value);
  });
  expect(references.length).toBe(expected.references.length);
  references.forEach((site, i) => {
    expect(site.node).toBe(expected.references[i]!.node);
    expect(site.nameNode).toBe(expected.references[i]!.nameNode);
    expect(site.name).toBe(expected.references[i]!.name);
    expect(site.type).toBe(expected.references[i]!.type);
  });
  return { expressions: expressions.length, references: references.length };
}

const ref = (referenceName: string, type: string) => ({ referenceName, type });

describe('one walk finds the expression and reference sites the two separate walks found', () => {
  const fixtures = readdirSync(path.join(FIXTURES, 'rules')).filter((f) => f.startsWith('adf--') || f.startsWith('gdc--'));

  test.each(fixtures)('fixture %s', (fixture) => {
    expectSameSites(loadUnit(process.cwd(), path.join('test/fixtures/rules', fixture), loadZip));
  });

  test.each([
    ['strict JSON: read lazily, the sites found on the parsed values', 'lazy', (text: string) => text],
    // A property name starting with a digit, which JSON.parse would put first, keeps a file off the lazy reading.
    ['strict JSON the lazy reading refuses: the strict parser notes the candidate nodes', 'marked', (text: string) => text.replace(/^\{/, '{"0": 1, ')],
    ['JSON with a comment: jsonc-parser reads it and the trees are walked', 'walked', (text: string) => `// exported\n${text}`],
  ] as const)('sites under lists, never-evaluated names, data flows and odd shapes; %s', (_name, way, change) => {
    // Activities nested deeper than the graph follows (their strings are not expressions of any activity).
    let deep: unknown = { name: 'Bottom', type: 'Copy', inputs: [ref('DeepData', 'DatasetReference')], typeProperties: { x: '@pipeline().parameters.p' } };
    for (let i = 0; i < 36; i++) deep = { name: `Level${i}`, type: 'ForEach', typeProperties: { items: '@range(0, 2)', activities: [deep, 'text', [ref('InList', 'DatasetReference')]] } };
    const pipeline = {
      name: 'P',
      properties: {
        description: { note: '@not-evaluated', inside: ref('DescribedData', 'DatasetReference') },
        annotations: [ref('Annotated', 'PipelineReference'), '@annotation'],
        Folder: { name: '@folder', nested: [{ ReferenceName: 'FolderRef', TYPE: 'LinkedServiceReference' }] },
        parameters: { p: { type: 'String', defaultValue: '@{utcNow()}' } },
        activities: [
          deep,
          { name: 'Loop', type: 'ForEach', description: ref('ActivityDescribed', 'DatasetReference'), typeProperties: { items: '@pipeline().parameters.p', activities: [{ name: 'In', type: 'Wait', typeProperties: { waitTimeInSeconds: "@add(1, int('2'))" } }, 7, [{ referenceName: 'ArrayInList', type: 'DatasetReference' }]] } },
          { name: 'Branch', type: 'Switch', typeProperties: { on: '@string(1)', cases: [{ value: 'a', activities: [{ name: 'Case', type: 'Execute Pipeline', typeProperties: { pipeline: ref('Child', 'PipelineReference') } }] }], defaultActivities: [{ name: 'Default', type: 'Wait' }] } },
          { name: 'If', type: 'IfCondition', typeProperties: { expression: { value: '@true', type: 'Expression' }, ifTrueActivities: [{ name: 'T', type: 'Copy', inputs: [{ referenceName: '@pipeline().parameters.p', type: 'DatasetReference' }] }], ifFalseActivities: 'not a list' } },
          { name: 'Cased', type: 'Copy', inputs: [{ referenceName: 'Exact', ReferenceName: 'Folded', type: 'DatasetReference', Type: 'PipelineReference' }], outputs: [{ ReferenceName: 'OnlyFolded', TYPE: 'datasetreference' }] },
          { name: 'NotReferences', type: 'Copy', inputs: [{ referenceName: 'x', type: 'Dataset' }, { referenceName: 5, type: 'DatasetReference' }, { referenceName: 'y', type: 7 }, { referenceName: 'z', type: '' }] },
        ],
      },
    };
    const files: Record<string, string> = {
      'pipeline/P.json': JSON.stringify(pipeline, null, 2),
      'pipeline/Q.json': JSON.stringify({ name: 'Q', properties: { activities: { name: 'NotAList', inputs: [ref('InObject', 'DatasetReference')], x: '@y()' } } }),
      'pipeline/R.json': JSON.stringify({ name: 'R', properties: '@string(1)' }),
      'dataflow/F.json': JSON.stringify({ name: 'F', properties: { type: 'MappingDataFlow', typeProperties: { sources: [{ dataset: ref('Data', 'DatasetReference'), name: '@x' }] } } }),
      'dataset/Data.json': JSON.stringify({ name: 'Data', outside: ref('NotInProperties', 'LinkedServiceReference'), note: '@outside', properties: { parameters: { a: { defaultValue: '@first' }, b: { defaultValue: ['@second', { c: '@third' }] } }, linkedServiceName: ref('Lake', 'LinkedServiceReference'), annotations: [ref('A', 'LinkedServiceReference')], typeProperties: { folderPath: { value: '@dataset().folder', type: 'Expression' } } } }),
      'linkedService/Lake.json': JSON.stringify({ name: 'Lake', properties: { type: 'AzureBlobFS', connectVia: ref('IR', 'IntegrationRuntimeReference'), typeProperties: { url: "@{linkedService().account}" } } }),
      'trigger/T.json': JSON.stringify({ name: 'T', properties: { type: 'ScheduleTrigger', pipelines: [{ pipelineReference: ref('P', 'PipelineReference'), parameters: { p: '@trigger().scheduledTime' } }] } }),
    };
    const unit = memoryUnit(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, change(text)])));
    // Each way of finding the sites is the one meant.
    for (const json of unit.otherJson) {
      expect(json.document.root instanceof LazyJsonNode).toBe(way === 'lazy');
      expect(json.document.marks !== undefined).toBe(way === 'marked');
    }
    const { expressions, references } = expectSameSites(unit);
    // The case is not vacuous: both kinds of site are there in numbers.
    expect(expressions).toBeGreaterThan(15);
    expect(references).toBeGreaterThan(15);
  });
});

describe('the strict parser notes the candidate nodes', () => {
  test('strings with an @ (escaped or not, never property names) and objects naming referenceName in any case, once each', () => {
    const marks: TreeMarks = { atStrings: [], referenceObjects: [] };
    const text = '{"@key": "plain", "a": "@x", "b": ["\\u0040y", 1, {"ReferenceName": "n", "referenceName": "m", "c": {"REFERENCENAME": 2}}], "d": "mail@example.com", "referenceNames": "z"}';
    const root = parseStrictJsonTree(text, 64, marks)!;
    expect(marks.atStrings.map((n) => n.value)).toEqual(['@x', '@y', 'mail@example.com']);
    expect(marks.atStrings.every((n) => n.type === 'string' && !(n.parent?.type === 'property' && n.parent.children?.[0] === n))).toBe(true);
    const outer = root.children![2]!.children![1]!.children![2]!;
    const inner = outer.children![2]!.children![1]!;
    // Noted as the name is met: the outer object before the one it holds.
    expect(marks.referenceObjects).toHaveLength(2);
    expect(marks.referenceObjects[0]).toBe(outer);
    expect(marks.referenceObjects[1]).toBe(inner);
  });

  test('a document jsonc-parser reads has no marks', () => {
    expect(new JsonDocument('a.json', '{"a": "@x",}').marks).toBeUndefined();
    expect(new JsonDocument('a.json', '{"a": "@x"}').marks?.atStrings).toHaveLength(1);
  });
});
