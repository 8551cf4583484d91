import { handlerRule } from '../../shared/validate/rules/cuid/handler.js';
import { noBlanksRule } from '../../shared/validate/rules/cuid/no-blanks.js';
import { schemaRule } from '../../shared/validate/rules/cuid/schema.js';
import { at, cleanPackage, runOn, text } from '../helpers/cuid-harness.js';

describe('cuid/schema', () => {
  test('passes the 0.1.2-preview schema with the matching version', () => {
    expect(runOn(schemaRule, cleanPackage())).toEqual([]);
  });

  test('reports a wrong schema at $schema', () => {
    const { cuid } = cleanPackage();
    cuid.$schema = 'https://schema.management.azure.com/schemas/0.1.2-preview/CreateUIDefinition.MultiVm.json';
    const findings = runOn(schemaRule, { cuid });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'cuid/schema', severity: 'error', ...at(text(cuid), '"$schema"') }),
    ]);
    expect(findings[0]!.message).toContain('it must be exactly');
  });

  test('reports a version that differs from the schema version, and a missing one', () => {
    const { cuid } = cleanPackage();
    cuid.version = '0.0.1';
    expect(runOn(schemaRule, { cuid })).toEqual([
      expect.objectContaining({ ...at(text(cuid), '"version"'), message: `"version" is '0.0.1' but "$schema" is version '0.1.2-preview'; set "version" to "0.1.2-preview".` }),
    ]);
    delete cuid.version;
    expect(runOn(schemaRule, { cuid }).map((f) => f.message)).toEqual(['createUiDefinition.json has no "version"; add "version": "0.1.2-preview".']);
  });

  test('reports a missing $schema', () => {
    const { cuid } = cleanPackage();
    delete cuid.$schema;
    expect(runOn(schemaRule, { cuid }).map((f) => f.message)).toEqual([expect.stringContaining('has no "$schema"')]);
  });
});

describe('cuid/handler', () => {
  test('passes both accepted handlers, in any case', () => {
    const { cuid } = cleanPackage();
    expect(runOn(handlerRule, { cuid })).toEqual([]);
    cuid.handler = 'microsoft.compute.multivm';
    expect(runOn(handlerRule, { cuid })).toEqual([]);
  });

  test('reports another handler at the handler property', () => {
    const { cuid } = cleanPackage();
    cuid.handler = 'Microsoft.Azure.';
    expect(runOn(handlerRule, { cuid })).toEqual([
      expect.objectContaining({ ruleId: 'cuid/handler', ...at(text(cuid), '"handler"'), message: expect.stringContaining("'Microsoft.Azure.'") }),
    ]);
  });

  test('reports a missing handler', () => {
    const { cuid } = cleanPackage();
    delete cuid.handler;
    expect(runOn(handlerRule, { cuid }).map((f) => f.message)).toEqual([expect.stringContaining('has no "handler"')]);
  });
});

describe('cuid/no-blanks', () => {
  test('passes values, and empty basics, steps and defaultValue', () => {
    const { cuid } = cleanPackage();
    cuid.parameters.basics[0].defaultValue = '';
    expect(runOn(noBlanksRule, { cuid })).toEqual([]);
    expect(runOn(noBlanksRule, { cuid: { ...cuid, parameters: { ...cuid.parameters, basics: [], steps: [] } } })).toEqual([]);
  });

  test('reports each blank property where it is', () => {
    const cuid = `{
  "handler": "Microsoft.Azure.CreateUIDef",
  "parameters": {
    "basics": [
      { "name": "a", "label": "", "toolTip": "  ", "options": {}, "items": [], "visible": null, "list": [ {} ], "texts": [""] }
    ]
  }
}
`;
    const findings = runOn(noBlanksRule, { cuid });
    expect(findings.map((f) => [f.column, f.message])).toEqual([
      [at(cuid, '"label"').column, 'Property "label" is an empty string; give it a value or remove it.'],
      [at(cuid, '"toolTip"').column, 'Property "toolTip" is an empty string; give it a value or remove it.'],
      [at(cuid, '"options"').column, 'Property "options" is an empty object; give it a value or remove it.'],
      [at(cuid, '"items"').column, 'Property "items" is an empty array; give it a value or remove it.'],
      [at(cuid, '"visible"').column, 'Property "visible" is null; give it a value or remove it.'],
      [at(cuid, '"list"').column, 'Property "list" is an array holding only an empty value; give it a value or remove it.'],
      [at(cuid, '"texts"').column, 'Property "texts" is an array holding only an empty value; give it a value or remove it.'],
    ]);
    expect(new Set(findings.map((f) => f.line))).toEqual(new Set([5]));
  });
});
