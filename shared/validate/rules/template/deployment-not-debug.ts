import { allScopedResources, describeResource } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { dig, valueOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/** Nested deployments must not log request or response content: it can hold secrets. */
export const deploymentNotDebugRule: Rule = {
  id: 'template/deployment-not-debug',
  armTtk: 'Deployment-Resources-Must-Not-Be-Debug',
  severity: 'error',
  description: "Remove properties.debugSetting from Microsoft.Resources/deployments resources (or set its detailLevel to 'none').",
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const resource of allScopedResources(document.root)) {
        if (resource.type.toLowerCase() !== 'microsoft.resources/deployments') continue;
        const detailLevel = dig(resource.node, 'properties', 'debugSetting', 'detailLevel');
        const value = valueOf(detailLevel);
        // arm-ttk only objects to a value that is set: '', null and false pass.
        if (value === undefined || value === null || value === '' || value === false) continue;
        if (typeof value === 'string' && value.toLowerCase() === 'none') continue;
        context.report(
          document,
          detailLevel,
          `${describeResource(resource)} logs ${typeof value === 'string' ? `'${value}'` : 'its'} deployment content (debugSetting.detailLevel), which can expose secrets in the deployment history; remove debugSetting or set detailLevel to 'none'.`,
        );
      }
    }
  },
};
