import { at } from '../helpers/cuid-harness.js';
import { runTemplateRule, template } from '../helpers/template-harness.js';
import { adminPasswordNotLiteralRule } from '../../shared/validate/rules/template/admin-password-not-literal.js';
import { adminUsernameNotLiteralRule } from '../../shared/validate/rules/template/admin-username-not-literal.js';
import { commandToExecuteProtectedRule } from '../../shared/validate/rules/template/command-to-execute-protected.js';

function vm(osProfile: object) {
  return {
    type: 'Microsoft.Compute/virtualMachines',
    apiVersion: '2024-07-01',
    name: 'vm',
    location: "[parameters('location')]",
    properties: { osProfile: { computerName: 'vm', ...osProfile } },
  };
}

describe('template/admin-password-not-literal and template/admin-username-not-literal', () => {
  test('parameters, expressions, nested deployment values and parameter declarations pass', () => {
    const t = template({
      parameters: { adminUsername: { type: 'string' }, adminPassword: { type: 'securestring' } },
      variables: { adminUsername: "[parameters('adminUsername')]" },
      resources: [
        vm({ adminUsername: "[variables('adminUsername')]", adminPassword: "[parameters('adminPassword')]" }),
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2024-03-01',
          name: 'nested',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { adminUsername: { value: "[parameters('adminUsername')]" }, adminPassword: { reference: { keyVault: { id: 'kv' }, secretName: 's' } } },
            template: template({ parameters: { adminUsername: { type: 'string' }, adminPassword: { type: 'securestring' } } }),
          },
        },
      ],
    });
    expect(runTemplateRule(adminPasswordNotLiteralRule, t).findings).toEqual([]);
    expect(runTemplateRule(adminUsernameNotLiteralRule, t).findings).toEqual([]);
  });

  test('a literal password is reported at its value without repeating it; administratorLoginPassword too', () => {
    const t = template({
      resources: [
        vm({ adminUsername: "[parameters('adminUsername')]", adminPassword: 'Secret-Literal-1' }),
        { type: 'Microsoft.Sql/servers', apiVersion: '2021-11-01', name: 'sql', properties: { administratorLoginPassword: ' P@ss ' } },
      ],
    });
    const { findings, text } = runTemplateRule(adminPasswordNotLiteralRule, t);
    expect(findings.map((f) => ({ line: f.line, column: f.column, severity: f.severity }))).toEqual([
      { ...at(text, '"adminPassword": "Secret'), severity: 'error' },
      { ...at(text, '"administratorLoginPassword"'), severity: 'error' },
    ]);
    expect(findings[0]!.message).toBe("'adminPassword' is a literal password; take it from a secureString parameter ([parameters('adminPassword')]).");
    expect(findings.some((f) => f.message.includes('Secret-Literal-1'))).toBe(false);
  });

  test('a password taken from a variable that holds a literal is reported', () => {
    const t = template({ variables: { pwd: 'Literal-1234' }, resources: [vm({ adminPassword: "[variables('pwd')]" })] });
    const { findings, text } = runTemplateRule(adminPasswordNotLiteralRule, t);
    expect(findings).toEqual([
      expect.objectContaining({
        ...at(text, '"adminPassword"'),
        message: "'adminPassword' uses variable 'pwd', which holds a literal password; take the password from a secureString parameter instead.",
      }),
    ]);
  });

  test('a literal user name in a resource, a nested deployment value or a variable is reported with the value', () => {
    const t = template({
      variables: { adminUsername: 'azureuser' },
      resources: [
        vm({ adminUsername: 'vmadmin' }),
        { type: 'Microsoft.Resources/deployments', apiVersion: '2024-03-01', name: 'n', properties: { mode: 'Incremental', parameters: { adminUsername: { value: 'deployadmin' } } } },
      ],
    });
    const { findings, text } = runTemplateRule(adminUsernameNotLiteralRule, t);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, '"adminUsername": "azureuser"').line, at(text, '"adminUsername": "azureuser"').column, `'adminUsername' is the literal "azureuser"; take the user name from a parameter ([parameters('adminUsername')]).`],
      [at(text, '"adminUsername": "vmadmin"').line, at(text, '"adminUsername": "vmadmin"').column, `'adminUsername' is the literal "vmadmin"; take the user name from a parameter ([parameters('adminUsername')]).`],
      [at(text, '"value": "deployadmin"').line, at(text, '"value": "deployadmin"').column, `'adminUsername' is the literal "deployadmin"; take the user name from a parameter ([parameters('adminUsername')]).`],
    ]);
  });

  test('odd shapes do not throw', () => {
    for (const resources of [[vm({ adminPassword: 42 })], [{ properties: { adminPassword: [1] } }], [null], {}]) {
      expect(() => runTemplateRule(adminPasswordNotLiteralRule, template({ resources, variables: [] }))).not.toThrow();
    }
  });
});

describe('template/command-to-execute-protected', () => {
  function extension(settings: object, protectedSettings?: object, type = 'CustomScript') {
    return {
      type: 'Microsoft.Compute/virtualMachines/extensions',
      apiVersion: '2024-07-01',
      name: 'vm/setup',
      location: "[parameters('location')]",
      properties: { publisher: 'Microsoft.Azure.Extensions', type, typeHandlerVersion: '2.1', settings, ...(protectedSettings ? { protectedSettings } : {}) },
    };
  }
  const parameters = { location: { type: 'string' }, adminPassword: { type: 'secureString' }, name: { type: 'string' } };

  test('plain commands and commands in protectedSettings pass', () => {
    const t = template({
      parameters,
      resources: [
        extension({ commandToExecute: "[concat('sh setup.sh ', parameters('name'))]" }),
        extension({ fileUris: [] }, { commandToExecute: "[concat('sh setup.sh ', parameters('adminPassword'))]" }),
        { type: 'Microsoft.Foo/bars', apiVersion: '2024-01-01', name: 'x', properties: { settings: { commandToExecute: "[parameters('adminPassword')]" } } },
      ],
    });
    expect(runTemplateRule(commandToExecuteProtectedRule, t).findings).toEqual([]);
  });

  test('secure parameters (directly or through a variable) and list*() in settings are reported at the command', () => {
    const t = template({
      parameters,
      variables: { cmd: "[format('sh setup.sh {0}', parameters('adminPassword'))]" },
      resources: [
        extension({ commandToExecute: "[variables('cmd')]" }),
        extension({ commandToExecute: "[concat('sh s.sh ', listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2025-06-01').keys[0].value)]" }, undefined, 'CustomScriptExtension'),
      ],
    });
    const { findings, text } = runTemplateRule(commandToExecuteProtectedRule, t);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, '"commandToExecute": "[variables').line, at(text, '"commandToExecute": "[variables').column,
        "commandToExecute uses secureString parameter 'adminPassword' but is in settings, which are stored and shown in plain text; move it to protectedSettings."],
      [at(text, '"commandToExecute": "[concat(\'sh s.sh').line, at(text, '"commandToExecute": "[concat(\'sh s.sh').column,
        'commandToExecute uses listKeys() but is in settings, which are stored and shown in plain text; move it to protectedSettings.'],
    ]);
  });
});
