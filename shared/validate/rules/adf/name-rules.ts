import type { Node } from 'jsonc-parser';
import { isResolved } from '../../datafactory/arm-strings.js';
import { pipelineGraph } from '../../datafactory/activity-graph.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, type AdfKind } from '../../datafactory/factory-model.js';
import type { Rule } from '../../rule.js';

/** Longest names the service accepts (pipeline and activity from the pipeline JSON reference). */
const MAX_LENGTH: Partial<Record<AdfKind | 'activity', number>> = { pipeline: 140, activity: 55, dataset: 260, linkedService: 260, dataflow: 260, trigger: 260 };
const FORBIDDEN = /[.+?/<>*%&:\\]/;
const NO_DASH = new Set<AdfKind>(['linkedService', 'dataset', 'dataflow']);
const DASHED_NAME = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/**
 * The linked services a Synapse workspace makes for itself, named after the workspace, dash
 * included: `<workspace>-WorkspaceDefaultStorage` and `<workspace>-WorkspaceDefaultSqlServer`.
 */
const SYNAPSE_DEFAULT_LINKED_SERVICE = /^[A-Za-z0-9-]+-WorkspaceDefault(Storage|SqlServer)$/i;

/**
 * What is wrong with an object or activity name, or undefined when it is fine.
 * @param synapse the object is a Synapse workspace's
 */
export function nameProblem(kind: AdfKind | 'activity', name: string, synapse = false): string | undefined {
  if (kind === 'factory' || kind === 'integrationRuntime') {
    if (!DASHED_NAME.test(name)) return 'may hold only letters, digits and single dashes between them, starting and ending with a letter or digit';
    if (kind === 'factory' && (name.length < 3 || name.length > 63)) return `is ${name.length} characters long; a factory name has 3 to 63`;
    return undefined;
  }
  if (!['pipeline', 'dataset', 'linkedService', 'dataflow', 'trigger', 'activity'].includes(kind)) return undefined;
  const max = MAX_LENGTH[kind];
  if (max !== undefined && name.length > max) return `is ${name.length} characters long; the limit is ${max}`;
  if (!/^[A-Za-z0-9_]/.test(name)) return 'must start with a letter, a digit or an underscore';
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) return `holds '${forbidden[0]}'; names may not contain . + ? / < > * % & : \\`;
  const serviceMade = synapse && kind === 'linkedService' && SYNAPSE_DEFAULT_LINKED_SERVICE.test(name);
  if (NO_DASH.has(kind as AdfKind) && name.includes('-') && !serviceMade) return 'holds a dash, which linked service, dataset and data flow names may not contain; use an underscore';
  return undefined;
}

/** The documented naming rules for factories, pipelines, activities, datasets, linked services, data flows, triggers and integration runtimes. */
export const nameRulesRule: Rule = {
  id: 'adf/name-rules',
  armTtk: null,
  severity: 'error',
  description: 'Rename the object or activity to follow the Data Factory naming rules (length, first character, no . + ? / < > * % & : \\, no dash where forbidden).',
  helpUri: ADF_DOCS.naming,
  check(context) {
    for (const object of factoryModel(context).objects) {
      const report = (node: Node | undefined, what: string, problem: string) => context.report(object.document, node ?? object.root, `${what} ${problem}.`);
      if (object.name !== undefined && isResolved(object.name)) {
        const problem = nameProblem(object.kind, object.name, object.factory.synapse === true);
        if (problem) report(object.nameNode, `The name of ${describeObject(object).replace(/^./, (c) => c.toLowerCase())}`, problem);
      }
      if (object.kind !== 'pipeline') continue;
      for (const activity of pipelineGraph(object).all) {
        if (activity.name === undefined || !isResolved(activity.name)) continue;
        const problem = nameProblem('activity', activity.name);
        if (problem) report(activity.nameNode, `Activity name '${activity.name}' in ${describeObject(object).replace(/^./, (c) => c.toLowerCase())}`, problem);
      }
    }
  },
};
