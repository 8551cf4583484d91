import { expressionTypesRule } from '../../shared/validate/rules/adf/expression-types.js';
import { forEachParallelVariablesRule } from '../../shared/validate/rules/adf/foreach-parallel-variables.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';
import { at } from '../helpers/cuid-harness.js';

const declarations = {
  parameters: { list: { type: 'String', defaultValue: 'a,b' }, tables: { type: 'Array' }, limit: { type: 'Int' }, flag: { type: 'Bool' } },
  variables: { s: { type: 'String' }, arr: { type: 'Array' }, b: { type: 'Boolean' }, n: { type: 'Integer' } },
};
const pipelineText = (activities: unknown[]) => JSON.stringify({ name: 'P', properties: { ...declarations, activities } }, null, 2);
const messages = (rule: typeof expressionTypesRule, activities: unknown[]) => check(rule, memoryUnit({ 'pipeline/P.json': pipelineText(activities) })).map((f) => f.message);
const set = (variableName: string, value: unknown) => ({ name: 'Set', type: 'SetVariable', typeProperties: { variableName, value } });
const expression = (value: string) => ({ value, type: 'Expression' });

describe('adf/expression-types', () => {
  test('Set Variable: a value of the variable type passes, whatever form it takes', () => {
    const fine = [
      set('s', 'plain text'),
      set('s', "@concat('a', 'b')"),
      set('s', '@{length(pipeline().parameters.tables)} tables'),
      set('s', expression("@formatDateTime(utcNow(), 'yyyy')")),
      set('arr', ['a']),
      set('arr', '@split(pipeline().parameters.list, \',\')'),
      set('arr', '@pipeline().parameters.tables'),
      set('b', true),
      set('b', "@equals(variables('s'), 'x')"),
      set('n', 3),
      set('n', '@add(pipeline().parameters.limit, 1)'),
      set('s', "@if(pipeline().parameters.flag, 'yes', 'no')"),
      // Not known before the run: left alone.
      set('s', '@item()'),
      set('s', "@activity('Other').output.value"),
      set('s', "@first(pipeline().parameters.tables)"),
      set('s', "@if(pipeline().parameters.flag, 'yes', 1)"),
      set('s', '@concat('),
      set('undeclared', 3),
    ];
    for (const activity of fine) expect(messages(expressionTypesRule, [activity])).toEqual([]);
  });

  test('Set Variable: a value of another type is an error at the value', () => {
    const text = pipelineText([set('s', expression("@length(pipeline().parameters.tables)"))]);
    expect(check(expressionTypesRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({ ...at(text, '"value": {'), message: "SetVariable 'Set' sets variable 's' (String) to a number, and the run fails; wrap it in string(), or change the variable's type." }),
    ]);
    expect(messages(expressionTypesRule, [set('arr', 'a,b')])).toEqual([
      "SetVariable 'Set' sets variable 'arr' (Array) to a String, and the run fails; split() a delimited string, or wrap a single value in createArray(), or change the variable's type.",
    ]);
    expect(messages(expressionTypesRule, [set('b', "@variables('s')")])).toEqual([
      "SetVariable 'Set' sets variable 'b' (Boolean) to a String, and the run fails; compare it (equals(), greater(), ...) or convert it with bool(), or change the variable's type.",
    ]);
    expect(messages(expressionTypesRule, [set('n', '@pipeline().parameters.list')])).toEqual([
      "SetVariable 'Set' sets variable 'n' (Integer) to a String, and the run fails; convert it with int() or float(), or change the variable's type.",
    ]);
  });

  test('Append Variable takes Array variables only', () => {
    const text = pipelineText([{ name: 'Add', type: 'AppendVariable', typeProperties: { variableName: 's', value: 'x' } }]);
    expect(check(expressionTypesRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({ ...at(text, '"variableName": "s"'), message: "AppendVariable 'Add' appends to variable 's', declared as String; only Array variables take appends. Declare it as Array, or use Set Variable." }),
    ]);
    expect(messages(expressionTypesRule, [{ name: 'Add', type: 'AppendVariable', typeProperties: { variableName: 'arr', value: 3 } }])).toEqual([]);
  });

  test('ForEach items must be an Array; If Condition and Until decide on a Bool', () => {
    const loop = (items: unknown) => ({ name: 'Loop', type: 'ForEach', typeProperties: { items, isSequential: true, activities: [] } });
    expect(messages(expressionTypesRule, [loop(expression('@pipeline().parameters.list'))])).toEqual([
      "ForEach 'Loop' iterates over a String; items must be an Array: split() a delimited string, or wrap a single value in createArray().",
    ]);
    expect(messages(expressionTypesRule, [loop(expression('@pipeline().parameters.tables')), loop(expression("@activity('L').output.value"))])).toEqual([]);
    const decide = (type: string, value: string) => ({ name: 'Decide', type, typeProperties: { expression: expression(value), ifTrueActivities: [], activities: [] } });
    expect(messages(expressionTypesRule, [decide('IfCondition', "@variables('s')")])).toEqual([
      "IfCondition 'Decide' decides on a String; its expression must be a Bool: compare it (equals(), greater(), ...) or convert it with bool().",
    ]);
    expect(messages(expressionTypesRule, [decide('Until', '@pipeline().parameters.limit')])).toEqual([
      "Until 'Decide' decides on a number; its expression must be a Bool: compare it (equals(), greater(), ...) or convert it with bool().",
    ]);
    expect(messages(expressionTypesRule, [decide('IfCondition', "@greater(variables('n'), 2)"), decide('Until', '@pipeline().parameters.flag')])).toEqual([]);
  });

  test('activity outputs take the type their activity returns', () => {
    const lookup = (firstRowOnly: boolean) => ({ name: 'Read', type: 'Lookup', typeProperties: { source: { type: 'JsonSource' }, dataset: { referenceName: 'D', type: 'DatasetReference' }, firstRowOnly } });
    const metadata = { name: 'Meta', type: 'GetMetadata', typeProperties: { dataset: { referenceName: 'D', type: 'DatasetReference' }, fieldList: ['childItems', 'exists'] } };
    const loop = (items: string) => ({ name: 'Loop', type: 'ForEach', typeProperties: { items: expression(items), isSequential: true, activities: [] } });
    expect(messages(expressionTypesRule, [lookup(true), loop("@activity('Read').output.firstRow")])).toEqual([
      "ForEach 'Loop' iterates over an Object; items must be an Array: wrap it in createArray().",
    ]);
    expect(messages(expressionTypesRule, [lookup(false), set('s', "@activity('Read').output.count")])).toEqual([
      "SetVariable 'Set' sets variable 's' (String) to a number, and the run fails; wrap it in string(), or change the variable's type.",
    ]);
    expect(messages(expressionTypesRule, [metadata, set('b', "@activity('Meta').output.exists"), loop("@activity('Meta').output.childItems"), lookup(false), { ...loop("@activity('Read').output.value"), name: 'Loop2' }])).toEqual([]);
    const copy = { name: 'Copy', type: 'Copy', typeProperties: { source: { type: 'JsonSource' }, sink: { type: 'JsonSink' } } };
    expect(messages(expressionTypesRule, [copy, set('s', "@activity('Copy').output.rowsCopied"), { ...set('n', "@activity('Copy').output.rowsRead"), name: 'SetN' }, { ...set('s', "@string(activity('Copy').output.dataWritten)"), name: 'SetS' }])).toEqual([
      "SetVariable 'Set' sets variable 's' (String) to a number, and the run fails; wrap it in string(), or change the variable's type.",
    ]);
    // Not returned (adf/expression-activity-output's concern), or not a field with a known type: no type.
    expect(messages(expressionTypesRule, [lookup(true), metadata, set('s', "@activity('Read').output.value"), set('s', "@activity('Meta').output.itemName"), set('s', "@activity('Read').output.firstRow.name"), copy, set('s', "@activity('Copy').output.effectiveIntegrationRuntime")])).toEqual([]);
  });

  test('Set Variable of the pipeline return value is not a declared variable', () => {
    expect(messages(expressionTypesRule, [{ name: 'Return', type: 'SetVariable', typeProperties: { variableName: 's', setSystemVariable: true, value: 3 } }])).toEqual([]);
  });
});

