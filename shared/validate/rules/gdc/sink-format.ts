import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { office365Copies } from '../../datafactory/office365-copies.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/**
 * The extraction writes JSON files; a Json dataset writes them as setOfObjects, a Binary one
 * copies them as they are (what Microsoft's Data Connect quickstart picks).
 */
const SINK_DATASETS = new Set(['json', 'binary']);
const LEGACY_DATASETS = new Set(['azureblob', 'azureblobfsfile']);

/** An Office 365 copy writes JSON files: to a Json dataset (set of objects), a Binary dataset, or a legacy blob dataset with JsonFormat. */
export const sinkFormatRule: Rule = {
  id: 'gdc/sink-format',
  armTtk: null,
  severity: 'error',
  description: 'Make the Office 365 copy sink a Json dataset written as setOfObjects, or a Binary dataset.',
  helpUri: ADF_DOCS.office365,
  check(context) {
    for (const copy of office365Copies(context)) {
      const dataset = copy.outputDataset;
      const type = stringOf(prop(dataset?.properties, 'type'))?.toLowerCase();
      if (dataset && type !== undefined) {
        const legacyFormat = stringOf(dig(dataset.properties, 'typeProperties', 'format', 'type'))?.toLowerCase();
        const accepted = SINK_DATASETS.has(type) || (LEGACY_DATASETS.has(type) && legacyFormat === 'jsonformat');
        if (!accepted) {
          context.report(copy.pipeline.document, copy.outputReference, `Copy activity '${copy.activity.name ?? ''}' writes Office 365 data to ${describeObject(dataset).replace(/^./, (c) => c.toLowerCase())} of type ${stringOf(prop(dataset.properties, 'type'))}; Graph Data Connect writes JSON files only. Use a Json or Binary dataset, and convert in a later copy.`);
          continue;
        }
      }
      const pattern = dig(copy.sink, 'formatSettings', 'filePattern');
      const value = stringOf(pattern);
      if (value !== undefined && !value.startsWith('@') && value.toLowerCase() !== 'setofobjects') {
        context.report(copy.pipeline.document, pattern, `Copy activity '${copy.activity.name ?? ''}' writes JSON as '${value}'; Graph Data Connect writes setOfObjects (one object per line). Set filePattern to setOfObjects.`);
      }
    }
  },
};
