import { callNamed, isMemberOf, memberName, memberStart, nodesWhere, type AdfExpression, type AdfMember } from '../../datafactory/adf-expression.js';
import { closestName } from '../../datafactory/closest-name.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel, type AdfObject } from '../../datafactory/factory-model.js';
import { prop, stringOf } from '../../json-nav.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import { andList } from '../../../report/words.js';
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

const isPipelineCall = (node: AdfExpression) => callNamed(node, 'pipeline') !== undefined;

/** A member of `pipeline()` read by name: `pipeline().RunId`, `pipeline()?.TriggeredByPipelineName`, `pipeline()['RunId']`. */
function pipelineMember(node: AdfExpression): node is AdfMember {
  return isMemberOf(node, isPipelineCall);
}

/** What each kind of trigger documents: trigger()'s properties, trigger().outputs' and triggerBody()'s. */
interface TriggerScope {
  readonly type: string;
  readonly trigger: readonly string[];
  readonly outputs?: readonly string[];
  readonly body?: readonly string[];
}

const TRIGGER_SCOPES: readonly TriggerScope[] = [
  { type: 'ScheduleTrigger', trigger: ['scheduledTime', 'startTime'] },
  { type: 'TumblingWindowTrigger', trigger: ['outputs', 'scheduledTime', 'startTime'], outputs: ['windowStartTime', 'windowEndTime'] },
  // Event triggers' outputs hold the event as `body`, which triggerBody() reads.
  { type: 'BlobEventsTrigger', trigger: ['outputs', 'startTime'], outputs: ['body'], body: ['fileName', 'folderPath'] },
  { type: 'CustomEventsTrigger', trigger: ['outputs', 'startTime'], outputs: ['body'], body: ['event'] },
];
const SCOPE_BY_TYPE = new Map(TRIGGER_SCOPES.map((scope) => [scope.type.toLowerCase(), scope]));

const isTriggerCall = (node: AdfExpression) => callNamed(node, 'trigger') !== undefined;
const isTriggerOutputs = (node: AdfExpression) => isMemberOf(node, isTriggerCall) && memberName(node)!.toLowerCase() === 'outputs';
const isTriggerBody = (node: AdfExpression) => callNamed(node, 'triggerBody') !== undefined;


/** What a trigger's expressions may read of trigger(), trigger().outputs and triggerBody(), by its type. */
function checkTrigger(report: (start: number, message: string) => void, object: AdfObject, parsed: Parameters<typeof nodesWhere>[0]): void {
  const type = stringOf(prop(object.properties, 'type'));
  const scope = type === undefined ? undefined : SCOPE_BY_TYPE.get(type.toLowerCase());
  if (scope === undefined) return;
  const judge = (node: AdfMember, what: string, known: readonly string[] | undefined) => {
    const name = memberName(node)!;
    if (known?.some((k) => k.toLowerCase() === name.toLowerCase())) return;
    if (known === undefined) {
      report(memberStart(node), `${what} of a ${scope.type} is not documented, and a run may fail where it is read; use ${andList(scope.trigger.map((t) => `trigger().${t}`))}.`);
      return;
    }
    const closest = closestName(name, known);
    const windowed = scope.outputs?.includes('windowStartTime') ?? false;
    const windows = !windowed && (name.toLowerCase() === 'outputs' || /^window/i.test(name)) ? ' (window start and end times exist only in a TumblingWindowTrigger)' : '';
    const hint = closest ? `did you mean '${closest}'?` : `it has ${andList(known)}.`;
    report(memberStart(node), `${what} of a ${scope.type} has no documented property '${name}'${windows}, and a run fails where it is read; ${hint}`);
  };
  for (const node of nodesWhere(parsed, 'trigger() member', (n): n is AdfMember => isMemberOf(n, isTriggerCall))) judge(node, 'trigger()', scope.trigger);
  if (scope.trigger.includes('outputs')) {
    for (const node of nodesWhere(parsed, 'trigger().outputs member', (n): n is AdfMember => isMemberOf(n, isTriggerOutputs))) judge(node, 'trigger().outputs', scope.outputs);
  }
  for (const node of nodesWhere(parsed, 'triggerBody() member', (n): n is AdfMember => isMemberOf(n, isTriggerBody))) judge(node, 'triggerBody()', scope.body);
}

/**
 * `pipeline()` has the documented system variables and the two parameter sections, and each kind
 * of trigger its own; a run that reads any other property fails when the expression is
 * evaluated. A warning, as the service may answer more than it documents.
 */
export const expressionSystemVariablesRule: Rule = {
  id: 'adf/expression-system-variables',
  armTtk: null,
  severity: 'warning',
  description: "Read only the documented system variables: pipeline()'s (RunId, TriggerTime, ..., parameters, globalParameters) and those of the trigger's type (trigger().scheduledTime, trigger().outputs.windowStartTime, triggerBody().fileName, ...).",
  helpUri: ADF_DOCS.systemVariables,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      if (site.object.kind === 'trigger') checkTrigger((start, message) => reportInString(context, site.object.document, site.node, start, message), site.object, site.parsed);
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
