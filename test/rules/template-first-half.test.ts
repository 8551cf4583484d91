import { at } from '../helpers/cuid-harness.js';
import { runTemplateRule, template } from '../helpers/template-harness.js';
import { artifactsParameterRule } from '../../shared/validate/rules/template/artifacts-parameter.js';
import { dependsOnBestPracticesRule } from '../../shared/validate/rules/template/depends-on-best-practices.js';
import { deploymentNotDebugRule } from '../../shared/validate/rules/template/deployment-not-debug.js';
import { dynamicVariableNoConcatRule } from '../../shared/validate/rules/template/dynamic-variable-no-concat.js';
import { idsFromResourceIdsRule } from '../../shared/validate/rules/template/ids-from-resource-ids.js';
import { locationNotHardcodedRule } from '../../shared/validate/rules/template/location-not-hardcoded.js';
import { minMaxNumbersRule } from '../../shared/validate/rules/template/min-max-numbers.js';
import { noExpressionNamesRule } from '../../shared/validate/rules/template/no-expression-names.js';
import { noHardcodedUriRule } from '../../shared/validate/rules/template/no-hardcoded-uri.js';
import { noManagedIdentityExtensionRule } from '../../shared/validate/rules/template/no-managed-identity-extension.js';
import { schemaCorrectRule } from '../../shared/validate/rules/template/schema-correct.js';

const positions = (findings: { line: number; column: number }[]) => findings.map((f) => ({ line: f.line, column: f.column }));

function storage(extra: object = {}) {
  return { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2025-06-01', name: "[variables('name')]", location: "[parameters('location')]", ...extra };
}

function deployment(properties: object, extra: object = {}) {
  return { type: 'Microsoft.Resources/deployments', apiVersion: '2024-03-01', name: 'nested', properties: { mode: 'Incremental', ...properties }, ...extra };
}

describe('template/artifacts-parameter', () => {
  const good = {
    _artifactsLocation: { type: 'string', defaultValue: '[deployment().properties.templateLink.uri]' },
    _artifactsLocationSasToken: { type: 'securestring', defaultValue: '' },
  };

  test('the standard declaration passes, and so does a template without artifacts', () => {
    expect(runTemplateRule(artifactsParameterRule, template({ parameters: good })).findings).toEqual([]);
    expect(runTemplateRule(artifactsParameterRule, template({ parameters: { location: { type: 'string' } } })).findings).toEqual([]);
  });

  test('wrong default, missing token, wrong token type are reported where they are', () => {
    const t = template({ parameters: { _artifactsLocation: { type: 'string', defaultValue: 'https://example.com/app/' } } });
    const { findings, text } = runTemplateRule(artifactsParameterRule, t);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, '"_artifactsLocation"').line, at(text, '"_artifactsLocation"').column,
        "The template declares '_artifactsLocation' but not '_artifactsLocationSasToken'; add '_artifactsLocationSasToken' of type 'secureString' with defaultValue \"\"."],
      [at(text, '"defaultValue"').line, at(text, '"defaultValue"').column,
        'The defaultValue of \'_artifactsLocation\' must be "[deployment().properties.templateLink.uri]" so the package\'s own files are used.'],
    ]);
    const token = template({ parameters: { ...good, _artifactsLocationSasToken: { type: 'string', defaultValue: 'sv=1' } } });
    const second = runTemplateRule(artifactsParameterRule, token);
    expect(second.findings.map((f) => f.message)).toEqual([
      "Parameter '_artifactsLocationSasToken' must be of type 'secureString'.",
      'Parameter \'_artifactsLocationSasToken\' of the main template needs the defaultValue "" (an empty string).',
    ]);
  });

  test('nested templates (inline inner scope, or a nested file) must not default the artifacts parameters', () => {
    const nested = template({ parameters: good });
    const t = template({ parameters: good, resources: [deployment({ expressionEvaluationOptions: { scope: 'inner' }, template: nested })] });
    const { findings } = runTemplateRule(artifactsParameterRule, t, { 'nestedtemplates/storage.json': nested });
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      ['mainTemplate.json', 'The artifacts parameters of a nested template must not have a defaultValue; pass the values down from the main template.'],
      ['nestedtemplates/storage.json', 'The artifacts parameters of a nested template must not have a defaultValue; pass the values down from the main template.'],
    ]);
  });
});

