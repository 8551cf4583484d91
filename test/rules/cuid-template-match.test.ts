import { allowedValuesAllowedRule } from '../../shared/validate/rules/cuid/allowed-values-allowed.js';
import { passwordTextboxesForPasswordsRule } from '../../shared/validate/rules/cuid/password-textboxes-for-passwords.js';
import { vmSizesMatchTemplateRule } from '../../shared/validate/rules/cuid/vm-sizes-match-template.js';
import { at, cleanPackage, runOn, text } from '../helpers/cuid-harness.js';

describe('cuid/allowed-values-allowed', () => {
  test('passes values the template allows and a default the control offers', () => {
    expect(runOn(allowedValuesAllowedRule, cleanPackage())).toEqual([]);
  });

  test('does nothing without a template', () => {
    const { cuid } = cleanPackage();
    expect(runOn(allowedValuesAllowedRule, { cuid })).toEqual([]);
  });

  test('reports an offered value the template parameter does not allow, at the value', () => {
    const pkg = cleanPackage();
    pkg.template.parameters.tier.allowedValues = ['Standard', 'Basic'];
    expect(runOn(allowedValuesAllowedRule, pkg)).toEqual([
      expect.objectContaining({
        file: 'createUiDefinition.json',
        ...at(text(pkg.cuid), '"value": "Premium"'),
        message: 'Control \'tier\' offers \'Premium\', which parameter "tier" of mainTemplate.json does not allow; add it to the parameter\'s allowedValues or remove it from the control.',
      }),
    ]);
  });

  test('reports a template default the control does not offer, at the default', () => {
    const pkg = cleanPackage();
    delete pkg.template.parameters.tier.allowedValues;
    pkg.template.parameters.tier.defaultValue = 'Basic';
    expect(runOn(allowedValuesAllowedRule, pkg)).toEqual([
      expect.objectContaining({
        file: 'mainTemplate.json',
        ...at(text(pkg.template), '"defaultValue": "Basic"'),
        message: 'Parameter "tier" defaults to \'Basic\', which control \'tier\' in createUiDefinition.json does not offer; use one of the control\'s values as the default.',
      }),
    ]);
  });

  test('reports a control with allowed values that nothing uses, and an output with no parameter', () => {
    const pkg = cleanPackage();
    delete pkg.cuid.parameters.outputs.tier;
    expect(runOn(allowedValuesAllowedRule, pkg)).toEqual([
      expect.objectContaining({ ...at(text(pkg.cuid), '"name": "tier"'), message: expect.stringContaining("Control 'tier' offers allowed values but is used nowhere") }),
    ]);
    pkg.cuid.parameters.outputs.serviceTier = "[basics('tier')]";
    expect(runOn(allowedValuesAllowedRule, pkg)).toEqual([
      expect.objectContaining({ ...at(text(pkg.cuid), '"serviceTier"'), message: expect.stringContaining('goes to output "serviceTier", which has no parameter in mainTemplate.json') }),
    ]);
  });

  test('checks the config location list against the location parameter', () => {
    const pkg = cleanPackage();
    pkg.template.parameters.location = { type: 'string', allowedValues: ['eastus'] };
    expect(runOn(allowedValuesAllowedRule, pkg)).toEqual([
      expect.objectContaining({ ...at(text(pkg.cuid), '"westeurope"'), message: expect.stringContaining("The location list of config.basics offers 'westeurope'") }),
    ]);
  });
});

describe('cuid/password-textboxes-for-passwords', () => {
  test('passes a password box output to a secureString parameter', () => {
    expect(runOn(passwordTextboxesForPasswordsRule, cleanPackage())).toEqual([]);
  });

  test('reports a plain string parameter at its type', () => {
    const pkg = cleanPackage();
    pkg.template.parameters.adminPassword.type = 'string';
    expect(runOn(passwordTextboxesForPasswordsRule, pkg)).toEqual([
      expect.objectContaining({
        file: 'mainTemplate.json',
        ...at(text(pkg.template), '"type": "string"', '"adminPassword"'),
        message: 'Parameter "adminPassword" receives password box \'adminPassword\' but its type is \'string\'; make it secureString (or secureObject).',
      }),
    ]);
  });

  test('reports a password box no output reads, and an output without parameter', () => {
    const pkg = cleanPackage();
    delete pkg.cuid.parameters.outputs.adminPassword;
    expect(runOn(passwordTextboxesForPasswordsRule, pkg)).toEqual([
      expect.objectContaining({ ...at(text(pkg.cuid), '"name": "adminPassword"'), message: expect.stringContaining("no output reads steps('compute').credentials.adminPassword") }),
    ]);
    pkg.cuid.parameters.outputs.vmPassword = "[steps('compute').credentials.adminPassword]";
    expect(runOn(passwordTextboxesForPasswordsRule, pkg)).toEqual([
      expect.objectContaining({ ...at(text(pkg.cuid), '"vmPassword"'), message: expect.stringContaining('add a secureString parameter "vmPassword"') }),
    ]);
  });
});

describe('cuid/vm-sizes-match-template', () => {
  test('passes a default size the selector allows', () => {
    expect(runOn(vmSizesMatchTemplateRule, cleanPackage())).toEqual([]);
  });

  test('reports a default size the selector does not allow, at the default', () => {
    const pkg = cleanPackage();
    pkg.template.parameters.vmSize.defaultValue = 'Standard_B2s';
    expect(runOn(vmSizesMatchTemplateRule, pkg)).toEqual([
      expect.objectContaining({
        file: 'mainTemplate.json',
        ...at(text(pkg.template), '"defaultValue": "Standard_B2s"'),
        message: expect.stringContaining("Parameter \"vmSize\" defaults to 'Standard_B2s', which size selector 'vmSize' does not allow"),
      }),
    ]);
  });

  test('reports a selector no output reads', () => {
    const pkg = cleanPackage();
    delete pkg.cuid.parameters.outputs.vmSize;
    expect(runOn(vmSizesMatchTemplateRule, pkg)).toEqual([
      expect.objectContaining({ ...at(text(pkg.cuid), '"name": "vmSize"'), message: expect.stringContaining("Size selector 'vmSize' is not passed to the template") }),
    ]);
  });
});

test('cuid/allowed-values-allowed skips values when the output computes something from the choice', () => {
  const pkg = cleanPackage();
  pkg.template.parameters.tier.allowedValues = ['S1', 'P1'];
  pkg.template.parameters.tier.defaultValue = 'S1';
  pkg.cuid.parameters.outputs.tier = "[if(equals(basics('tier'), 'Premium'), 'P1', 'S1')]";
  expect(runOn(allowedValuesAllowedRule, pkg)).toEqual([]);
});
