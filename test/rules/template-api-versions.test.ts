import { at } from '../helpers/cuid-harness.js';
import { runTemplateRule, template, TEST_DATE } from '../helpers/template-harness.js';
import { judgeApiVersion, knownApiVersions, parseApiVersion } from '../../shared/validate/arm/api-versions.js';
import { apiVersionsRecentInReferenceRule } from '../../shared/validate/rules/template/api-versions-recent-in-reference.js';
import { apiVersionsRecentRule } from '../../shared/validate/rules/template/api-versions-recent.js';

function storage(apiVersion: unknown, extra: object = {}) {
  return { type: 'Microsoft.Storage/storageAccounts', apiVersion, name: 'st', location: "[parameters('location')]", ...extra };
}

describe('API version table', () => {
  test('parses date versions with and without a suffix, rejects others', () => {
    expect(parseApiVersion('2023-05-01')?.suffix).toBeUndefined();
    expect(parseApiVersion('2020-08-01-preview')?.suffix).toBe('preview');
    expect(parseApiVersion('2023-02-30')).toBeUndefined();
    expect(parseApiVersion('latest')).toBeUndefined();
    expect(parseApiVersion("[variables('api')]")).toBeUndefined();
  });

  test('child types use their parent type versions; unknown types have none', () => {
    expect(knownApiVersions('Microsoft.Storage/storageAccounts/blobServices/containers')).toBe(knownApiVersions('microsoft.storage/storageaccounts'));
    expect(knownApiVersions('Microsoft.Network/virtualNetworks')).toBeUndefined();
    expect(knownApiVersions('Microsoft.Resources/deploymentScripts')).toBeUndefined();
  });

  test('the age window follows the date passed in', () => {
    const version = parseApiVersion('2023-05-01')!;
    expect(judgeApiVersion('Microsoft.Storage/storageAccounts', version, new Date(Date.UTC(2025, 3, 1)))).toBeUndefined();
    expect(judgeApiVersion('Microsoft.Storage/storageAccounts', version, new Date(Date.UTC(2025, 5, 1)))).toMatchObject({ kind: 'out-of-date' });
  });

  test('the newest known version never ages out, and a newer preview does not make a stable version stale', () => {
    const far = new Date(Date.UTC(2040, 0, 1));
    expect(judgeApiVersion('Microsoft.DataFactory/factories', parseApiVersion('2018-06-01')!, far)).toBeUndefined();
    expect(judgeApiVersion('Microsoft.Authorization/roleDefinitions', parseApiVersion('2022-04-01')!, far)).toBeUndefined();
  });
});

