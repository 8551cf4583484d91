import { at, runOn, text, type Json } from '../helpers/cuid-harness.js';
import { parametersReferencedRule } from '../../shared/validate/rules/template/parameters-referenced.js';
import { variablesReferencedRule } from '../../shared/validate/rules/template/variables-referenced.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

function template(parts: Json): Json {
  return { $schema: SCHEMA, contentVersion: '1.0.0.0', ...parts, resources: parts.resources ?? [] };
}

function innerDeployment(inner: Json, passed: Json = {}, scope: string | null = 'inner'): Json {
  return {
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2024-03-01',
    name: 'nested',
    properties: {
      ...(scope ? { expressionEvaluationOptions: { scope } } : {}),
      mode: 'Incremental',
      parameters: passed,
      template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [], ...inner },
    },
  };
}

describe('template/parameters-referenced', () => {
  test('parameters used in expressions anywhere (any case, inside functions, in defaults of others) pass', () => {
    const t = template({
      parameters: { Location: { type: 'string' }, prefix: { type: 'string' }, name: { type: 'string', defaultValue: "[concat(parameters('prefix'), 'x')]" }, __hidden: { type: 'string' } },
      outputs: { o: { type: 'string', value: "[format('{0}-{1}', parameters('location'), parameters( 'name' ))]" } },
    });
    expect(runOn(parametersReferencedRule, { template: t })).toEqual([]);
  });

  test('an unused parameter is reported at its declaration', () => {
    const t = template({ parameters: { used: { type: 'string' }, unused: { type: 'int' } }, outputs: { o: { type: 'string', value: "[parameters('used')]" } } });
    const findings = runOn(parametersReferencedRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'template/parameters-referenced', severity: 'error', ...at(text(t), '"unused"') });
    expect(findings[0]!.message).toContain("'unused'");
  });

  test('a reference outside an expression is reported at that string; Logic App @parameters() is not', () => {
    const t = template({
      parameters: { p: { type: 'string' }, q: { type: 'string' } },
      variables: { v: "concat('a', parameters('p'))", w: "[variables('v')]" },
      resources: [{ type: 'Microsoft.Logic/workflows', apiVersion: '2019-05-01', name: "[parameters('q')]", properties: { definition: { x: "@parameters('p')" } } }],
    });
    const findings = runOn(parametersReferencedRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(at(text(t), '"v"'));
    expect(findings[0]!.message).toContain('outside an expression');
  });

  test('an inner-scope nested template has its own parameters; its references do not count for the outer ones', () => {
    const inner = innerDeployment(
      { parameters: { p: { type: 'string' } }, outputs: { o: { type: 'string', value: "[parameters('p')]" } } },
      { p: { value: "[parameters('outerUsed')]" } },
    );
    const t = template({ parameters: { outerUsed: { type: 'string' }, p: { type: 'string' } }, resources: [inner] });
    const findings = runOn(parametersReferencedRule, { template: t });
    // The outer `p` is only "used" inside the inner template, which means the inner `p`.
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(at(text(t), '"p"'));
  });

  test('an unused parameter of an inner-scope template is reported there', () => {
    const t = template({ resources: [innerDeployment({ parameters: { innerOnly: { type: 'string' } } })] });
    const findings = runOn(parametersReferencedRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(at(text(t), '"innerOnly"'));
  });

  test('references inside an outer-scope nested template count for the template around it', () => {
    const t = template({
      parameters: { p: { type: 'string' } },
      resources: [innerDeployment({ outputs: { o: { type: 'string', value: "[parameters('p')]" } } }, {}, null)],
    });
    expect(runOn(parametersReferencedRule, { template: t })).toEqual([]);
  });

  test('an expression the parser does not know still counts its references', () => {
    const t = template({ parameters: { p: { type: 'object' } }, outputs: { o: { type: 'string', value: "[parameters('p').?name ?? 'x']" } } });
    expect(runOn(parametersReferencedRule, { template: t })).toEqual([]);
  });
});

describe('template/variables-referenced', () => {
  test('variables used by expressions, by other variables and through copy loops pass', () => {
    const t = template({
      parameters: { n: { type: 'int' } },
      variables: {
        disks: { copy: [{ name: 'diskConfig', count: "[parameters('n')]", input: { name: "[format('disk{0}', copyIndex('diskConfig'))]" } }] },
        allDisks: "[variables('disks').diskConfig]",
        copy: [{ name: 'names', count: 2, input: "[concat('n', copyIndex('names'))]" }],
      },
      outputs: { a: { type: 'array', value: "[variables('allDisks')]" }, b: { type: 'array', value: "[variables('NAMES')]" } },
    });
    expect(runOn(variablesReferencedRule, { template: t })).toEqual([]);
  });

  test('an unused variable and an unused copy-loop variable are reported where declared', () => {
    const t = template({ variables: { unused: 'x', copy: [{ name: 'loopVar', count: 2, input: "[copyIndex('loopVar')]" }] } });
    const findings = runOn(variablesReferencedRule, { template: t });
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [at(text(t), '"unused"').line, at(text(t), '"unused"').column],
      [at(text(t), '"name": "loopVar"').line, at(text(t), '"name": "loopVar"').column],
    ]);
    expect(findings[1]!.message).toContain("'loopVar'");
  });

  test('a variable used only inside an inner-scope template is unused outside', () => {
    const t = template({
      variables: { outer: 1 },
      resources: [innerDeployment({ variables: { outer: 2 }, outputs: { o: { type: 'int', value: "[variables('outer')]" } } })],
    });
    const findings = runOn(variablesReferencedRule, { template: t });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(at(text(t), '"outer"'));
  });

  test('odd shapes do not throw', () => {
    for (const variables of [[], 'x', null, { copy: 'x' }, { copy: [1, { name: 3 }] }]) {
      expect(() => runOn(variablesReferencedRule, { template: template({ variables }) })).not.toThrow();
      expect(runOn(parametersReferencedRule, { template: template({ parameters: variables }) }).filter((f) => f.ruleId === 'mapp/rule-crashed')).toEqual([]);
    }
  });
});
