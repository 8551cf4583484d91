import { at, runOn, text, type Json } from '../helpers/cuid-harness.js';
import { noBlanksRule } from '../../shared/validate/rules/template/no-blanks.js';
import { noProvidersApiVersionsRule } from '../../shared/validate/rules/template/no-providers-api-versions.js';
import { resourceIdsWellFormedRule } from '../../shared/validate/rules/template/resource-ids-well-formed.js';
import { resourcesHaveLocationRule } from '../../shared/validate/rules/template/resources-have-location.js';
import { resourcesNotAmbiguousRule } from '../../shared/validate/rules/template/resources-not-ambiguous.js';
import { urisProperlyConstructedRule } from '../../shared/validate/rules/template/uris-properly-constructed.js';
import { vmImagesLatestRule } from '../../shared/validate/rules/template/vm-images-latest.js';
import { vmSizeParameterRule } from '../../shared/validate/rules/template/vm-size-parameter.js';
import { vmsNotPreviewRule } from '../../shared/validate/rules/template/vms-not-preview.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

function template(parts: Json): Json {
  return { $schema: SCHEMA, contentVersion: '1.0.0.0', ...parts, resources: parts.resources ?? [] };
}

function vm(properties: Json, extra: Json = {}): Json {
  return { type: 'Microsoft.Compute/virtualMachines', apiVersion: '2024-03-01', name: 'vm1', location: "[parameters('location')]", properties, ...extra };
}

const IMAGE = { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' };

function positions(findings: readonly { line: number; column: number }[]) {
  return findings.map((f) => ({ line: f.line, column: f.column }));
}

describe('template/resources-have-location', () => {
  test('expressions, global and resources without a location pass', () => {
    const t = template({
      resources: [
        { type: 'Microsoft.Storage/storageAccounts', name: 'a', location: " [parameters('location')] " },
        { type: 'Microsoft.Network/dnsZones', name: 'b', location: 'Global' },
        { type: 'Microsoft.Authorization/roleAssignments', name: 'c' },
      ],
    });
    expect(runOn(resourcesHaveLocationRule, { template: t })).toEqual([]);
  });

  test('a region name is reported, in child resources and nested templates too', () => {
    const nested = { type: 'Microsoft.Resources/deployments', name: 'd', properties: { template: { resources: [{ type: 'Microsoft.Web/sites', name: 'w', location: 'westus' }] } } };
    const t = template({
      resources: [{ type: 'Microsoft.Sql/servers', name: 's', location: "[parameters('location')]", resources: [{ type: 'databases', name: 'db', location: 'eastus' }] }, nested],
    });
    const findings = runOn(resourcesHaveLocationRule, { template: t });
    const s = text(t);
    expect(positions(findings)).toEqual([at(s, '"location": "eastus"'), at(s, '"location": "westus"')]);
    expect(findings[0]!.message).toContain('Microsoft.Sql/servers/databases');
  });
});

describe('template/vm-size-parameter', () => {
  test('a parameter, a variable built from a parameter and the parameter declaration pass', () => {
    const t = template({
      parameters: { vmSize: { type: 'string', defaultValue: 'Standard_D2s_v3' } },
      variables: { size: "[parameters('vmSize')]", vmSize: "[variables('size')]" },
      resources: [vm({ hardwareProfile: { vmSize: "[variables('vmSize')]" } }), vm({ hardwareProfile: { vmSize: "[parameters('vmSize')]" } })],
    });
    expect(runOn(vmSizeParameterRule, { template: t })).toEqual([]);
  });

  test('a literal size, a literal variable and a literal passed to a nested deployment are reported', () => {
    const t = template({
      variables: { size: 'Standard_D4s_v3' },
      resources: [
        vm({ hardwareProfile: { vmSize: 'Standard_D2s_v3' } }),
        vm({ hardwareProfile: { vmSize: "[variables('size')]" } }),
        { type: 'Microsoft.Resources/deployments', name: 'd', properties: { templateLink: { id: "[parameters('specId')]" }, parameters: { vmSize: { value: 'Standard_B2s' } } } },
      ],
    });
    const findings = runOn(vmSizeParameterRule, { template: t });
    const s = text(t);
    expect(positions(findings)).toEqual([at(s, '"vmSize": "Standard_D2s_v3"'), at(s, '"vmSize": "[variables'), at(s, '"value": "Standard_B2s"')]);
    expect(findings[1]!.message).toContain("variable 'size'");
  });
});

describe('template/vms-not-preview', () => {
  test('generally available images pass, including through variables', () => {
    const t = template({ variables: { image: IMAGE }, resources: [vm({ storageProfile: { imageReference: "[variables('image')]" } }), vm({ storageProfile: { imageReference: IMAGE } })] });
    expect(runOn(vmsNotPreviewRule, { template: t })).toEqual([]);
  });

  test('a preview sku, offer or version is reported, also in a scale set profile', () => {
    const t = template({
      resources: [
        vm({ storageProfile: { imageReference: { ...IMAGE, sku: '24_04-preview' } } }),
        {
          type: 'Microsoft.Compute/virtualMachineScaleSets',
          name: 'ss',
          location: "[parameters('location')]",
          properties: { virtualMachineProfile: { storageProfile: { imageReference: { ...IMAGE, offer: 'ubuntu-preview-lts' } } } },
        },
      ],
    });
    const s = text(t);
    expect(positions(runOn(vmsNotPreviewRule, { template: t }))).toEqual([at(s, '"sku": "24_04-preview"'), at(s, '"offer": "ubuntu-preview-lts"')]);
  });
});

describe('template/vm-images-latest (a note: arm-ttk has the test switched off)', () => {
  test("'latest', parameters, custom images and plan images pass", () => {
    const t = template({
      resources: [
        vm({ storageProfile: { imageReference: IMAGE } }),
        vm({ storageProfile: { imageReference: { ...IMAGE, version: "[parameters('imageVersion')]" } } }),
        vm({ storageProfile: { imageReference: { id: "[parameters('imageId')]" } } }),
        vm({ storageProfile: { imageReference: { ...IMAGE, version: '1.0.0' } } }, { plan: { name: 'p', publisher: 'x', product: 'y' } }),
      ],
    });
    expect(runOn(vmImagesLatestRule, { template: t })).toEqual([]);
  });

  test('a pinned stock image version is a note at the version', () => {
    const t = template({ resources: [vm({ storageProfile: { imageReference: { ...IMAGE, version: '24.04.202404230' } } })] });
    const findings = runOn(vmImagesLatestRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'note', ...at(text(t), '"version"') });
  });
});