describe('template/depends-on-best-practices', () => {
  test('resourceId, names and concat with copyIndex pass', () => {
    const t = template({
      resources: [
        storage({ dependsOn: ["[resourceId('Microsoft.Network/virtualNetworks', 'v')]", 'plainName', "[concat('nic-', copyIndex())]"] }),
      ],
    });
    expect(runTemplateRule(dependsOnBestPracticesRule, t).findings).toEqual([]);
  });

  test('if() and concat() entries are reported at the entry, in child and nested resources too', () => {
    const t = template({
      resources: [
        storage({
          dependsOn: [" [ if(true(), 'a', 'b')]"],
          resources: [{ type: 'blobServices', apiVersion: '2025-06-01', name: 'default', dependsOn: "[concat('Microsoft.Storage/storageAccounts/', 'st')]" }],
        }),
      ],
    });
    const { findings, text } = runTemplateRule(dependsOnBestPracticesRule, t);
    expect(positions(findings)).toEqual([at(text, '" [ if('), at(text, '"dependsOn": "[concat')]);
    expect(findings[1]!.message).toBe("A dependsOn entry of Microsoft.Storage/storageAccounts/blobServices 'default' builds the id with concat(); use resourceId() instead.");
  });
});

describe('template/deployment-not-debug', () => {
  test('no debugSetting or detailLevel none passes', () => {
    const t = template({ resources: [deployment({}), deployment({ debugSetting: { detailLevel: 'None' } }), deployment({ debugSetting: { detailLevel: '' } })] });
    expect(runTemplateRule(deploymentNotDebugRule, t).findings).toEqual([]);
  });

  test('a detail level is reported at detailLevel', () => {
    const t = template({ resources: [deployment({ debugSetting: { detailLevel: 'requestContent' } })] });
    const { findings, text } = runTemplateRule(deploymentNotDebugRule, t);
    expect(findings).toEqual([
      expect.objectContaining({
        ...at(text, '"detailLevel"'),
        severity: 'error',
        message:
          "Microsoft.Resources/deployments 'nested' logs 'requestContent' deployment content (debugSetting.detailLevel), which can expose secrets in the deployment history; remove debugSetting or set detailLevel to 'none'.",
      }),
    ]);
  });
});

describe('template/no-hardcoded-uri', () => {
  test('schema URLs, parameters and environment() pass', () => {
    const t = template({
      parameters: { endpoint: { type: 'string', defaultValue: 'https://management.azure.com/' } },
      resources: [deployment({ template: template() })],
      outputs: { blob: { type: 'string', value: "[format('https://{0}.blob.{1}/', 'st', environment().suffixes.storage)]" } },
    });
    expect(runTemplateRule(noHardcodedUriRule, t).findings).toEqual([]);
  });

  test('each host is reported at the host itself, the longest name first', () => {
    const t = template({ outputs: { a: { type: 'string', value: 'https://st.blob.core.windows.net/x and https://login.microsoftonline.com/' } } });
    const { findings, text } = runTemplateRule(noHardcodedUriRule, t);
    expect(findings.map((f) => ({ line: f.line, column: f.column, host: /'([^']+)'/.exec(f.message)?.[1] }))).toEqual([
      { ...at(text, 'core.windows.net'), host: 'core.windows.net' },
      { ...at(text, 'login.microsoftonline.com'), host: 'login.microsoftonline.com' },
    ]);
  });
});

describe('template/schema-correct', () => {
  test('the current schemas pass, any case', () => {
    expect(runTemplateRule(schemaCorrectRule, template()).findings).toEqual([]);
    const subscription = { ...template(), $schema: 'https://schema.management.azure.com/schemas/2018-05-01/SubscriptionDeploymentTemplate.json#' };
    expect(runTemplateRule(schemaCorrectRule, subscription).findings).toEqual([]);
  });

  test('a wrong, missing or deprecated schema is reported', () => {
    const wrong = runTemplateRule(schemaCorrectRule, { ...template(), $schema: 'https://schema.management.azure.com/schemas/2019-01-01/deploymentTemplate.json#' });
    expect(wrong.findings).toEqual([expect.objectContaining({ ...at(wrong.text, '"$schema"'), severity: 'warning' })]);
    const missing = runTemplateRule(schemaCorrectRule, { contentVersion: '1.0.0.0', parameters: {}, resources: [] });
    expect(missing.findings.map((f) => [f.line, f.column])).toEqual([[1, 1]]);
    const old = runTemplateRule(schemaCorrectRule, { ...template(), $schema: 'https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#' });
    expect(old.findings.map((f) => f.message)).toEqual([expect.stringContaining('2015-01-01 is deprecated')]);
  });
});

