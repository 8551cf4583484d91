import { evaluateTemplate } from '../../shared/arm-eval/index.js';
import { evaluateExpression as ev, evaluationError, scope } from './evaluate-expression.js';

const template = (extra: Record<string, unknown>) => ({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  resources: [],
  ...extra,
});

describe('parameters', () => {
  const parameters = {
    prefix: { type: 'string', minLength: 3 },
    location: { type: 'string', defaultValue: '[resourceGroup().location]' },
    name: { type: 'string', defaultValue: "[concat(parameters('prefix'), '-', parameters('location'))]" },
    sku: { type: 'string', defaultValue: 'Standard_LRS', allowedValues: ['Standard_LRS', 'Premium_LRS'] },
    count: { type: 'int', defaultValue: 2, maxValue: 5 },
  };

  test('a given value wins, else the default (an expression that may use other parameters)', async () => {
    expect(await ev("[parameters('name')]", { parameters, values: { prefix: 'abc' } })).toBe('abc-westeurope');
    expect(await ev("[parameters('Location')]", { parameters, values: { prefix: 'abc', location: 'northeurope' } })).toBe('northeurope');
  });

  test('a missing value names the parameter', async () => {
    const error = await evaluationError(ev('[1]', { parameters, values: {} }));
    expect(error.path).toBe('parameters.prefix');
    expect(error.message).toBe("parameters.prefix: The template parameter 'prefix' has no value and no defaultValue; give it a value in the deployment's parameters.");
  });

  test('wrong type, allowedValues, bounds and undeclared values are refused', async () => {
    const wrongType = await evaluationError(ev('[1]', { parameters, values: { prefix: 'abc', count: '3' } }));
    expect(wrongType.path).toBe('parameters.count');
    expect(wrongType.detail).toBe('The parameter \'count\' expects a value of type Integer, but it was given String "3"; give a Integer.');
    const notAllowed = await evaluationError(ev('[1]', { parameters, values: { prefix: 'abc', sku: 'Basic' } }));
    expect(notAllowed.detail).toBe('The value "Basic" is not allowed for the parameter \'sku\'; use one of "Standard_LRS", "Premium_LRS".');
    const tooShort = await evaluationError(ev('[1]', { parameters, values: { prefix: 'ab' } }));
    expect(tooShort.detail).toBe("The parameter 'prefix' must be at least 3 long, but its value is 2 long.");
    const tooBig = await evaluationError(ev('[1]', { parameters, values: { prefix: 'abc', count: 9 } }));
    expect(tooBig.detail).toBe("The parameter 'count' must be at most 5, but it is 9.");
    const undeclared = await evaluationError(ev('[1]', { parameters, values: { prefix: 'abc', extra: 1 } }));
    expect(undeclared.path).toBe('parameters.extra');
    expect(undeclared.detail).toMatch(/^The parameter 'extra' is given but the template does not declare it/);
  });

  test('a secure value is not echoed in a type error', async () => {
    const error = await evaluationError(ev('[1]', { parameters: { secret: { type: 'securestring' } }, values: { secret: 42 } }));
    expect(error.message).toContain('(value hidden)');
    expect(error.message).not.toContain('42');
  });

  test('parameters() of an undeclared name says which exist', async () => {
    const error = await evaluationError(ev("[parameters('nope')]", { parameters, values: { prefix: 'abc' } }));
    expect(error.path).toBe('outputs.result.value');
    expect(error.detail).toBe("The template parameter 'nope' is not declared; declare it in the template's parameters (declared: prefix, location, name, sku, count).");
  });
});

describe('variables', () => {
  test('lazy, may use each other, and copy defines array variables', async () => {
    const variables = {
      a: "[concat(variables('b'), '!')]",
      b: 'bee',
      copy: [{ name: 'disks', count: 3, input: { name: "[concat('disk', copyIndex('disks'))]", lun: "[copyIndex('disks', 1)]" } }],
      unused: "[parameters('never')]",
    };
    expect(await ev("[variables('a')]", { variables })).toBe('bee!');
    expect(await ev("[variables('disks')]", { variables })).toEqual([
      { name: 'disk0', lun: 1 },
      { name: 'disk1', lun: 2 },
      { name: 'disk2', lun: 3 },
    ]);
  });

  test('a property copy inside a variable value', async () => {
    const variables = { config: { copy: [{ name: 'items', count: 2, input: "[copyIndex('items')]" }], other: 1 } };
    expect(await ev("[variables('config')]", { variables })).toEqual({ items: [0, 1], other: 1 });
  });

  test('a cycle is an error naming the chain', async () => {
    const variables = { a: "[variables('b')]", b: "[concat(variables('c'))]", c: "[variables('a')]" };
    const error = await evaluationError(ev("[variables('a')]", { variables }));
    expect(error.path).toBe('variables.a');
    expect(error.detail).toBe("The variable 'a' depends on itself (a -> b -> c -> a); break the cycle.");
  });

  test('an undefined variable and reference() in a variable are errors', async () => {
    const missing = await evaluationError(ev("[variables('x')]", { variables: { y: 1 } }));
    expect(missing.detail).toBe("The template variable 'x' is not defined; define it in the template's variables (defined: y).");
    const reference = await evaluationError(ev("[variables('r')]", { variables: { r: "[reference('/x').a]" } }));
    expect(reference.path).toBe('variables.r');
    expect(reference.detail).toBe("reference() cannot be used in variables; use it in a resource's properties or in outputs.");
  });
});

describe('template shape and unsupported features', () => {
  test('symbolic-name templates are refused', async () => {
    const error = await evaluationError(evaluateTemplate(template({ languageVersion: '2.0', resources: { sa: { type: 'x' } } }), {}, scope));
    expect(error.path).toBe('languageVersion');
    expect(error.detail).toMatch(/^Symbolic-name templates \(languageVersion 2\.0\) are not supported yet/);
  });

  test.each([
    ["[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'a'), '2023-01-01').keys[0].value]", 'listKeys'],
    ["[listSecrets('/x', '2020-01-01')]", 'listSecrets'],
    ["[pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')]", 'pickZones'],
  ])('%s is refused, naming the function and advising a parameter', async (expression, name) => {
    const error = await evaluationError(ev(expression));
    expect(error.path).toBe('outputs.result.value');
    expect(error.detail).toBe(`The template function '${name}' is not supported by this evaluator (it needs a live Azure or is not implemented); pass the value as a parameter instead.`);
  });

  test('an unknown function and a user-defined function are errors', async () => {
    const unknown = await evaluationError(ev("[frobnicate('x')]"));
    expect(unknown.detail).toMatch(/^'frobnicate' is not a template function this evaluator knows; check the spelling .* or pass the value as a parameter instead\.$/);
    const udf = await evaluationError(ev("[contoso.name('x')]"));
    expect(udf.detail).toBe("The user-defined function 'contoso.name' is not supported by this evaluator; inline it, or pass the value as a parameter instead.");
  });

  test('a malformed expression says where', async () => {
    const error = await evaluationError(ev("[concat('a', ]"));
    expect(error.detail).toMatch(/^The expression '\[concat\('a', \]' is not valid: .* at character \d+\.$/);
  });
});
