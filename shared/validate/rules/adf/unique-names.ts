import type { Node } from 'jsonc-parser';
import { displayText, isResolved } from '../../datafactory/arm-strings.js';
import { pipelineGraph } from '../../datafactory/activity-graph.js';
import { describeObject, kindWord } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { declaredParameters, declaredVariables } from '../../datafactory/parameters.js';
import type { JsonDocument } from '../../json-document.js';
import type { Rule, RuleContext } from '../../rule.js';

function reportRepeats(context: RuleContext, document: JsonDocument, items: { name: string; node: () => Node | undefined }[], describe: (name: string, first: string) => string): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const key = item.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) context.report(document, item.node(), describe(item.name, first));
    else seen.set(key, item.name);
  }
}

/** Names are case-insensitive: objects of a kind within a factory, activities within a pipeline, parameters and variables within their object. */
export const uniqueNamesRule: Rule = {
  id: 'adf/unique-names',
  armTtk: null,
  severity: 'error',
  description: 'Give each object of a kind in a factory, each activity of a pipeline and each parameter or variable a name unique regardless of case.',
  helpUri: ADF_DOCS.naming,
  check(context) {
    for (const factory of factoryModel(context).factories) {
      const seen = new Map<string, string>();
      for (const object of factory.objects) {
        if (object.name === undefined || !isResolved(object.name) || object.kind === 'factory') continue;
        const key = `${object.kind}\u0000${object.name.toLowerCase()}`;
        const first = seen.get(key);
        if (first !== undefined) {
          context.report(object.document, object.nameNode, `Another ${kindWord(object.kind)} of this factory is already named '${displayText(first)}'; Data Factory names are case-insensitive. Rename one of them.`);
        } else {
          seen.set(key, object.name);
        }
      }
      for (const object of factory.objects) {
        for (const [section, declared] of [['parameter', declaredParameters(object)], ['variable', object.kind === 'pipeline' ? declaredVariables(object) : []]] as const) {
          reportRepeats(context, object.document, declared.map((d) => ({ name: d.name, node: () => d.key })), (name, first) => `${describeObject(object)} declares ${section} '${name}' and '${first}'; names are case-insensitive, so keep one.`);
        }
        if (object.kind !== 'pipeline') continue;
        const activities = pipelineGraph(object).all.filter((a) => a.name !== undefined && isResolved(a.name));
        reportRepeats(context, object.document, activities.map((a) => ({ name: a.name!, node: () => a.nameNode })), (name) => `${describeObject(object)} already has an activity named '${name}' (names are unique across the pipeline, nested activities included, regardless of case); rename this one.`);
      }
    }
  },
};
