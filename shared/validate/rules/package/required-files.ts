import { READABLE_RULE_ID } from '../../load-zip.js';
import type { Rule } from '../../rule.js';
import { CREATE_UI_DEFINITION, locate, MAIN_TEMPLATE } from './package-names.js';

/**
 * A managed application package holds both `mainTemplate.json` and `createUiDefinition.json`.
 * Files that exist under another case or in a subfolder are left to the name rules, so this
 * reports only a file that is absent altogether.
 */
export const requiredFilesRule: Rule = {
  id: 'package/required-files',
  armTtk: null,
  severity: 'error',
  description: 'Add both mainTemplate.json and createUiDefinition.json at the root of the package.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
  check(context) {
    const { unit } = context;
    if (unit.kind === 'file') return;
    // A Data Factory Git-integration folder on its own is not a package.
    if (unit.dataFactory && !unit.template && !unit.createUiDefinition) return;
    // An unreadable zip has no files to look at; package/readable already says why.
    if (unit.loadProblems.some((p) => p.ruleId === READABLE_RULE_ID) && unit.files.length === 0) return;
    const where = unit.kind === 'zip' ? 'at the root of the zip' : 'at the root of the app folder';
    for (const required of [MAIN_TEMPLATE, CREATE_UI_DEFINITION]) {
      const { root, nested } = locate(unit.files, required);
      if (!root && !nested) {
        context.reportAt(
          unit.display,
          1,
          1,
          `${unit.display} has no ${required.name}; a managed application package needs both mainTemplate.json and createUiDefinition.json ${where}. Add ${required.name} there.`,
        );
      }
    }
  },
};
