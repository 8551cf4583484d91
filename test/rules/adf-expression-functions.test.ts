import { allFunctionNames, functionSignature } from '../../shared/validate/datafactory/adf-functions.js';
import { expressionFunctionsRule } from '../../shared/validate/rules/adf/expression-functions.js';
import { at } from '../helpers/cuid-harness.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';
import { findingsFor } from '../helpers/validate-fixture.js';

const pipeline = (values: string[]) =>
  JSON.stringify(
    {
      name: 'P',
      properties: {
        variables: { v: { type: 'String' } },
        activities: values.map((value, i) => ({ name: `Set${i}`, type: 'SetVariable', typeProperties: { variableName: 'v', value } })),
      },
    },
    null,
    2,
  );
const run = (text: string) => check(expressionFunctionsRule, memoryUnit({ 'pipeline/P.json': text }));
const messages = (values: string[]) => run(pipeline(values)).map((f) => f.message);

describe('adf/expression-functions: argument counts', () => {
  test('optional and repeated arguments pass', () => {
    expect(
      messages([
        '@utcNow()',
        "@utcNow('yyyy')",
        "@addDays(utcNow(), 1, 'yyyy')",
        '@addDays(utcNow(), -1)',
        '@formatDateTime(utcNow())',
        "@formatDateTime(utcNow(), 'yyyy-MM-dd', 'en-US')",
        "@concat('a')",
        "@concat('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')",
        "@substring('abc', 1)",
        "@substring('abc', 1, 1)",
        "@parseDateTime('20/10/2014', 'fr-FR', 'dd/MM/yyyy')",
        "@isFloat('1,5', 'fr-FR')",
        "@float('1.5')",
        '@guid()',
        "@guid('N')",
        '@createArray()',
        '@max(createArray(1, 2))',
        '@min(1, 2, 3)',
        '@and(true, true, false)',
        "@coalesce(null, 'x')",
        "@sort(createArray(1), 'name')",
        "@concat(pipeline().RunId, activity('A').output, variables('v'), item(), dataset().p, linkedService().p)",
        '@{string(triggerBody())}@{string(triggerOutputs())}@{string(trigger().startTime)}',
      ]),
    ).toEqual([]);
  });

  test('too few and too many arguments are errors at the call, naming the parameters', () => {
    const text = pipeline(['@addDays(utcNow())', "@if(equals(1), 'a', 'b')", 'day @{equals(1, 2, 3)}', '@formatDateTime()', "@utcNow('a', 'b', 'c')", "@pipeline('x').RunId", '@activity()']);
    expect(run(text)).toEqual([
      expect.objectContaining({ ...at(text, 'addDays'), message: 'addDays takes 2 or 3 arguments (timestamp, days[, format]); this call gives 1.' }),
      expect.objectContaining({ ...at(text, 'equals(1)'), message: 'equals takes 2 arguments (object1, object2); this call gives 1.' }),
      expect.objectContaining({ ...at(text, 'equals(1, 2, 3)'), message: 'equals takes 2 arguments (object1, object2); this call gives 3.' }),
      expect.objectContaining({ ...at(text, 'formatDateTime()'), message: 'formatDateTime takes 1 to 3 arguments (timestamp[, format[, locale]]); this call gives 0.' }),
      expect.objectContaining({ ...at(text, "utcNow('a'"), message: 'utcNow takes at most 1 argument ([format]); this call gives 3.' }),
      expect.objectContaining({ ...at(text, "pipeline('x')"), message: 'pipeline takes no arguments; this call gives 1.' }),
      expect.objectContaining({ ...at(text, 'activity()'), message: 'activity takes 1 argument (activityName); this call gives 0.' }),
    ]);
  });
});

test('a call gets either the unknown-name error or the argument-count one, never both', () => {
  expect(messages(['@toString(1, 2)', '@utcnow(1, 2)'])).toEqual([
    'Unknown function toString() in the expression; Data Factory has no such function. Did you mean string()?',
    'utcNow takes at most 1 argument ([format]); this call gives 2.',
  ]);
});

test('every function has bounds, and each bound agrees with its parameter names', () => {
  for (const name of allFunctionNames()) {
    const signature = functionSignature(name)!;
    expect(signature.min).toBeLessThanOrEqual(signature.max);
    if (signature.max !== Infinity) expect(signature.parameters.split(',').filter((p) => /\w/.test(p)).length).toBe(signature.max);
  }
  expect(functionSignature('ADDDAYS')).toMatchObject({ name: 'addDays', min: 2, max: 3 });
  expect(functionSignature('concat')).toMatchObject({ min: 1, max: Infinity });
  expect(functionSignature('createArray')).toMatchObject({ min: 0, max: Infinity });
});

test('the committed factories and examples are clean', () => {
  for (const folder of ['test/fixtures/adf-factory', 'test/fixtures/adf-factory-incremental', 'test/fixtures/synapse-workspace', 'examples/graph-data-connect-app']) {
    expect(findingsFor(folder).filter((f) => f.ruleId === expressionFunctionsRule.id)).toEqual([]);
  }
});
