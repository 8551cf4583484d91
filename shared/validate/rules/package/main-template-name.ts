import type { Rule } from '../../rule.js';
import { checkZipName, MAIN_TEMPLATE } from './package-names.js';

/** In a built package the template must be `mainTemplate.json`, exactly, at the root. */
export const mainTemplateNameRule: Rule = {
  id: 'package/main-template-name',
  armTtk: null,
  severity: 'error',
  description: "Name the package's template exactly 'mainTemplate.json' and put it at the root of the zip.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
  check(context) {
    checkZipName(context, MAIN_TEMPLATE);
  },
};