describe('template/api-versions-recent', () => {
  test('recent, newest-known and unknown-type versions pass', () => {
    const t = template({
      resources: [
        storage('2025-06-01'),
        { type: 'Microsoft.DataFactory/factories', apiVersion: '2018-06-01', name: 'adf' },
        { type: 'Microsoft.Network/virtualNetworks', apiVersion: '2015-06-15', name: 'vnet' },
        { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', apiVersion: '2099-01-01-preview', name: 'newer-than-any-known' },
      ],
    });
    expect(runTemplateRule(apiVersionsRecentRule, t).findings).toEqual([]);
  });

  test('an old version is reported at its apiVersion with its age and the version to use', () => {
    const { findings, text } = runTemplateRule(apiVersionsRecentRule, template({ resources: [storage('2019-06-01')] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ...at(text, '"apiVersion": "2019-06-01"'), severity: 'warning' });
    expect(findings[0]!.message).toBe(
      'API version 2019-06-01 of Microsoft.Storage/storageAccounts is 2420 days old (more than 2 years) and 2025-06-01 is available; use a recent version.',
    );
  });

  test('a superseded preview, an expression and a non-string are reported; child resources get their full type', () => {
    const t = template({
      resources: [
        storage('2020-08-01-preview', {
          resources: [{ type: 'blobServices', apiVersion: "[variables('api')]", name: 'default' }],
        }),
        { type: 'Microsoft.KeyVault/vaults', apiVersion: 20230701, name: 'kv' },
      ],
    });
    const { findings, text } = runTemplateRule(apiVersionsRecentRule, t);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, '"apiVersion": "2020-08-01-preview"').line, at(text, '"apiVersion": "2020-08-01-preview"').column,
        'Microsoft.Storage/storageAccounts uses preview API version 2020-08-01-preview, but 2025-06-01 is a non-preview version at least as new; use it.'],
      [at(text, '"apiVersion": "[variables').line, at(text, '"apiVersion": "[variables').column,
        "The apiVersion of Microsoft.Storage/storageAccounts/blobServices is '[variables('api')]'; use a fixed date version such as \"2023-05-01\" (not an expression)."],
      [at(text, '"apiVersion": 20230701').line, at(text, '"apiVersion": 20230701').column, 'The apiVersion of Microsoft.KeyVault/vaults must be a string such as "2023-05-01".'],
    ]);
  });

  test('resources of inline nested templates are checked too', () => {
    const t = template({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2024-03-01',
          name: 'nested',
          properties: { mode: 'Incremental', template: template({ resources: [storage('2016-01-01')] }) },
        },
      ],
    });
    const { findings } = runTemplateRule(apiVersionsRecentRule, t);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('API version 2016-01-01 of Microsoft.Storage/storageAccounts')]);
  });

  test('the rule uses the date in the context, not the clock', () => {
    const t = template({ resources: [storage('2023-05-01')] });
    expect(runTemplateRule(apiVersionsRecentRule, t, {}, new Date(Date.UTC(2024, 0, 1))).findings).toEqual([]);
    expect(runTemplateRule(apiVersionsRecentRule, t, {}, TEST_DATE).findings).toHaveLength(1);
  });
});

describe('template/api-versions-recent-in-reference', () => {
  const id = "resourceId('Microsoft.Storage/storageAccounts', variables('name'))";

  test('recent versions, unknown types and non-literal versions pass', () => {
    const t = template({
      variables: { name: 'st' },
      outputs: {
        a: { type: 'string', value: `[reference(${id}, '2025-06-01').primaryEndpoints.dfs]` },
        b: { type: 'string', value: "[reference(resourceId('Microsoft.Network/publicIPAddresses', 'ip'), '2016-03-30').ipAddress]" },
        c: { type: 'string', value: `[reference(${id}, variables('api')).primaryEndpoints.dfs]` },
        d: { type: 'string', value: `[reference(${id}).primaryEndpoints.dfs]` },
      },
    });
    expect(runTemplateRule(apiVersionsRecentInReferenceRule, t).findings).toEqual([]);
  });

  test('old versions in reference() and list*() are reported at the string, the type found through resourceId() or a variable', () => {
    const t = template({
      variables: { name: 'st', storageId: `[${id}]` },
      resources: [storage('2025-06-01', { name: "[variables('name')]" })],
      outputs: {
        a: { type: 'string', value: `[reference(${id}, '2019-06-01').primaryEndpoints.dfs]` },
        b: { type: 'string', value: "[listKeys(variables('storageId'), '2021-01-01').keys[0].value]" },
        c: { type: 'string', value: "[reference(variables('name'), '2018-02-01').primaryEndpoints.blob]" },
      },
    });
    const { findings, text } = runTemplateRule(apiVersionsRecentInReferenceRule, t);
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [at(text, '"value": "[reference(resourceId').line, at(text, '"value": "[reference(resourceId').column],
      [at(text, '"value": "[listKeys').line, at(text, '"value": "[listKeys').column],
      [at(text, '"value": "[reference(variables').line, at(text, '"value": "[reference(variables').column],
    ]);
    expect(findings[1]!.message).toBe(
      'In listKeys(): API version 2021-01-01 of Microsoft.Storage/storageAccounts is 1840 days old (more than 2 years) and 2025-06-01 is available; use a recent version.',
    );
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});