describe('template/uris-properly-constructed', () => {
  test('uri() around concat(), literals and non-URI properties pass', () => {
    const t = template({
      variables: { scriptUri: "[uri(parameters('base'), concat('scripts/', 'a.sh'))]", plainUrl: 'https://example.invalid/x', name: "[concat('a', 'b')]" },
      outputs: { serverUrl: { type: 'string', value: "[uri(concat('https://', parameters('host')), 'path')]" } },
    });
    expect(runOn(urisProperlyConstructedRule, { template: t })).toEqual([]);
  });

  test('concat() or format() outside uri() is reported, in outputs too', () => {
    const t = template({
      variables: { templateUri: "[concat(parameters('base'), '/nested.json')]", otherURL: "[concat(uri(parameters('base'), 'x'), '?sv=1')]" },
      outputs: { portalUrl: { type: 'string', value: "[format('https://{0}/', parameters('host'))]" } },
    });
    const s = text(t);
    expect(positions(runOn(urisProperlyConstructedRule, { template: t }))).toEqual([at(s, '"templateUri"'), at(s, '"otherURL"'), at(s, '"value"')]);
  });
});

describe('template/resource-ids-well-formed', () => {
  test('well-formed id functions pass', () => {
    const t = template({
      variables: {
        a: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default')]",
        b: "[extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'l')]",
        c: "[reference(resourceId('Microsoft.Storage/storageAccounts', 's'), '2025-06-01').primaryEndpoints]",
        d: "[resourceId(parameters('rg'), 'Microsoft.Storage/storageAccounts', 's')]",
      },
    });
    expect(runOn(resourceIdsWellFormedRule, { template: t })).toEqual([]);
  });

  test('defaults and text-built ids are reported; bicep output is skipped', () => {
    const variables = {
      a: "[resourceId(resourceGroup().name, 'Microsoft.Storage/storageAccounts', 's')]",
      b: "[subscriptionResourceId(subscription().subscriptionId, 'Microsoft.Resources/resourceGroups', 'rg')]",
      c: "[tenantResourceId(format('{0}', 'Microsoft.Management/managementGroups'), 'mg')]",
      d: "[listKeys(concat('/subscriptions/', subscription().subscriptionId), '2025-06-01')]",
    };
    const t = template({ variables });
    const s = text(t);
    expect(positions(runOn(resourceIdsWellFormedRule, { template: t }))).toEqual([at(s, '"a"'), at(s, '"b"'), at(s, '"c"'), at(s, '"d"')]);
    const bicep = template({ metadata: { _generator: { name: 'bicep' } }, variables });
    expect(runOn(resourceIdsWellFormedRule, { template: bicep })).toEqual([]);
  });
});

