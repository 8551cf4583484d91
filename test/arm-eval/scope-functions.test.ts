import { evaluateExpression as ev, evaluationError } from './evaluate-expression.js';

const sub = '/subscriptions/3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03';
const rg = `${sub}/resourceGroups/mrg-contoso`;

describe('deployment scope functions', () => {
  test('resourceGroup(), subscription(), tenant(), deployment()', async () => {
    expect(await ev('[resourceGroup()]')).toEqual({
      id: rg,
      name: 'mrg-contoso',
      type: 'Microsoft.Resources/resourceGroups',
      location: 'westeurope',
      managedBy: `${sub}/resourceGroups/apps/providers/Microsoft.Solutions/applications/contoso`,
      tags: {},
      properties: { provisioningState: 'Succeeded' },
    });
    expect(await ev('[subscription()]')).toEqual({
      id: sub,
      subscriptionId: '3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03',
      tenantId: '8f1c2b5e-3c4a-4e9b-9a51-5d1e0c7a2b01',
      displayName: 'Contoso dev',
    });
    expect(await ev('[tenant().tenantId]')).toBe('8f1c2b5e-3c4a-4e9b-9a51-5d1e0c7a2b01');
    expect(await ev('[deployment().name]')).toBe('contoso-deploy');
    expect(await ev('[deployment().properties.template.contentVersion]')).toBe('1.0.0.0');
  });

  test('environment() is AzureCloud by default', async () => {
    expect(await ev('[environment().name]')).toBe('AzureCloud');
    expect(await ev('[environment().suffixes.storage]')).toBe('core.windows.net');
    expect(await ev('[environment().authentication.loginEndpoint]')).toBe('https://login.microsoftonline.com/');
  });

  test('resourceId and its relatives', async () => {
    expect(await ev("[resourceId('Microsoft.Storage/storageAccounts', 'acct')]")).toBe(`${rg}/providers/Microsoft.Storage/storageAccounts/acct`);
    expect(await ev("[resourceId('other-rg', 'Microsoft.Storage/storageAccounts', 'acct')]")).toBe(`${sub}/resourceGroups/other-rg/providers/Microsoft.Storage/storageAccounts/acct`);
    expect(await ev("[resourceId('1111', 'other-rg', 'Microsoft.Storage/storageAccounts', 'acct')]")).toBe('/subscriptions/1111/resourceGroups/other-rg/providers/Microsoft.Storage/storageAccounts/acct');
    expect(await ev("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', 'acct', 'default', 'c')]")).toBe(
      `${rg}/providers/Microsoft.Storage/storageAccounts/acct/blobServices/default/containers/c`,
    );
    expect(await ev("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'r1')]")).toBe(`${sub}/providers/Microsoft.Authorization/roleDefinitions/r1`);
    expect(await ev("[subscriptionResourceId('2222', 'Microsoft.Authorization/roleDefinitions', 'r1')]")).toBe('/subscriptions/2222/providers/Microsoft.Authorization/roleDefinitions/r1');
    expect(await ev("[tenantResourceId('Microsoft.Billing/billingAccounts', 'b1')]")).toBe('/providers/Microsoft.Billing/billingAccounts/b1');
    expect(await ev("[extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'lock1')]")).toBe(`${rg}/providers/Microsoft.Authorization/locks/lock1`);
  });

  test('resourceId with the wrong number of names says how many it needs', async () => {
    const error = await evaluationError(ev("[resourceId('Microsoft.Storage/storageAccounts/blobServices', 'acct')]"));
    expect(error.detail).toMatch(/has 2 type segment\(s\) after the namespace, so it needs as many name segments, but 'acct' has 1/);
  });

  test('utcNow and newGuid only in parameter defaults', async () => {
    const value = await ev("[parameters('stamp')]", { parameters: { stamp: { type: 'string', defaultValue: "[utcNow('yyyy-MM-dd')]" } } });
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const id = await ev("[parameters('id')]", { parameters: { id: { type: 'string', defaultValue: '[newGuid()]' } } });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const error = await evaluationError(ev('[utcNow()]'));
    expect(error.detail).toBe("utcNow() can only be used in a parameter's defaultValue.");
  });
});
