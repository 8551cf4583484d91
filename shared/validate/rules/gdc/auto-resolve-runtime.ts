import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { findObject, textOf } from '../../datafactory/factory-model.js';
import { office365Copies } from '../../datafactory/office365-copies.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { AUTO_RESOLVE_RUNTIME } from '../adf/reference-exists.js';

/**
 * Graph Data Connect moves data only within the Microsoft 365 tenant's region: an auto-resolve
 * integration runtime may run the Office 365 copy elsewhere. Pin it to an Azure runtime in the
 * tenant's region.
 */
export const autoResolveRuntimeRule: Rule = {
  id: 'gdc/auto-resolve-runtime',
  armTtk: null,
  severity: 'warning',
  description: "Connect the Office365 linked service through an Azure integration runtime whose location is the Microsoft 365 tenant's region, not AutoResolve.",
  helpUri: ADF_DOCS.office365,
  check(context) {
    const reported = new Set<unknown>();
    for (const copy of office365Copies(context)) {
      const service = copy.sourceLinkedService;
      if (!service || reported.has(service)) continue;
      const connectVia = prop(service.properties, 'connectVia');
      const name = textOf(service.factory, prop(connectVia, 'referenceName'));
      let autoResolve = name === undefined || name.toLowerCase() === AUTO_RESOLVE_RUNTIME.toLowerCase();
      if (!autoResolve && name !== undefined) {
        const runtime = findObject(service.factory, 'integrationRuntime', name);
        const location = stringOf(dig(runtime?.properties, 'typeProperties', 'computeProperties', 'location'));
        autoResolve = location?.toLowerCase() === 'autoresolve';
      }
      if (!autoResolve) continue;
      reported.add(service);
      context.report(service.document, connectVia ?? service.nameNode, `${describeObject(service)} runs on an auto-resolve integration runtime; Graph Data Connect requires the copy to run in the Microsoft 365 tenant's region. Connect it via a Managed integration runtime with that location.`);
    }
  },
};
