import { createUiDefinitionNameRule } from '../../shared/validate/rules/package/create-ui-definition-name.js';
import { mainTemplateNameRule } from '../../shared/validate/rules/package/main-template-name.js';
import { requiredFilesRule } from '../../shared/validate/rules/package/required-files.js';
import { sourceFileNamesRule } from '../../shared/validate/rules/package/source-file-names.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const TEMPLATE = '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": []\n}\n';
const CUID = '{\n  "handler": "Microsoft.Azure.CreateUIDef",\n  "parameters": {}\n}\n';

describe('package/main-template-name', () => {
  test('a zip with mainTemplate.json at its root passes', () => {
    expect(check(mainTemplateNameRule, memoryUnit({ 'mainTemplate.json': TEMPLATE, 'createUiDefinition.json': CUID }, { kind: 'zip' }))).toEqual([]);
  });

  test.each(['MainTemplate.json', 'maintemplate.json', 'azuredeploy.json', 'AzureDeploy.json'])('a zip with %s at its root fails at that file', (name) => {
    const findings = check(mainTemplateNameRule, memoryUnit({ [name]: TEMPLATE, 'createUiDefinition.json': CUID }, { kind: 'zip' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'package/main-template-name', severity: 'error', file: `app.zip/${name}`, line: 1, column: 1 });
    expect(findings[0]!.message).toContain(`'${name}'`);
    expect(findings[0]!.message).toContain('Rename it to mainTemplate.json');
  });

  test('a zip whose files sit in a folder fails and says to zip the contents', () => {
    const findings = check(mainTemplateNameRule, memoryUnit({ 'app/mainTemplate.json': TEMPLATE, 'app/createUiDefinition.json': CUID }, { kind: 'zip' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'app.zip/app/mainTemplate.json', line: 1, column: 1 });
    expect(findings[0]!.message).toContain("not in 'app/'");
  });

  test('an app folder is left to package/source-file-names', () => {
    expect(check(mainTemplateNameRule, memoryUnit({ 'azuredeploy.json': TEMPLATE, 'createUiDefinition.json': CUID }))).toEqual([]);
  });
});

describe('package/create-ui-definition-name', () => {
  test('the exact name passes', () => {
    expect(check(createUiDefinitionNameRule, memoryUnit({ 'mainTemplate.json': TEMPLATE, 'createUiDefinition.json': CUID }, { kind: 'zip' }))).toEqual([]);
  });

  test('another case fails at the file', () => {
    const findings = check(createUiDefinitionNameRule, memoryUnit({ 'mainTemplate.json': TEMPLATE, 'createUIDefinition.json': CUID }, { kind: 'zip' }));
    expect(findings).toEqual([expect.objectContaining({ file: 'app.zip/createUIDefinition.json', line: 1, column: 1, severity: 'error' })]);
  });

  test('a nested copy is named when the root has none', () => {
    const findings = check(createUiDefinitionNameRule, memoryUnit({ 'mainTemplate.json': TEMPLATE, 'ui/createUiDefinition.json': CUID }, { kind: 'zip' }));
    expect(findings).toEqual([expect.objectContaining({ file: 'app.zip/ui/createUiDefinition.json' })]);
  });
});

describe('package/source-file-names', () => {
  test('an app folder with the exact names passes', () => {
    expect(check(sourceFileNamesRule, memoryUnit({ 'mainTemplate.json': TEMPLATE, 'createUiDefinition.json': CUID, 'viewDefinition.json': '{}' }))).toEqual([]);
  });

  test('azuredeploy.json in an app folder is a warning naming the needed name', () => {
    const findings = check(sourceFileNamesRule, memoryUnit({ 'azuredeploy.json': TEMPLATE, 'createUiDefinition.json': CUID }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', file: 'app/azuredeploy.json', line: 1, column: 1 })]);
    expect(findings[0]!.message).toContain("'mainTemplate.json'");
  });

  test('a miscased viewDefinition.json is a warning', () => {
    const findings = check(sourceFileNamesRule, memoryUnit({ 'mainTemplate.json': TEMPLATE, 'createUiDefinition.json': CUID, 'ViewDefinition.json': '{}' }));
    expect(findings).toEqual([expect.objectContaining({ file: 'app/ViewDefinition.json' })]);
  });

  test('zips are left to the zip name rules', () => {
    expect(check(sourceFileNamesRule, memoryUnit({ 'azuredeploy.json': TEMPLATE, 'createUiDefinition.json': CUID }, { kind: 'zip' }))).toEqual([]);
  });
});

describe('package/required-files', () => {
  test('both files present passes, for a zip and a folder', () => {
    const files = { 'mainTemplate.json': TEMPLATE, 'createUiDefinition.json': CUID };
    expect(check(requiredFilesRule, memoryUnit(files, { kind: 'zip' }))).toEqual([]);
    expect(check(requiredFilesRule, memoryUnit(files))).toEqual([]);
  });

  test('a zip without createUiDefinition.json fails at the zip', () => {
    const findings = check(requiredFilesRule, memoryUnit({ 'mainTemplate.json': TEMPLATE }, { kind: 'zip' }));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'package/required-files', file: 'app.zip', line: 1, column: 1 })]);
    expect(findings[0]!.message).toContain('has no createUiDefinition.json');
  });

  test('a folder without a template fails once', () => {
    const findings = check(requiredFilesRule, memoryUnit({ 'createUiDefinition.json': CUID }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('has no mainTemplate.json');
  });

  test('misnamed or nested files count as present (the name rules report them)', () => {
    expect(check(requiredFilesRule, memoryUnit({ 'AzureDeploy.json': TEMPLATE, 'app/createUiDefinition.json': CUID }, { kind: 'zip' }))).toEqual([]);
  });

  test('an unreadable zip and a single file are not reported', () => {
    const unreadable = memoryUnit({}, { kind: 'zip', loadProblems: [{ ruleId: 'package/readable', display: 'app.zip', message: 'corrupt' }] });
    expect(check(requiredFilesRule, unreadable)).toEqual([]);
    expect(check(requiredFilesRule, memoryUnit({ 'mainTemplate.json': TEMPLATE }, { kind: 'file' }))).toEqual([]);
  });
});
