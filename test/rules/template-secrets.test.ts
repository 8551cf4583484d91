import { at, runOn, text, type Json } from '../helpers/cuid-harness.js';
import { outputsNoSecretsRule } from '../../shared/validate/rules/template/outputs-no-secrets.js';
import { parameterTypesConsistentRule } from '../../shared/validate/rules/template/parameter-types-consistent.js';
import { passwordParamsSecureRule } from '../../shared/validate/rules/template/password-params-secure.js';
import { secureParamsNestedDeploymentsRule } from '../../shared/validate/rules/template/secure-params-nested-deployments.js';
import { secureStringNoDefaultRule } from '../../shared/validate/rules/template/secure-string-no-default.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

function template(parts: Json): Json {
  return { $schema: SCHEMA, contentVersion: '1.0.0.0', ...parts, resources: parts.resources ?? [] };
}

function deployment(nested: Json, options: { scope?: string; passed?: Json; name?: string } = {}): Json {
  return {
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2024-03-01',
    name: options.name ?? 'nested',
    properties: {
      ...(options.scope ? { expressionEvaluationOptions: { scope: options.scope } } : {}),
      mode: 'Incremental',
      ...(options.passed ? { parameters: options.passed } : {}),
      template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [], ...nested },
    },
  };
}

describe('template/outputs-no-secrets', () => {
  test('plain outputs, user functions named like list and list() in plain text pass', () => {
    const t = template({
      parameters: { name: { type: 'string' }, secret: { type: 'securestring' } },
      functions: [],
      outputs: {
        a: { type: 'string', value: "[parameters('name')]" },
        b: { type: 'string', value: '[contoso.listThings()]' },
        c: { type: 'string', value: "listKeys('x') is what you would call" },
        d: { type: 'string', value: '[mylistUDF()]' },
      },
    });
    expect(runOn(outputsNoSecretsRule, { template: t })).toEqual([]);
  });

  test('list*() calls, secure parameters (also through variables) and password names are reported', () => {
    const t = template({
      parameters: { admin: { type: 'secureObject' } },
      variables: { conn: "[concat('k=', listKeys(resourceId('Microsoft.Storage/storageAccounts', 's'), '2025-06-01').keys[0].value)]" },
      outputs: {
        keys: { type: 'object', value: "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 's'), '2025-06-01')]" },
        viaVariable: { type: 'string', value: "[variables('conn')]" },
        admin: { type: 'object', value: "[parameters('ADMIN')]" },
        adminPassword: { type: 'string', value: 'x' },
      },
    });
    const findings = runOn(outputsNoSecretsRule, { template: t });
    const s = text(t);
    expect(findings.map((f) => ({ line: f.line, column: f.column }))).toEqual([
      at(s, '"value": "[listKeys'),
      at(s, '"value": "[variables'),
      at(s, '"value": "[parameters'),
      at(s, '"adminPassword"'),
    ]);
    expect(findings[1]!.message).toContain("through variable 'conn'");
    expect(findings[2]!.message).toContain("secure parameter 'admin'");
  });
});

describe('template/password-params-secure', () => {
  test('secure types, bool flags and Key Vault secret names pass', () => {
    const t = template({
      parameters: {
        adminPassword: { type: 'secureString' },
        useSecret: { type: 'bool' },
        secretName: { type: 'string' },
        keyVaultSecretUrl: { type: 'string' },
        storageAccountKey: { type: 'secureObject' },
      },
    });
    expect(runOn(passwordParamsSecureRule, { template: t })).toEqual([]);
  });

  test('a string password, secret or account key is reported at its type', () => {
    const t = template({ parameters: { dbPassword: { type: 'string' }, clientSecret: { type: 'string' }, accountKey: { type: 'object' } } });
    const findings = runOn(passwordParamsSecureRule, { template: t });
    const s = text(t);
    expect(findings.map((f) => ({ line: f.line, column: f.column }))).toEqual([
      at(s, '"type"', '"dbPassword"'),
      at(s, '"type"', '"clientSecret"'),
      at(s, '"type"', '"accountKey"'),
    ]);
    expect(findings[0]!.message).toContain("'dbPassword'");
  });
});

