import { credentialConfirmationVisibleRule } from '../../shared/validate/rules/cuid/credential-confirmation-visible.js';
import { passwordMinLengthRule } from '../../shared/validate/rules/cuid/password-min-length.js';
import { textboxesWellFormedRule } from '../../shared/validate/rules/cuid/textboxes-well-formed.js';
import { tooltipsPresentRule } from '../../shared/validate/rules/cuid/tooltips-present.js';
import { usernamesNoDefaultRule } from '../../shared/validate/rules/cuid/usernames-no-default.js';
import { validationsHaveMessageRule } from '../../shared/validate/rules/cuid/validations-have-message.js';
import { at, atObjectOf, cleanPackage, runOn, text, type Json } from '../helpers/cuid-harness.js';

const step = (cuid: Json, stepName: string, name: string) => cuid.parameters.steps.find((s: Json) => s.name === stepName).elements.find((e: Json) => e.name === name);
const passwordBox = (cuid: Json) => step(cuid, 'compute', 'credentials').elements[0];

describe('cuid/credential-confirmation-visible', () => {
  test('passes visible confirmations', () => {
    expect(runOn(credentialConfirmationVisibleRule, cleanPackage())).toEqual([]);
  });

  test('reports hideConfirmation: true on a password box in a section and on a credentials combo', () => {
    const { cuid } = cleanPackage();
    passwordBox(cuid).options.hideConfirmation = true;
    cuid.parameters.basics.push({ name: 'creds', type: 'Microsoft.Compute.CredentialsCombo', toolTip: { password: 'p' }, options: { hideConfirmation: 'true' } });
    const findings = runOn(credentialConfirmationVisibleRule, { cuid });
    expect(findings).toEqual([
      expect.objectContaining({ ...at(text(cuid), '"hideConfirmation": "true"'), message: expect.stringContaining("Microsoft.Compute.CredentialsCombo 'creds'") }),
      expect.objectContaining({ ...at(text(cuid), '"hideConfirmation": true'), message: expect.stringContaining("Microsoft.Common.PasswordBox 'adminPassword' hides the password confirmation") }),
    ]);
  });
});

describe('cuid/usernames-no-default', () => {
  test('passes a user name box without default (an empty default too)', () => {
    const { cuid } = cleanPackage();
    expect(runOn(usernamesNoDefaultRule, { cuid })).toEqual([]);
    step(cuid, 'compute', 'adminUsername').defaultValue = '';
    expect(runOn(usernamesNoDefaultRule, { cuid })).toEqual([]);
  });

  test('reports the default value', () => {
    const { cuid } = cleanPackage();
    step(cuid, 'compute', 'adminUsername').defaultValue = 'azureuser';
    expect(runOn(usernamesNoDefaultRule, { cuid })).toEqual([
      expect.objectContaining({ ...at(text(cuid), '"defaultValue": "azureuser"'), message: expect.stringContaining("User name box 'adminUsername' has a default value") }),
    ]);
  });
});

describe('cuid/tooltips-present', () => {
  test('passes, exempting info boxes, sections, text blocks and data controls', () => {
    const { cuid } = cleanPackage();
    cuid.parameters.basics.push({ name: 'api', type: 'Microsoft.Solutions.ArmApiControl', request: { method: 'GET', path: '/x' } });
    expect(runOn(tooltipsPresentRule, { cuid })).toEqual([]);
  });

  test('warns on a missing or blank tooltip', () => {
    const { cuid } = cleanPackage();
    delete cuid.parameters.basics[1].toolTip;
    step(cuid, 'compute', 'vmSize').toolTip = '   ';
    const findings = runOn(tooltipsPresentRule, { cuid });
    expect(findings.map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ['warning', ...Object.values(at(text(cuid), '"name": "tier"')), "Microsoft.Common.DropDown 'tier' has no tooltip; add a \"toolTip\" that tells the user what to enter."],
      ['warning', ...Object.values(at(text(cuid), '"toolTip": "   "')), expect.stringContaining("Microsoft.Compute.SizeSelector 'vmSize' has no tooltip")],
    ]);
  });
});

