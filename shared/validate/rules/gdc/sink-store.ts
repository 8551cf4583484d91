import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { office365Copies } from '../../datafactory/office365-copies.js';
import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/** Linked service types of the two stores an Office 365 copy may write to. */
export const GDC_SINK_TYPES = new Set(['azureblobstorage', 'azurestorage', 'azureblobfs']);

/** An Office 365 copy writes only to Azure Blob Storage or Azure Data Lake Storage Gen2. */
export const sinkStoreRule: Rule = {
  id: 'gdc/sink-store',
  armTtk: null,
  severity: 'error',
  description: 'Write the Office 365 copy to Azure Blob Storage or Azure Data Lake Storage Gen2, and load it elsewhere with a second copy.',
  helpUri: ADF_DOCS.office365,
  check(context) {
    for (const copy of office365Copies(context)) {
      const service = copy.sinkLinkedService;
      const type = stringOf(prop(service?.properties, 'type'));
      if (!service || type === undefined || GDC_SINK_TYPES.has(type.toLowerCase())) continue;
      context.report(copy.pipeline.document, copy.outputReference, `Copy activity '${copy.activity.name ?? ''}' writes Office 365 data through ${describeObject(service).replace(/^./, (c) => c.toLowerCase())} of type ${type}; Graph Data Connect delivers only to Azure Blob Storage (AzureBlobStorage) or Data Lake Storage Gen2 (AzureBlobFS).`);
    }
  },
};