describe('template/dynamic-variable-no-concat', () => {
  test('indexing an object variable and other concat uses pass', () => {
    const t = template({
      variables: { sku: { a: 'x' }, n: "[concat('a', parameters('p'))]" },
      outputs: { a: { type: 'string', value: "[variables('sku')[parameters('p')]]" }, b: { type: 'string', value: "[variables(concat('vm', copyIndex()))]" } },
    });
    expect(runTemplateRule(dynamicVariableNoConcatRule, t).findings).toEqual([]);
  });

  test('variables(concat(literal, parameters(x))) is reported with the rewrite', () => {
    const t = template({ outputs: { a: { type: 'string', value: "[variables( concat('sku', parameters('tier')))]" } } });
    const { findings, text } = runTemplateRule(dynamicVariableNoConcatRule, t);
    expect(findings).toEqual([
      expect.objectContaining({
        ...at(text, '"value"'),
        message:
          "variables(concat('sku', parameters('tier'))) builds a variable name at deployment time; make 'sku' an object variable and use variables('sku')[parameters('tier')].",
      }),
    ]);
  });
});

describe('template/no-expression-names', () => {
  test('plain names pass; bracketed parameter and variable names are reported at the name', () => {
    expect(runTemplateRule(noExpressionNamesRule, template({ parameters: { a: { type: 'string' } }, variables: { b: '[x()]' } })).findings).toEqual([]);
    const t = template({ parameters: { " [parameters('x')] ": { type: 'string' } }, variables: { '[concat(1)]': 1 } });
    const { findings, text } = runTemplateRule(noExpressionNamesRule, t);
    expect(positions(findings)).toEqual([at(text, `" [parameters`), at(text, '"[concat(1)]"')]);
    expect(findings[0]!.message).toMatch(/^Parameter name ' \[parameters\('x'\)\] ' is written as an expression/);
  });
});

describe('template/ids-from-resource-ids', () => {
  test('resourceId-style, parameter, variable and exempt ids pass', () => {
    const t = template({
      variables: { subnetId: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'v', 's')]" },
      resources: [
        storage({
          properties: {
            networkAcls: { virtualNetworkRules: [{ id: "[variables('subnetId')]" }, { id: "[parameters('subnetId')]" }] },
            tenantId: 'not-a-resource-id',
            principalId: '00000000-0000-0000-0000-000000000000',
            servicePrincipalTenantId: 'x',
            count: 3,
            metadata: { ownerId: 'someone' },
          },
          tags: { costCenterId: '42' },
        }),
        { type: 'Microsoft.Logic/workflows', apiVersion: '2019-05-01', name: 'w', properties: { definition: { triggerId: 'x' } } },
      ],
    });
    expect(runTemplateRule(idsFromResourceIdsRule, t).findings).toEqual([]);
  });

  test('literal ids, concat() ids, variables holding literals and empty ids are reported at the value', () => {
    const t = template({
      variables: { literal: '/subscriptions/0/resourceGroups/rg' },
      resources: [
        storage({
          properties: {
            a: { subnetId: '/subscriptions/0/x' },
            b: { vnetId: "[concat('/subscriptions/', subscription().subscriptionId)]" },
            c: { workspaceId: "[variables('literal')]" },
            d: { sourceId: { value: '' } },
          },
        }),
      ],
    });
    const { findings, text } = runTemplateRule(idsFromResourceIdsRule, t);
    expect(positions(findings)).toEqual([at(text, '"subnetId"'), at(text, '"vnetId"'), at(text, '"workspaceId"'), at(text, '"value": ""')]);
    expect(findings[0]!.message).toBe(
      "Property 'subnetId' of Microsoft.Storage/storageAccounts '[variables('name')]' should be built with resourceId(), subscriptionResourceId(), tenantResourceId() or extensionResourceId() (or come from a parameter, variable or reference()).",
    );
    expect(findings[3]!.message).toBe("Property 'sourceId' of Microsoft.Storage/storageAccounts '[variables('name')]' is empty; set it with resourceId().");
  });

  test('templates generated by Bicep are skipped', () => {
    const t = template({ metadata: { _generator: { name: 'bicep' } }, resources: [storage({ properties: { subnetId: 'x' } })] });
    expect(runTemplateRule(idsFromResourceIdsRule, t).findings).toEqual([]);
  });
});

