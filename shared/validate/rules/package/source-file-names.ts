import type { Rule } from '../../rule.js';
import { CREATE_UI_DEFINITION, folderOf, locate, MAIN_TEMPLATE, VIEW_DEFINITION } from './package-names.js';

/**
 * An app folder may name its template `azuredeploy.json` or use another case while it is being
 * written (mapp reads it either way), but the package built from it must use the exact names at
 * its root. A warning here, so the source can stay as it is until it is packed; the same names
 * in a built .zip are errors (`package/main-template-name`, `package/create-ui-definition-name`).
 */
export const sourceFileNamesRule: Rule = {
  id: 'package/source-file-names',
  armTtk: null,
  severity: 'warning',
  description: "In the app folder, use the names the package needs: 'mainTemplate.json', 'createUiDefinition.json' and 'viewDefinition.json', at the root.",
  check(context) {
    if (context.unit.kind !== 'folder') return;
    for (const required of [MAIN_TEMPLATE, CREATE_UI_DEFINITION, VIEW_DEFINITION]) {
      const { root, nested } = locate(context.unit.files, required);
      if (root && root.path !== required.name) {
        context.reportAt(
          root.display,
          1,
          1,
          `This file is named '${root.path}'; the managed application package must call it '${required.name}' (case-sensitive). Rename it so the package built from this folder is accepted.`,
        );
      } else if (!root && nested && required !== VIEW_DEFINITION) {
        context.reportAt(
          nested.display,
          1,
          1,
          `${required.name} is in '${folderOf(nested)}/'; the package needs it at the root of the app folder. Move it up.`,
        );
      }
    }
  },
};
