import { prop, stringOf, valueOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

/**
 * Managed applications deploy mainTemplate.json with the original template language only;
 * `languageVersion` 2.0 (symbolic resource names, emitted by Bicep for some features) is refused.
 */
export const languageVersionRule: Rule = {
  id: 'package/language-version',
  armTtk: null,
  severity: 'error',
  description: "Remove languageVersion 2.0 from mainTemplate.json: managed applications accept only templates without it (or with '1.0').",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
  check(context) {
    const template = context.template;
    const node = prop(template?.root, 'languageVersion');
    if (!template || !node) return;
    if (stringOf(node) === '1.0') return;
    const shown = node.type === 'string' ? `'${stringOf(node)}'` : node.type === 'number' ? String(valueOf(node)) : `(${node.type})`;
    context.report(
      template,
      node,
      `languageVersion ${shown} is not accepted by Azure Managed Applications. Remove it and write resources as an array (if the template is built from Bicep, drop the features that need languageVersion 2.0, such as user-defined types).`,
    );
  },
};
