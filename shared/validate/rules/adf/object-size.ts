import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, type AdfKind } from '../../datafactory/factory-model.js';
import { valueOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** Bytes per object: 200 KB for pipelines, 100 KB (the default) for datasets and linked services. */
export const OBJECT_SIZE_LIMITS: Partial<Record<AdfKind, number>> = { pipeline: 200 * 1024, dataset: 100 * 1024, linkedService: 100 * 1024 };

export const objectSizeRule: Rule = {
  id: 'adf/object-size',
  armTtk: null,
  severity: 'error',
  description: 'Keep each pipeline under 200 KB and each dataset or linked service under 100 KB of JSON: split the pipeline or move large values out.',
  helpUri: ADF_DOCS.limits,
  check(context) {
    for (const object of factoryModel(context).objects) {
      const limit = OBJECT_SIZE_LIMITS[object.kind];
      const body = object.properties;
      // The source text (with whitespace) is never smaller than the compact JSON the service
      // counts: the whole file's is checked first, as a node's length may cost a scan to find.
      if (limit === undefined || !body) continue;
      if (object.root === object.document.root && object.document.text.length <= limit) continue;
      if (body.length <= limit) continue;
      const bytes = Buffer.byteLength(JSON.stringify(valueOf(body)));
      if (bytes > limit) {
        context.report(object.document, object.nameNode ?? body, `${describeObject(object)} is ${(bytes / 1024).toFixed(0)} KB as compact JSON; Data Factory accepts ${limit / 1024} KB per ${object.kind === 'pipeline' ? 'pipeline' : 'dataset or linked service'}. Make it smaller.`);
      }
    }
  },
};
