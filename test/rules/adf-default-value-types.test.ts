import { defaultValueTypesRule } from '../../shared/validate/rules/adf/default-value-types.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const messages = (parameters: Record<string, unknown>) =>
  check(defaultValueTypesRule, memoryUnit({ 'pipeline/P.json': JSON.stringify({ name: 'P', properties: { parameters, activities: [] } }, null, 2) })).map((f) => f.message);

test('defaults of the declared type pass, in any case of the type name', () => {
  expect(
    messages({
      a: { type: 'String', defaultValue: 'x' },
      b: { type: 'SecureString', defaultValue: 'x' },
      c: { type: 'int', defaultValue: 2 },
      d: { type: 'Integer', defaultValue: 2 },
      e: { type: 'Float', defaultValue: 1.5 },
      f: { type: 'Bool', defaultValue: true },
      g: { type: 'Boolean', defaultValue: false },
      h: { type: 'Array', defaultValue: [] },
      i: { type: 'Object', defaultValue: {} },
      j: { type: 'Int', defaultValue: '@pipeline().parameters.c' },
      k: { type: 'Int', defaultValue: null },
    }),
  ).toEqual([]);
});

test('a fraction for an Int, a string for a Bool and an unknown type name are errors', () => {
  expect(messages({ a: { type: 'Int', defaultValue: 1.5 }, b: { type: 'Bool', defaultValue: 'true' }, c: { type: 'Date', defaultValue: '2026-01-01' } })).toEqual([
    "Pipeline 'P': the default value of parameter 'a' is a number, but its type is Int; make them match.",
    "Pipeline 'P': the default value of parameter 'b' is a string, but its type is Bool; make them match.",
    "Pipeline 'P': parameter 'c' has type 'Date'; use String, Int, Float, Bool, Array, Object or SecureString.",
  ]);
});
