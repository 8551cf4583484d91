import { requiredParametersRule } from '../../shared/validate/rules/adf/required-parameters.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const child = json({ name: 'Child', properties: { parameters: { day: { type: 'String' }, folder: { type: 'String', defaultValue: 'out' } }, activities: [] } });
const call = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'RunChild',
  type: 'ExecutePipeline',
  ...extra,
  typeProperties: { pipeline: { referenceName: 'Child', type: 'PipelineReference' }, waitOnCompletion: true, parameters },
});
const parent = (...activities: unknown[]) => json({ name: 'Parent', properties: { activities } });
const messages = (text: string) => check(requiredParametersRule, memoryUnit({ 'pipeline/Child.json': child, 'pipeline/Parent.json': text })).map((f) => f.message);

describe('adf/required-parameters: Execute Pipeline calls', () => {
  test('a call that passes every parameter without a default passes', () => {
    expect(messages(parent(call({ day: '2026-01-01' })))).toEqual([]);
  });

  test('a missing parameter and an undeclared one are errors', () => {
    expect(messages(parent(call({ dya: '2026-01-01' })))).toEqual([
      "Activity 'RunChild' runs pipeline 'Child' without its parameter 'day', which has no default value; supply it under parameters.",
      "Activity 'RunChild' passes parameter 'dya' to pipeline 'Child', which declares no such parameter; remove it or declare it in the pipeline.",
    ]);
  });

  test('each parameter a call leaves out is its own finding, so a partial fix leaves the others unchanged', () => {
    const wide = json({ name: 'Child', properties: { parameters: { day: { type: 'String' }, folder: { type: 'String', defaultValue: 'out' }, region: { type: 'String' }, tenant: { type: 'String' } }, activities: [] } });
    const run = (given: Record<string, unknown>) => check(requiredParametersRule, memoryUnit({ 'pipeline/Child.json': wide, 'pipeline/Parent.json': parent(call(given)) })).map((f) => f.message);
    const missing = (name: string) => `Activity 'RunChild' runs pipeline 'Child' without its parameter '${name}', which has no default value; supply it under parameters.`;
    expect(run({})).toEqual([missing('day'), missing('region'), missing('tenant')]);
    expect(run({ region: 'eu' })).toEqual([missing('day'), missing('tenant')]);
  });

  test('a deactivated call, or one inside a deactivated container, is left alone, as the service publishes it unchecked', () => {
    expect(messages(parent(call({}, { state: 'Inactive', onInactiveMarkAs: 'Succeeded' })))).toEqual([]);
    const loop = { name: 'Loop', type: 'ForEach', state: 'Inactive', typeProperties: { items: { value: '@createArray(1)', type: 'Expression' }, activities: [call({})] } };
    expect(messages(parent(loop))).toEqual([]);
    expect(messages(parent({ ...loop, state: 'Active' }))).toHaveLength(1);
  });
});