describe('template/no-providers-api-versions', () => {
  test('literal apiVersions and other providers() uses pass; .apiVersions is reported', () => {
    const ok = template({ variables: { locations: "[providers('Microsoft.Web', 'sites').locations]" }, resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2024-04-01', name: 'w' }] });
    expect(runOn(noProvidersApiVersionsRule, { template: ok })).toEqual([]);
    const bad = template({ resources: [{ type: 'Microsoft.Web/sites', apiVersion: "[providers('Microsoft.Web', 'sites').apiVersions[0]]", name: 'w' }] });
    const findings = runOn(noProvidersApiVersionsRule, { template: bad });
    expect(positions(findings)).toEqual([at(text(bad), '"apiVersion"')]);
  });
});

describe('template/resources-not-ambiguous (a note: arm-ttk has the test switched off)', () => {
  test('only a resource type with a trailing slash is noted', () => {
    const t = template({
      variables: { good: "[resourceId('Microsoft.Storage/storageAccounts', 's')]", bad: "[resourceId('Microsoft.Storage/storageAccounts/', 's')]" },
    });
    const findings = runOn(resourcesNotAmbiguousRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'note', ...at(text(t), '"bad"') });
  });
});

describe('template/no-blanks', () => {
  test("arm-ttk's allowed blanks pass", () => {
    const t = template({
      parameters: { opt: { type: 'string', defaultValue: '' } },
      variables: { arr: "[json('[]')]" },
      functions: [],
      outputs: {},
      resources: [
        { type: 'Microsoft.Web/sites/config', name: 'w/appsettings', apiVersion: '2024-04-01', properties: { EMPTY_SETTING: '' } },
        { type: 'Microsoft.KeyVault/vaults', name: 'kv', apiVersion: '2023-07-01', location: "[parameters('location')]", dependsOn: [], properties: { accessPolicies: [] } },
        { type: 'Microsoft.DataFactory/factories', name: 'f', apiVersion: '2018-06-01', location: "[parameters('location')]", identity: { type: 'UserAssigned', userAssignedIdentities: { "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id')]": {} } }, properties: {} },
      ],
    });
    expect(runOn(noBlanksRule, { template: t })).toEqual([]);
  });

  test('empty strings, objects, arrays and nulls are reported at the property', () => {
    const t = template({ variables: { emptyString: ' ', emptyObject: {}, emptyArray: [], nothing: null, nested: { defaultValue: { bar: '' } } } });
    const s = text(t);
    const findings = runOn(noBlanksRule, { template: t });
    expect(positions(findings)).toEqual([at(s, '"emptyString"'), at(s, '"emptyObject"'), at(s, '"emptyArray"'), at(s, '"nothing"'), at(s, '"bar"')]);
    expect(findings[1]!.message).toContain('{}');
  });
});

describe('odd input never throws', () => {
  const rules = [
    noBlanksRule,
    noProvidersApiVersionsRule,
    resourceIdsWellFormedRule,
    resourcesHaveLocationRule,
    resourcesNotAmbiguousRule,
    urisProperlyConstructedRule,
    vmImagesLatestRule,
    vmSizeParameterRule,
    vmsNotPreviewRule,
  ];
  test.each([
    ['wrong section types', { $schema: SCHEMA, resources: {}, parameters: [], variables: 'x', outputs: 3 }],
    ['odd resources', { $schema: SCHEMA, resources: [null, 1, 'x', { type: 3, properties: { storageProfile: 'x', hardwareProfile: { vmSize: {} } } }] }],
    ['unparsable expressions', { $schema: SCHEMA, variables: { a: '[concat(', b: "[resourceId('x'", templateUri: '[)]' }, resources: [] }],
    ['deep nesting', { $schema: SCHEMA, resources: [], variables: { deep: JSON.parse('['.repeat(3000) + ']'.repeat(3000)) } }],
  ])('%s', (_name, t) => {
    const findings = runOn(rules, { template: t });
    expect(findings.filter((f) => f.ruleId === 'mapp/rule-crashed')).toEqual([]);
  });
});
