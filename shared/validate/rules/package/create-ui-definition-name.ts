import type { Rule } from '../../rule.js';
import { checkZipName, CREATE_UI_DEFINITION } from './package-names.js';

/** In a built package the UI definition must be `createUiDefinition.json`, exactly, at the root. */
export const createUiDefinitionNameRule: Rule = {
  id: 'package/create-ui-definition-name',
  armTtk: null,
  severity: 'error',
  description: "Name the package's UI definition exactly 'createUiDefinition.json' and put it at the root of the zip.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
  check(context) {
    checkZipName(context, CREATE_UI_DEFINITION);
  },
};
