import { controlsInOutputsExistRule } from '../../shared/validate/rules/cuid/controls-in-outputs-exist.js';
import { hideExistingHandledRule } from '../../shared/validate/rules/cuid/hide-existing-handled.js';
import { locationInOutputsRule } from '../../shared/validate/rules/cuid/location-in-outputs.js';
import { outputsInTemplateParametersRule } from '../../shared/validate/rules/cuid/outputs-in-template-parameters.js';
import { parametersWithoutDefaultInOutputsRule } from '../../shared/validate/rules/cuid/parameters-without-default-in-outputs.js';
import { at, cleanPackage, runOn, text } from '../helpers/cuid-harness.js';

describe('cuid/controls-in-outputs-exist', () => {
  test('passes references to basics, steps, sections and control properties', () => {
    expect(runOn(controlsInOutputsExistRule, cleanPackage())).toEqual([]);
  });

  test('points inside the expression at the reference that names nothing', () => {
    const { cuid } = cleanPackage();
    cuid.parameters.outputs.appName = "[basics('applicationName')]";
    cuid.parameters.outputs.vmSize = "[coalesce(steps('compute').size, 'Standard_D2s_v3')]";
    cuid.parameters.outputs.adminPassword = "[steps('compute').credentials.password]";
    cuid.parameters.outputs.containerName = "[steps('storageSettings').nameCheck]";
    const file = text(cuid);
    const column = (snippet: string) => at(file, snippet).column;
    expect(runOn(controlsInOutputsExistRule, { cuid }).map((f) => [f.line, f.column, f.message])).toEqual([
      [at(file, '"appName": "[').line, column("basics('applicationName')"), "Output \"appName\" reads basics('applicationName'), but parameters.basics has no control named 'applicationName'; fix the name or add the control."],
      [at(file, '"adminPassword": "[').line, column("steps('compute').credentials.password"), expect.stringContaining("'credentials' has no element named 'password'")],
      [at(file, '"vmSize": "[').line, column("steps('compute').size"), expect.stringContaining("'compute' has no element named 'size'")],
      [at(file, '"containerName": "[').line, column("steps('storageSettings')"), expect.stringContaining("parameters.steps has no step named 'storageSettings'")],
    ]);
  });
});

describe('cuid/location-in-outputs', () => {
  test('passes "[location()]"', () => {
    expect(runOn(locationInOutputsRule, cleanPackage())).toEqual([]);
  });

  test('reports a missing location output at outputs', () => {
    const { cuid } = cleanPackage();
    delete cuid.parameters.outputs.location;
    expect(runOn(locationInOutputsRule, { cuid })).toEqual([
      expect.objectContaining({ ...at(text(cuid), '"outputs"'), message: 'parameters.outputs has no "location"; add "location": "[location()]".' }),
    ]);
  });

  test('reports another location value, and missing outputs', () => {
    const { cuid } = cleanPackage();
    cuid.parameters.outputs.location = "[basics('region')]";
    expect(runOn(locationInOutputsRule, { cuid })).toEqual([
      expect.objectContaining({ ...at(text(cuid), '"location": "['), message: `Output "location" is '[basics('region')]'; set it to "[location()]".` }),
    ]);
    delete cuid.parameters.outputs;
    expect(runOn(locationInOutputsRule, { cuid }).map((f) => f.message)).toEqual([expect.stringContaining('has no parameters.outputs')]);
  });
});

describe('cuid/outputs-in-template-parameters', () => {
  test('passes when every output is a template parameter (platform outputs excepted)', () => {
    const pkg = cleanPackage();
    pkg.cuid.parameters.outputs.managedIdentity = '[steps(\'compute\').adminUsername]';
    expect(runOn(outputsInTemplateParametersRule, pkg)).toEqual([]);
  });

  test('does nothing without a template', () => {
    const { cuid } = cleanPackage();
    cuid.parameters.outputs.extra = "[basics('tier')]";
    expect(runOn(outputsInTemplateParametersRule, { cuid })).toEqual([]);
  });

  test('reports an output the template does not declare', () => {
    const pkg = cleanPackage();
    pkg.cuid.parameters.outputs.applicationTier = "[basics('tier')]";
    expect(runOn(outputsInTemplateParametersRule, pkg)).toEqual([
      expect.objectContaining({
        file: 'createUiDefinition.json',
        ...at(text(pkg.cuid), '"applicationTier"'),
        message: 'Output "applicationTier" has no matching parameter in mainTemplate.json; add a parameter "applicationTier" there or remove the output.',
      }),
    ]);
  });
});

describe('cuid/parameters-without-default-in-outputs', () => {
  test('passes when parameters without default are outputs', () => {
    expect(runOn(parametersWithoutDefaultInOutputsRule, cleanPackage())).toEqual([]);
  });

  test('reports a parameter without default that no output feeds, at the template parameter', () => {
    const pkg = cleanPackage();
    pkg.template.parameters.ownerEmail = { type: 'string' };
    pkg.template.parameters.optional = { type: 'string', defaultValue: '' };
    expect(runOn(parametersWithoutDefaultInOutputsRule, pkg)).toEqual([
      expect.objectContaining({
        file: 'mainTemplate.json',
        ...at(text(pkg.template), '"ownerEmail"'),
        message: 'Parameter "ownerEmail" has no defaultValue and no output in createUiDefinition.json; add an output "ownerEmail" there or give the parameter a defaultValue.',
      }),
    ]);
  });
});

describe('cuid/hide-existing-handled', () => {
  test('passes when resourceGroup and newOrExisting are output, or hideExisting is true', () => {
    const { cuid } = cleanPackage();
    expect(runOn(hideExistingHandledRule, { cuid })).toEqual([]);
    delete cuid.parameters.outputs.storageAccountResourceGroup;
    cuid.parameters.steps[1].elements[0].options = { hideExisting: true };
    expect(runOn(hideExistingHandledRule, { cuid })).toEqual([]);
  });

  test('accepts both properties inside one object output', () => {
    const { cuid } = cleanPackage();
    delete cuid.parameters.outputs.storageAccountResourceGroup;
    delete cuid.parameters.outputs.storageAccountNewOrExisting;
    cuid.parameters.outputs.storageAccount = { resourceGroup: "[steps('storage').account.resourceGroup]", kind: "[steps('storage').account.newOrExisting]" };
    expect(runOn(hideExistingHandledRule, { cuid })).toEqual([]);
  });

  test('reports each missing property at the control', () => {
    const { cuid } = cleanPackage();
    delete cuid.parameters.outputs.storageAccountResourceGroup;
    delete cuid.parameters.outputs.storageAccountNewOrExisting;
    cuid.parameters.steps[1].elements[0].options = { hideExisting: false };
    const position = at(text(cuid), '"name": "account"');
    expect(runOn(hideExistingHandledRule, { cuid })).toEqual([
      expect.objectContaining({ ...position, message: expect.stringContaining("no output passes steps('storage').account.newOrExisting") }),
      expect.objectContaining({ ...position, message: expect.stringContaining("no output passes steps('storage').account.resourceGroup") }),
    ]);
  });
});
