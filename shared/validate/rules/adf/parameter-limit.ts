import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, objectsOfKind } from '../../datafactory/factory-model.js';
import { declaredParameters } from '../../datafactory/parameters.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

export const MAX_PIPELINE_PARAMETERS = 50;

export const parameterLimitRule: Rule = {
  id: 'adf/parameter-limit',
  armTtk: null,
  severity: 'error',
  description: 'Keep each pipeline at 50 parameters or fewer: pass related values as one Object or Array parameter.',
  helpUri: ADF_DOCS.limits,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      const count = declaredParameters(pipeline).length;
      if (count > MAX_PIPELINE_PARAMETERS) {
        context.report(pipeline.document, prop(pipeline.properties, 'parameters'), `${describeObject(pipeline)} declares ${count} parameters; Data Factory allows at most ${MAX_PIPELINE_PARAMETERS}. Group some into an Object parameter.`);
      }
    }
  },
};