describe('template/location-not-hardcoded', () => {
  const location = { type: 'string', defaultValue: '[resourceGroup().location]' };

  test('the standard pattern passes (resourceGroup().location as a default, in a nested deployment, global)', () => {
    const t = template({
      parameters: { location },
      resources: [
        storage(),
        { type: 'Microsoft.Network/dnsZones', apiVersion: '2018-05-01', name: 'z', location: 'global' },
        deployment({ template: template({ resources: [storage({ location: '[resourceGroup().location]' })] }) }),
      ],
    });
    expect(runTemplateRule(locationNotHardcodedRule, t).findings).toEqual([]);
  });

  test('a fixed default, a wrong type, resourceGroup().location elsewhere and a fixed resource location are reported', () => {
    const t = template({
      parameters: { location: { type: 'object', defaultValue: 'westeurope' } },
      variables: { where: '[resourceGroup().location]' },
      resources: [storage({ location: 'westeurope' })],
    });
    const { findings, text } = runTemplateRule(locationNotHardcodedRule, t);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, '"type": "object"').line, at(text, '"type": "object"').column, "Parameter 'location' must be of type 'string'."],
      [at(text, '"defaultValue"').line, at(text, '"defaultValue"').column,
        "The default of parameter 'location' names a fixed region; use [resourceGroup().location] (or [deployment().location], or 'global')."],
      [at(text, 'resourceGroup().location').line, at(text, 'resourceGroup().location').column,
        "resourceGroup().location is used outside the parameters; declare a 'location' parameter defaulting to [resourceGroup().location] and use [parameters('location')] instead."],
      [at(text, '"location": "westeurope"').line, at(text, '"location": "westeurope"').column,
        "The location of Microsoft.Storage/storageAccounts '[variables('name')]' is the fixed region 'westeurope'; use [parameters('location')] (or 'global')."],
    ]);
  });

  test('a nested template file must not default its location', () => {
    const nested = template({ parameters: { location: { type: 'string', defaultValue: 'eastus' } } });
    const { findings } = runTemplateRule(locationNotHardcodedRule, template({ parameters: { location } }), { 'nested/storage.json': nested });
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      ['nested/storage.json', "Parameter 'location' of a nested template must not have a default value; pass the location from the main template."],
    ]);
  });
});

describe('template/no-managed-identity-extension', () => {
  test('an identity block passes; the extension is reported once per resource', () => {
    expect(runTemplateRule(noManagedIdentityExtensionRule, template({ resources: [storage({ identity: { type: 'SystemAssigned' } })] })).findings).toEqual([]);
    const ext = {
      type: 'Microsoft.Compute/virtualMachines/extensions',
      apiVersion: '2024-07-01',
      name: 'vm/ManagedIdentityExtensionForWindows',
      properties: { publisher: 'Microsoft.ManagedIdentity', type: 'ManagedIdentityExtensionForWindows' },
    };
    const { findings, text } = runTemplateRule(noManagedIdentityExtensionRule, template({ resources: [ext] }));
    expect(findings).toEqual([expect.objectContaining({ ...at(text, '"name": "vm/ManagedIdentity'), severity: 'warning' })]);
  });
});

describe('template/min-max-numbers', () => {
  test('integer pairs and parameters without bounds pass', () => {
    const t = template({ parameters: { a: { type: 'int', minValue: 1, maxValue: 10 }, b: { type: 'int' } } });
    expect(runTemplateRule(minMaxNumbersRule, t).findings).toEqual([]);
  });

  test('non-integers and a bound without its pair are reported at the bound', () => {
    const t = template({ parameters: { a: { type: 'int', minValue: '1', maxValue: 10 }, b: { type: 'int', maxValue: 2.5, minValue: 1 }, c: { type: 'int', maxValue: 9 } } });
    const { findings, text } = runTemplateRule(minMaxNumbersRule, t);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, '"minValue": "1"').line, at(text, '"minValue": "1"').column, `The minValue of parameter 'a' must be an integer number, not the string "1".`],
      [at(text, '"maxValue": 2.5').line, at(text, '"maxValue": 2.5').column, "The maxValue of parameter 'b' must be an integer number, not the fraction 2.5."],
      [at(text, '"maxValue": 9').line, at(text, '"maxValue": 9').column, "Parameter 'c' has a maxValue but no minValue; add minValue."],
    ]);
  });
});
