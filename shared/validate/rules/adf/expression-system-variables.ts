import { callNamed, memberName, memberStart, nodesWhere, type AdfExpression } from '../../datafactory/adf-expression.js';
import { closestName } from '../../datafactory/closest-name.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/** What `pipeline()` documents: its system variables, then its two parameter sections. */
export const PIPELINE_PROPERTIES: readonly string[] = [
  'DataFactory',
  'Pipeline',
  'RunId',
  'TriggerType',
  'TriggerId',
  'TriggerName',
  'TriggerTime',
  'GroupId',
  'TriggeredByPipelineName',
  'TriggeredByPipelineRunId',
  'parameters',
  'globalParameters',
];
const KNOWN = new Set(PIPELINE_PROPERTIES.map((name) => name.toLowerCase()));

/** A member of `pipeline()` read by name: `pipeline().RunId`, `pipeline()?.TriggeredByPipelineName`, `pipeline()['RunId']`. */
function pipelineMember(node: AdfExpression): node is AdfExpression & { type: 'property' | 'index' } {
  return (node.type === 'property' || node.type === 'index') && callNamed(node.target, 'pipeline') !== undefined && memberName(node) !== undefined;
}

/**
 * `pipeline()` has the documented system variables and the two parameter sections; a run that
 * reads any other property fails when the expression is evaluated. A warning, as the service may
 * answer more than it documents.
 */
export const expressionSystemVariablesRule: Rule = {
  id: 'adf/expression-system-variables',
  armTtk: null,
  severity: 'warning',
  description: 'Read only the documented properties of pipeline(): its system variables (RunId, TriggerTime, ...), parameters and globalParameters.',
  helpUri: ADF_DOCS.systemVariables,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      for (const node of nodesWhere(site.parsed, 'pipeline() member', pipelineMember)) {
        const name = memberName(node)!;
        if (KNOWN.has(name.toLowerCase())) continue;
        const closest = closestName(name, PIPELINE_PROPERTIES);
        const hint = closest ? `did you mean '${closest}'?` : `it has ${PIPELINE_PROPERTIES.slice(0, -2).join(', ')}, parameters and globalParameters.`;
        reportInString(context, site.object.document, site.node, memberStart(node), `pipeline() has no documented property '${name}', and a run fails where it is read; ${hint}`);
      }
    }
  },
};