describe('adf/foreach-parallel-variables', () => {
  const loop = (isSequential: unknown, inner: unknown[]) => ({ name: 'Loop', type: 'ForEach', typeProperties: { items: expression('@pipeline().parameters.tables'), ...(isSequential === undefined ? {} : { isSequential }), activities: inner } });

  test('a Set Variable in a parallel ForEach (the default), however deep, is a warning at its variable', () => {
    const text = pipelineText([loop(undefined, [{ name: 'Check', type: 'IfCondition', typeProperties: { expression: expression('@true'), ifTrueActivities: [set('s', '@item()')] } }])]);
    expect(check(forEachParallelVariablesRule, memoryUnit({ 'pipeline/P.json': text }))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ...at(text, '"variableName": "s"'),
        message: "Set Variable 'Set' sets variable 's' inside ForEach 'Loop', whose iterations run in parallel; variables belong to the whole run, so iterations overwrite each other. Set isSequential to true, or move the work into a pipeline run by Execute Pipeline.",
      }),
    ]);
    expect(messages(forEachParallelVariablesRule, [loop(false, [set('s', '@item()')])])).toHaveLength(1);
  });

  test('a sequential loop, an Append Variable, and a Set Variable outside any loop pass', () => {
    expect(messages(forEachParallelVariablesRule, [loop(true, [set('s', '@item()')]), loop(false, [{ name: 'Add', type: 'AppendVariable', typeProperties: { variableName: 'arr', value: '@item()' } }]), set('s', 'x')])).toEqual([]);
  });
});
