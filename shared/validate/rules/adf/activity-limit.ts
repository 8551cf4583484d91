import { pipelineGraph } from '../../datafactory/activity-graph.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** Activities per pipeline, inner activities of containers included: the default limit and the most support can raise it to. */
export const DEFAULT_ACTIVITY_LIMIT = 80;
export const MAX_ACTIVITY_LIMIT = 120;

/** A pipeline with more than 120 activities, nested ones counted, cannot be deployed. */
export const activityLimitRule: Rule = {
  id: 'adf/activity-limit',
  armTtk: null,
  severity: 'error',
  description: 'Keep each pipeline at 120 activities or fewer, counting those inside containers: move a part into another pipeline run by Execute Pipeline.',
  helpUri: ADF_DOCS.limits,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      const count = pipelineGraph(pipeline).all.length;
      if (count > MAX_ACTIVITY_LIMIT) {
        context.report(pipeline.document, prop(pipeline.properties, 'activities') ?? pipeline.nameNode, `${describeObject(pipeline)} has ${count} activities counting nested ones; Data Factory allows at most ${MAX_ACTIVITY_LIMIT}. Split it with Execute Pipeline.`);
      }
    }
  },
};

/** Over 80 activities needs a raised limit from support; warn before the pipeline fails to deploy in a factory still at the default. */
export const activityCountRule: Rule = {
  id: 'adf/activity-count',
  armTtk: null,
  severity: 'warning',
  description: 'Keep each pipeline at 80 activities or fewer (the default limit), or make sure the factory has a raised limit.',
  helpUri: ADF_DOCS.limits,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      const count = pipelineGraph(pipeline).all.length;
      if (count > DEFAULT_ACTIVITY_LIMIT && count <= MAX_ACTIVITY_LIMIT) {
        context.report(pipeline.document, prop(pipeline.properties, 'activities') ?? pipeline.nameNode, `${describeObject(pipeline)} has ${count} activities counting nested ones; the default limit is ${DEFAULT_ACTIVITY_LIMIT} (${MAX_ACTIVITY_LIMIT} after a support request). Consider splitting it.`);
      }
    }
  },
};
