import { callNamed, isMemberOf, memberName, nodesWhere, type AdfCall, type AdfExpression, type AdfMember } from '../../datafactory/adf-expression.js';
import { describeObject, kindWord } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

const TRIGGER_FUNCTIONS = new Set(['trigger', 'triggerbody', 'triggeroutputs']);

/** A call of trigger(), triggerBody() or triggerOutputs(). */
function triggerCall(node: AdfExpression): node is AdfCall {
  return node.type === 'call' && TRIGGER_FUNCTIONS.has(node.name.toLowerCase());
}

/** `pipeline().RunId` and the other system variables: pipeline() read for anything but its parameter sections. */
function pipelineSystemVariable(node: AdfExpression): node is AdfMember {
  if (!isMemberOf(node, (target) => callNamed(target, 'pipeline') !== undefined)) return false;
  const name = memberName(node)!.toLowerCase();
  return name !== 'parameters' && name !== 'globalparameters';
}

/** Where a value the object cannot read itself has to come from. */
const PASS_IN: Partial<Record<string, string>> = {
  pipeline: 'have the trigger pass it as a pipeline parameter and read pipeline().parameters.<name>',
  dataset: 'pass it as a dataset parameter and read dataset().<name>',
  linkedService: 'pass it as a linked service parameter and read linkedService().<name>',
};

/**
 * The functions that read a run's context exist only where that context does: trigger(),
 * triggerBody() and triggerOutputs() in a trigger's definition, pipeline()'s system variables in
 * a pipeline (its parameters are `adf/expression-parameters`' concern). Elsewhere the run fails
 * with "the template function is not defined or not valid".
 */
export const expressionScopeRule: Rule = {
  id: 'adf/expression-scope',
  armTtk: null,
  severity: 'error',
  description: "Read trigger() only in triggers and pipeline()'s system variables only in pipelines; elsewhere pass the value in as a parameter.",
  helpUri: ADF_DOCS.systemVariables,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      const object = site.object;
      const passIn = PASS_IN[object.kind];
      if (object.kind !== 'trigger') {
        for (const call of nodesWhere(site.parsed, 'trigger functions', triggerCall)) {
          reportInString(context, object.document, site.node, call.start, `${call.name}() is available only in a trigger, not in a ${kindWord(object.kind)}; ${passIn ?? 'pass the value in as a parameter'}.`);
        }
      }
      // Datasets and linked services are evaluated for the activity that uses them, with no pipeline() of their own.
      if (object.kind === 'dataset' || object.kind === 'linkedService') {
        for (const node of nodesWhere(site.parsed, 'pipeline() system variable', pipelineSystemVariable)) {
          reportInString(context, object.document, site.node, node.target.start, `pipeline().${memberName(node)} is available only in pipelines; ${describeObject(object)} cannot read it: ${passIn}.`);
        }
      }
    }
  },
};
