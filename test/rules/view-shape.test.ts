import { viewShapeRule } from '../../shared/validate/rules/view/shape.js';
import { viewUniqueViewsRule } from '../../shared/validate/rules/view/unique-views.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/viewdefinition/0.0.1-preview/ViewDefinition.json#';

function viewUnit(definition: unknown) {
  const text = typeof definition === 'string' ? definition : JSON.stringify(definition, null, 2);
  return memoryUnit({ 'viewDefinition.json': text });
}

function withViews(views: unknown[]) {
  return { $schema: SCHEMA, contentVersion: '1.0.0.0', views };
}

const VALID = withViews([
  { kind: 'Overview', properties: { header: 'Welcome', commands: [{ displayName: 'Run', path: 'runAction' }] } },
  {
    kind: 'Metrics',
    properties: {
      displayName: 'Metrics',
      charts: [{ displayName: 'Ingress', chartType: 'Bar', metrics: [{ name: 'Ingress', aggregationType: 'sum', resourceType: 'Microsoft.Storage/storageAccounts' }] }],
    },
  },
  {
    kind: 'CustomResources',
    properties: { displayName: 'Users', resourceType: 'users', columns: [{ key: 'name', displayName: 'Name' }] },
  },
  { kind: 'Associations', properties: { displayName: 'VMs', targetResourceType: 'Microsoft.Compute/virtualMachines' } },
]);

function messages(definition: unknown): string[] {
  return check(viewShapeRule, viewUnit(definition)).map((f) => f.message);
}

describe('view/shape', () => {
  test('the documented example shape passes', () => {
    expect(check(viewShapeRule, viewUnit(VALID))).toEqual([]);
  });

  test('a unit without viewDefinition.json has nothing to check', () => {
    expect(check(viewShapeRule, memoryUnit({ 'mainTemplate.json': '{}' }))).toEqual([]);
  });

  test('a missing $schema and a malformed contentVersion are reported', () => {
    const findings = check(viewShapeRule, viewUnit('{\n  "contentVersion": "1.0",\n  "views": []\n}\n'));
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(findings[0]!.message).toContain("no '$schema'");
    expect(findings[1]!.message).toContain('four numbers');
  });

  test('views must be an array', () => {
    expect(messages({ $schema: SCHEMA, contentVersion: '1.0.0.0', views: {} })).toEqual(["'views' must be an array of views."]);
    expect(messages({ $schema: SCHEMA, contentVersion: '1.0.0.0' })).toEqual(["viewDefinition.json has no 'views'; add an array of views."]);
  });

  test('an unknown kind is reported at the kind, with the right casing when only the case differs', () => {
    const findings = check(viewShapeRule, viewUnit(withViews([{ kind: 'overview' }])));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Write it as 'Overview'");
    expect(findings[0]!.line).toBe(6);
    expect(messages(withViews([{ kind: 'Dashboard' }]))[0]).toContain("has kind 'Dashboard'");
    expect(messages(withViews([{ properties: {} }]))[0]).toContain("needs a 'kind'");
  });

  test('required properties of each kind are reported', () => {
    expect(messages(withViews([{ kind: 'Metrics' }]))[0]).toContain("has no 'properties'; add them with charts");
    expect(messages(withViews([{ kind: 'CustomResources', properties: { displayName: 'Users' } }]))).toEqual([
      "the CustomResources view views[0] has no 'resourceType'; add it.",
    ]);
    expect(messages(withViews([{ kind: 'Associations', properties: { displayName: 'VMs', targetResourceType: 3 } }]))).toEqual([
      "'targetResourceType' of the Associations view views[0] must be a non-empty string.",
    ]);
  });

  test('commands, columns, charts and metrics are checked', () => {
    const found = messages(
      withViews([
        { kind: 'Overview', properties: { commands: [{ displayName: 'Run' }, 'x'] } },
        { kind: 'CustomResources', properties: { displayName: 'U', resourceType: 'u', columns: [{ displayName: 'Name' }] } },
        { kind: 'Metrics', properties: { charts: [{ displayName: 'C', chartType: 'Pie', metrics: [{ name: 'm', aggregationType: 'total' }] }] } },
      ]),
    );
    expect(found).toEqual([
      "views[0].properties.commands[0] has no 'path'; add it.",
      'views[0].properties.commands[1] must be an object.',
      "views[1].properties.columns[0] has no 'key'; add it.",
      "'chartType' of views[2].properties.charts[0] must be one of Bar, Line, Area, Scatter.",
      "views[2].properties.charts[0].metrics[0] has no 'resourceType'; add it.",
      "'aggregationType' of views[2].properties.charts[0].metrics[0] must be one of none, sum, min, max, avg, unique, percentile, count.",
    ]);
  });

  test('odd types anywhere never crash a view rule', () => {
    for (const odd of [[], 'text', 42, null, { views: [null, 1, [], { kind: 1 }, { kind: 'Metrics', properties: { charts: 'x' } }] }]) {
      for (const rule of [viewShapeRule, viewUniqueViewsRule]) {
        expect(check(rule, viewUnit(odd)).map((f) => f.ruleId)).not.toContain('mapp/rule-crashed');
      }
    }
  });
});

describe('view/unique-views', () => {
  test('distinct views pass', () => {
    expect(check(viewUniqueViewsRule, viewUnit(VALID))).toEqual([]);
  });

  test('a second Overview is reported at that view', () => {
    const findings = check(viewUniqueViewsRule, viewUnit(withViews([{ kind: 'Overview' }, { kind: 'Overview' }])));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'view/unique-views', line: 8, column: 5 })]);
  });

  test('CustomResources views repeating a resource type or a title are reported at the repeated value', () => {
    const findings = check(
      viewUniqueViewsRule,
      viewUnit(
        withViews([
          { kind: 'CustomResources', properties: { displayName: 'Users', resourceType: 'users' } },
          { kind: 'CustomResources', properties: { displayName: 'users', resourceType: 'groups' } },
          { kind: 'CustomResources', properties: { displayName: 'Other', resourceType: 'users' } },
          { kind: 'Associations', properties: { displayName: 'Users', targetResourceType: 'x' } },
        ]),
      ),
    );
    expect(findings.map((f) => f.message)).toEqual([
      "Another CustomResources view already has displayName 'users'; each CustomResources view needs its own displayName.",
      "Another CustomResources view already has resourceType 'users'; each CustomResources view needs its own resourceType.",
    ]);
  });
});
