import { factoryModel } from '../../datafactory/factory-model.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import type { Rule } from '../../rule.js';

/** In a Git integration each object lives in `<kind>/<name>.json`; the service loses track of a file named otherwise. */
export const fileNameRule: Rule = {
  id: 'adf/file-name',
  armTtk: null,
  severity: 'error',
  description: "Name each Data Factory file after the object's 'name' (pipeline/<name>.json).",
  helpUri: ADF_DOCS.sourceControl,
  check(context) {
    for (const object of factoryModel(context).objects) {
      if (object.factory.source === 'arm' || object.fileName === undefined || object.name === undefined) continue;
      if (object.name !== object.fileName) {
        context.report(
          object.document,
          object.nameNode,
          `${describeObject(object)} is in '${object.fileName}.json'; Data Factory names the file after the object. Rename the file to '${object.name}.json' or the object to '${object.fileName}'.`,
        );
      }
    }
  },
};
