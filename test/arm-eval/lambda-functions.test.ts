import { evaluateTemplate } from '../../shared/arm-eval/index.js';
import { evaluateExpression as ev, evaluationError, scope } from './evaluate-expression.js';

const dogs = "createArray(createObject('name', 'Evie', 'age', 5), createObject('name', 'Casper', 'age', 3), createObject('name', 'Indy', 'age', 2))";

describe('lambda functions', () => {
  test.each([
    [`[map(${dogs}, lambda('dog', lambdaVariables('dog').name))]`, ['Evie', 'Casper', 'Indy']],
    [`[map(createArray('a', 'b'), lambda('x', 'i', concat(lambdaVariables('x'), string(lambdaVariables('i')))))]`, ['a0', 'b1']],
    [`[filter(${dogs}, lambda('dog', greaterOrEquals(lambdaVariables('dog').age, 3)))]`, [{ name: 'Evie', age: 5 }, { name: 'Casper', age: 3 }]],
    [`[reduce(map(${dogs}, lambda('d', lambdaVariables('d').age)), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]`, 10],
    [`[map(sort(${dogs}, lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age))), lambda('d', lambdaVariables('d').name))]`, ['Indy', 'Casper', 'Evie']],
    [`[toObject(${dogs}, lambda('d', lambdaVariables('d').name), lambda('d', lambdaVariables('d').age))]`, { Evie: 5, Casper: 3, Indy: 2 }],
    ["[groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))]", { f: ['foo'], b: ['bar', 'baz'] }],
    ["[mapValues(createObject('a', 1, 'b', 2), lambda('v', mul(lambdaVariables('v'), 10)))]", { a: 10, b: 20 }],
  ])('%s', async (expression, expected) => {
    expect(await ev(expression)).toEqual(expected);
  });

  test('a lambda variable outside its lambda, and a non-lambda argument, are errors', async () => {
    expect((await evaluationError(ev("[lambdaVariables('x')]"))).detail).toBe("lambdaVariables('x'): no lambda parameter of that name encloses this expression.");
    expect((await evaluationError(ev("[map(createArray(1), 'x')]"))).detail).toBe('map: argument 2 must be a lambda(...).');
  });
});

describe('more object functions', () => {
  test.each([
    ["[objectKeys(createObject('a', 1, 'b', 2))]", ['a', 'b']],
    ["[tryGet(createObject('a', createObject('b', 1)), 'a', 'b')]", 1],
    ["[tryGet(createObject('a', 1), 'missing')]", null],
    ['[flatten(createArray(createArray(1, 2), createArray(3)))]', [1, 2, 3]],
    ["[shallowMerge(createArray(createObject('a', 1, 'b', createObject('c', 1)), createObject('b', 2)))]", { a: 1, b: 2 }],
  ])('%s', async (expression, expected) => {
    expect(await ev(expression)).toEqual(expected);
  });
});

test('a nested deployment with inner scope keeps its template for the nested deployment to evaluate', async () => {
  const { resources } = await evaluateTemplate(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'pid-00000000-0000-0000-0000-000000000000-partnercenter',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { where: { value: '[resourceGroup().location]' } },
            template: { $schema: 'x', contentVersion: '1.0.0.0', parameters: { where: { type: 'string' } }, resources: [], outputs: { w: { type: 'string', value: "[parameters('where')]" } } },
          },
        },
      ],
    },
    {},
    scope,
  );
  const properties = resources[0]!.body.properties as { parameters: unknown; template: { outputs: { w: { value: string } } } };
  expect(properties.parameters).toEqual({ where: { value: 'westeurope' } });
  expect(properties.template.outputs.w.value).toBe("[parameters('where')]");
});