describe('cuid/textboxes-well-formed', () => {
  test('passes regex + validationMessage, and validations with a regex', () => {
    expect(runOn(textboxesWellFormedRule, cleanPackage())).toEqual([]);
  });

  test('reports missing constraints, a missing message, a missing regex and an invalid regex', () => {
    const { cuid } = cleanPackage();
    delete cuid.parameters.basics[0].constraints.validationMessage;
    step(cuid, 'storage', 'nameCheck').constraints.validations = [{ isValid: '[true]', message: 'm' }];
    cuid.parameters.basics.push({ name: 'bare', type: 'Microsoft.Common.TextBox', toolTip: 't' });
    cuid.parameters.basics.push({ name: 'broken', type: 'Microsoft.Common.TextBox', toolTip: 't', constraints: { regex: '^[a-z', validationMessage: 'm' } });
    const file = text(cuid);
    const findings = runOn(textboxesWellFormedRule, { cuid });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [...Object.values(at(file, '"regex": "^[a-z0-9]{3,24}$"')), 'Text box \'appName\' has a "regex" but no "validationMessage"; add a message that tells the user what is allowed.'],
      [...Object.values(at(file, '"name": "bare"')), expect.stringContaining("Text box 'bare' has no \"constraints\"")],
      [...Object.values(at(file, '"regex": "^[a-z"')), expect.stringMatching(/^Text box 'broken' has an invalid regex \(.+\); fix the pattern\.$/)],
      [...Object.values(at(file, '"constraints"', '"name": "nameCheck"')), expect.stringContaining("Text box 'nameCheck' has no \"constraints.regex\"")],
    ]);
  });
});

describe('cuid/password-min-length', () => {
  test('passes a 12-character minimum, no regex, and an expression regex', () => {
    const { cuid } = cleanPackage();
    expect(runOn(passwordMinLengthRule, { cuid })).toEqual([]);
    delete passwordBox(cuid).constraints.regex;
    expect(runOn(passwordMinLengthRule, { cuid })).toEqual([]);
    passwordBox(cuid).constraints.regex = "[steps('compute').pattern]";
    expect(runOn(passwordMinLengthRule, { cuid })).toEqual([]);
  });

  test('reports a short minimum, no quantifier, an invalid regex and missing constraints', () => {
    const cases: [unknown, RegExp][] = [
      ['^.{8,}$', /regex allows passwords shorter than 12 characters \(minimum 8\)/],
      ['^[a-zA-Z0-9]+$', /regex has no length quantifier/],
      ['^(.{12,}$', /has an invalid regex/],
    ];
    for (const [regex, message] of cases) {
      const { cuid } = cleanPackage();
      passwordBox(cuid).constraints.regex = regex;
      const findings = runOn(passwordMinLengthRule, { cuid });
      expect(findings).toEqual([expect.objectContaining({ ...at(text(cuid), `"regex": ${JSON.stringify(regex)}`), message: expect.stringMatching(message) })]);
    }
    const { cuid } = cleanPackage();
    delete passwordBox(cuid).constraints;
    expect(runOn(passwordMinLengthRule, { cuid })).toEqual([
      expect.objectContaining({ ...at(text(cuid), '"name": "adminPassword"'), message: expect.stringContaining("Password box 'adminPassword' has no \"constraints\"") }),
    ]);
  });
});

describe('cuid/validations-have-message', () => {
  test('passes validations with messages', () => {
    expect(runOn(validationsHaveMessageRule, cleanPackage())).toEqual([]);
  });

  test('reports each validation without a message, in controls and in config', () => {
    const { cuid } = cleanPackage();
    delete step(cuid, 'storage', 'nameCheck').constraints.validations[1].message;
    cuid.parameters.config.basics.subscription = { constraints: { validations: [{ permission: 'Microsoft.Compute/virtualmachines/write' }] } };
    const file = text(cuid);
    expect(runOn(validationsHaveMessageRule, { cuid })).toEqual([
      expect.objectContaining({
        ...atObjectOf(file, '"permission"'),
        message: 'In "parameters.config.basics.subscription.constraints.validations", the "permission" validation has no "message"; add one that tells the user what to fix.',
      }),
      expect.objectContaining({
        ...atObjectOf(file, '"isValid"'),
        message: 'In control \'nameCheck\', the "isValid" validation has no "message"; add one that tells the user what to fix.',
      }),
    ]);
  });
});
