import { callsWithStringArgument } from '../../datafactory/adf-expression.js';
import { activityValue, pipelineGraph } from '../../datafactory/activity-graph.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel, objectsOfKind, type AdfObject } from '../../datafactory/factory-model.js';
import { declaredVariables, hasName } from '../../datafactory/parameters.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import { dig } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

function missing(pipeline: AdfObject, name: string): string {
  const closest = closestName(name, declaredVariables(pipeline).map((d) => d.name));
  return closest ? ` Did you mean '${closest}'?` : ' Declare it under properties.variables.';
}

/** `variables('x')` and the targets of Set Variable and Append Variable activities are variables the pipeline declares. */
export const expressionVariablesRule: Rule = {
  id: 'adf/expression-variables',
  armTtk: null,
  severity: 'error',
  description: "Declare the variable under the pipeline's properties.variables, or fix its name.",
  helpUri: ADF_DOCS.setVariable,
  check(context) {
    const model = factoryModel(context);
    for (const site of expressionSites(model)) {
      for (const call of callsWithStringArgument(site.parsed, 'variables')) {
        const argument = call.args[0];
        if (site.object.kind !== 'pipeline') {
          reportInString(context, site.object.document, site.node, call.start, `variables() is available only in pipelines; ${describeObject(site.object)} cannot read variable '${argument.value}'.`);
        } else if (!hasName(declaredVariables(site.object), argument.value)) {
          reportInString(context, site.object.document, site.node, argument.start, `${describeObject(site.object)} reads variable '${argument.value}', which it does not declare.${missing(site.object, argument.value)}`);
        }
      }
    }
    for (const pipeline of objectsOfKind(model, 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        const type = (activity.type ?? '').toLowerCase();
        if (type !== 'setvariable' && type !== 'appendvariable') continue;
        if (activityValue(activity, 'typeProperties', 'setSystemVariable') === true) continue;
        const name = activityValue(activity, 'typeProperties', 'variableName');
        if (typeof name !== 'string' || name.startsWith('@') || hasName(declaredVariables(pipeline), name)) continue;
        context.report(pipeline.document, dig(activity.node, 'typeProperties', 'variableName'), `Activity '${activity.name ?? ''}' sets variable '${name}', which ${describeObject(pipeline).replace(/^./, (c) => c.toLowerCase())} does not declare.${missing(pipeline, name)}`);
      }
    }
  },
};