describe('template/secure-string-no-default', () => {
  test('no default, an empty default and newGuid() pass; secureObject is not this test', () => {
    const t = template({
      parameters: {
        a: { type: 'securestring' },
        b: { type: 'securestring', defaultValue: '' },
        c: { type: 'secureString', defaultValue: '[newGuid()]' },
        d: { type: 'secureString', defaultValue: "[concat('x', newGuid())]" },
        e: { type: 'secureObject', defaultValue: { a: 1 } },
      },
    });
    expect(runOn(secureStringNoDefaultRule, { template: t })).toEqual([]);
  });

  test('a literal default is reported at the default value', () => {
    const t = template({ parameters: { adminPassword: { type: 'SecureString', defaultValue: 'hunter2!' } } });
    const findings = runOn(secureStringNoDefaultRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(at(text(t), '"defaultValue"'));
  });
});

describe('template/secure-params-nested-deployments', () => {
  const secure = { pwd: { type: 'securestring' }, name: { type: 'string' } };

  test('inner scope, plain parameters and escaped [[ expressions pass', () => {
    const t = template({
      parameters: secure,
      resources: [
        deployment({ parameters: { p: { type: 'securestring' } }, outputs: {} }, { scope: 'inner', passed: { p: { value: "[parameters('pwd')]" } } }),
        deployment({ variables: { v: "[parameters('name')]", w: "[[parameters('pwd')]" } }),
      ],
    });
    expect(runOn(secureParamsNestedDeploymentsRule, { template: t })).toEqual([]);
  });

  test('a secure parameter or list*() in an outer-scope nested template is reported where used', () => {
    const t = template({
      parameters: secure,
      resources: [
        deployment({ variables: { v: "[parameters('pwd')]" } }, { name: 'implicit' }),
        deployment({ variables: { k: "[listKeys('id', '2025-06-01').key1]" } }, { name: 'explicit', scope: 'outer' }),
      ],
    });
    const findings = runOn(secureParamsNestedDeploymentsRule, { template: t });
    const s = text(t);
    expect(findings.map((f) => ({ line: f.line, column: f.column }))).toEqual([at(s, '"v"'), at(s, '"k"')]);
    expect(findings[0]!.message).toContain("'implicit'");
    expect(findings[1]!.message).toContain('listKeys()');
  });
});

describe('template/parameter-types-consistent', () => {
  test('matching types (any case) and transformed values pass', () => {
    const t = template({
      parameters: { count: { type: 'int' }, obj: { type: 'object' } },
      resources: [
        deployment(
          { parameters: { count: { type: 'Int' }, text: { type: 'string' }, inner: { type: 'string' } } },
          { scope: 'inner', passed: { count: { value: "[parameters('count')]" }, text: { value: "[string(parameters('count'))]" }, inner: { value: "[parameters('obj').name]" } } },
        ),
      ],
    });
    expect(runOn(parameterTypesConsistentRule, { template: t })).toEqual([]);
  });

  test('a mismatch is reported at the passed value, also for a grandchild deployment', () => {
    const grandchild = deployment({ parameters: { g: { type: 'String' } } }, { scope: 'inner', name: 'grandchild', passed: { g: { value: "[parameters('child')]" } } });
    const t = template({
      parameters: { secret: { type: 'secureString' } },
      resources: [
        deployment({ parameters: { child: { type: 'secureString' } }, resources: [grandchild] }, { scope: 'inner', name: 'child', passed: { child: { value: "[parameters('secret')]" } } }),
      ],
    });
    const findings = runOn(parameterTypesConsistentRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(at(text(t), '"g": {'));
    expect(findings[0]!.message).toContain("'grandchild'");
  });
});
