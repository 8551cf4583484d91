import { templateDocuments } from '../../arm/template-documents.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

const DEPRECATED_SCHEMA = 'https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#';
const RECOMMENDED_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** The deployment template schemas arm-ttk accepts. */
export const VALID_TEMPLATE_SCHEMAS: readonly string[] = [
  DEPRECATED_SCHEMA,
  RECOMMENDED_SCHEMA,
  'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
  'https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#',
  'https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#',
];

/** Each deployment template declares one of the current deployment template schemas. */
export const schemaCorrectRule: Rule = {
  id: 'template/schema-correct',
  armTtk: 'DeploymentTemplate-Schema-Is-Correct',
  severity: 'warning',
  description: `Set "$schema" to ${RECOMMENDED_SCHEMA} (or the subscription, management group or tenant deployment schema).`,
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      const root = document.root;
      if (root?.type !== 'object') continue;
      const schema = prop(root, '$schema');
      if (!schema) {
        context.report(document, root, `The template has no "$schema"; add "$schema": "${RECOMMENDED_SCHEMA}".`);
        continue;
      }
      const value = schema.type === 'string' ? (schema.value as string) : undefined;
      if (value === undefined || !VALID_TEMPLATE_SCHEMAS.some((s) => s.toLowerCase() === value.toLowerCase())) {
        context.report(document, schema, `"$schema" is ${value === undefined ? 'not a string' : `'${value}'`}; use "${RECOMMENDED_SCHEMA}".`);
      } else if (value.toLowerCase() === DEPRECATED_SCHEMA.toLowerCase()) {
        context.report(document, schema, `Schema version 2015-01-01 is deprecated and no longer maintained; use "${RECOMMENDED_SCHEMA}".`);
      }
    }
  },
};
