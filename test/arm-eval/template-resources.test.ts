import { evaluateTemplate, type EvaluatedResource } from '../../shared/arm-eval/index.js';
import { evaluationError, scope } from './evaluate-expression.js';

const rg = '/subscriptions/3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03/resourceGroups/mrg-contoso';
const template = (resources: unknown[], extra: Record<string, unknown> = {}) => ({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  resources,
  ...extra,
});

describe('resources', () => {
  test('copy loops, conditions per instance, property copy', async () => {
    const { resources } = await evaluateTemplate(
      template([
        {
          type: 'Microsoft.Storage/storageAccounts',
          apiVersion: '2025-06-01',
          name: "[concat('sa', copyIndex(1))]",
          condition: '[not(equals(copyIndex(), 1))]',
          copy: { name: 'accounts', count: 3 },
          location: '[resourceGroup().location]',
          properties: { copy: [{ name: 'rules', count: 2, input: { index: "[copyIndex('rules')]", of: "[copyIndex('accounts')]" } }] },
        },
      ]),
      {},
      scope,
    );
    expect(resources.map((r) => r.name)).toEqual(['sa1', 'sa3']);
    expect(resources[1]!.body).toEqual({
      type: 'Microsoft.Storage/storageAccounts',
      name: 'sa3',
      apiVersion: '2025-06-01',
      location: 'westeurope',
      properties: { rules: [{ index: 0, of: 2 }, { index: 1, of: 2 }] },
    });
    expect(resources[1]!.templatePath).toBe('resources[0]');
  });

  test('nested child resources get full types, names and ids; dependencies come first', async () => {
    const { resources } = await evaluateTemplate(
      template([
        {
          type: 'Microsoft.DataFactory/factories/pipelines',
          apiVersion: '2018-06-01',
          name: 'adf/Second',
          dependsOn: ["[resourceId('Microsoft.DataFactory/factories/pipelines', 'adf', 'First')]"],
          properties: { activities: [] },
        },
        {
          type: 'Microsoft.DataFactory/factories',
          apiVersion: '2018-06-01',
          name: 'adf',
          location: 'westeurope',
          resources: [{ type: 'pipelines', apiVersion: '2018-06-01', name: 'First', dependsOn: ['adf'], properties: { description: "[concat('in ', resourceGroup().name)]" } }],
        },
      ]),
      {},
      scope,
    );
    expect(resources.map((r) => [r.type, r.name, r.templatePath])).toEqual([
      ['Microsoft.DataFactory/factories', 'adf', 'resources[1]'],
      ['Microsoft.DataFactory/factories/pipelines', 'adf/First', 'resources[1].resources[0]'],
      ['Microsoft.DataFactory/factories/pipelines', 'adf/Second', 'resources[0]'],
    ]);
    expect(resources[1]!.id).toBe(`${rg}/providers/Microsoft.DataFactory/factories/adf/pipelines/First`);
    expect(resources[1]!.body.properties).toEqual({ description: 'in mrg-contoso' });
    expect(resources[1]!.dependsOn).toEqual(['adf']);
  });

  test('an extension resource with scope gets an id under that resource', async () => {
    const { resources } = await evaluateTemplate(
      template([{ type: 'Microsoft.Authorization/roleAssignments', apiVersion: '2022-04-01', name: "[guid('x')]", scope: 'Microsoft.Storage/storageAccounts/sa', properties: {} }]),
      {},
      scope,
    );
    expect(resources[0]!.id).toMatch(new RegExp(`^${rg}/providers/Microsoft.Storage/storageAccounts/sa/providers/Microsoft.Authorization/roleAssignments/[0-9a-f-]{36}$`));
  });

  test('reference(): the callback gets the id and api version; Full; template resources are evaluated first', async () => {
    const calls: string[] = [];
    const seen: EvaluatedResource[] = [];
    const { resources, outputs } = await evaluateTemplate(
      template(
        [
          { type: 'Microsoft.Web/sites', apiVersion: '2023-01-01', name: 'site', properties: { url: "[reference('sa').primaryEndpoints.blob]", principal: "[reference(resourceId('Microsoft.Storage/storageAccounts', 'sa'), '2025-06-01', 'Full').identity.principalId]" } },
          { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2025-06-01', name: 'sa', location: 'westeurope' },
        ],
        { outputs: { blob: { type: 'string', value: "[reference('sa').primaryEndpoints.blob]" }, hidden: { type: 'string', condition: '[false()]', value: 'x' }, many: { type: 'array', copy: { count: 2, input: '[copyIndex()]' } } } },
      ),
      {},
      {
        ...scope,
        onResourceEvaluated: async (resource) => void seen.push(resource),
        reference: async (id, apiVersion, full) => {
          calls.push(`${id} ${apiVersion} ${full}`);
          if (!seen.some((r) => r.id === id)) throw new Error('not deployed yet');
          const properties = { primaryEndpoints: { blob: 'https://sa.blob.core.windows.net/' } };
          return full ? { properties, identity: { principalId: 'p-1' } } : properties;
        },
      },
    );
    expect(seen.map((r) => r.name)).toEqual(['sa', 'site']);
    expect(resources.map((r) => r.name)).toEqual(['sa', 'site']);
    expect(resources[1]!.body.properties).toEqual({ url: 'https://sa.blob.core.windows.net/', principal: 'p-1' });
    expect(calls[0]).toBe(`${rg}/providers/Microsoft.Storage/storageAccounts/sa 2025-06-01 false`);
    expect(calls[1]).toBe(`${rg}/providers/Microsoft.Storage/storageAccounts/sa 2025-06-01 true`);
    expect(outputs).toEqual({ blob: 'https://sa.blob.core.windows.net/', many: [0, 1] });
  });

  test('a failing or missing reference callback is a DeploymentFailed error at the path', async () => {
    const resources = [{ type: 'Microsoft.Web/sites', apiVersion: '2023-01-01', name: 'site', properties: { url: "[reference('/subscriptions/x/resourceGroups/y/providers/A.B/c/d', '2020-01-01').url]" } }];
    const failing = await evaluationError(evaluateTemplate(template(resources), {}, { ...scope, reference: () => Promise.reject(new Error('ResourceNotFound')) }));
    expect(failing.path).toBe('resources[0].properties.url');
    expect(failing.code).toBe('DeploymentFailed');
    expect(failing.detail).toBe("reference('/subscriptions/x/resourceGroups/y/providers/A.B/c/d') failed: ResourceNotFound. Deploy that resource first, or pass the value as a parameter instead.");
    const missing = await evaluationError(evaluateTemplate(template(resources), {}, scope));
    expect(missing.detail).toMatch(/has no reference callback; pass the value as a parameter instead\.$/);
  });

  test('segment mismatch, unknown dependsOn and dependency cycles are InvalidTemplate errors', async () => {
    const segments = await evaluationError(evaluateTemplate(template([{ type: 'Microsoft.DataFactory/factories/pipelines', apiVersion: '1', name: 'onlyone' }]), {}, scope));
    expect(segments.path).toBe('resources[0].name');
    expect(segments.code).toBe('InvalidTemplate');
    expect(segments.detail).toMatch(/needs as many name segments, but 'onlyone' has 1\.$/);
    const unknown = await evaluationError(evaluateTemplate(template([{ type: 'A.B/c', apiVersion: '1', name: 'x', dependsOn: ['ghost'] }]), {}, scope));
    expect(unknown.path).toBe('resources[0].dependsOn[0]');
    expect(unknown.detail).toMatch(/^The resource 'ghost' is not defined in the template/);
    const cycle = await evaluationError(
      evaluateTemplate(template([{ type: 'A.B/c', apiVersion: '1', name: 'x', dependsOn: ['y'] }, { type: 'A.B/c', apiVersion: '1', name: 'y', dependsOn: ['x'] }]), {}, scope),
    );
    expect(cycle.detail).toMatch(/^The resources depend on each other in a cycle through 'A.B\/c\/x'/);
  });

  test('a dependsOn on a resource whose condition is false is ignored', async () => {
    const { resources } = await evaluateTemplate(
      template([
        { type: 'A.B/c', apiVersion: '1', name: 'x', condition: '[false()]' },
        { type: 'A.B/c', apiVersion: '1', name: 'y', dependsOn: ['x'] },
      ]),
      {},
      scope,
    );
    expect(resources.map((r) => r.name)).toEqual(['y']);
  });
});
