import { describeApiVersionProblem, judgeApiVersion, parseApiVersion } from '../../arm/api-versions.js';
import { allScopedResources } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/**
 * Each resource's apiVersion is a date-form literal, and recent. arm-ttk judges "recent" against a
 * cache of every Azure API version; offline we judge it against a bundled table of the types a Graph
 * Data Connect app uses, so other types only get the date-form check.
 */
export const apiVersionsRecentRule: Rule = {
  id: 'template/api-versions-recent',
  armTtk: 'apiVersions-Should-Be-Recent',
  severity: 'warning',
  description:
    'Give each resource a literal date apiVersion that is the newest or under 2 years old, and no preview when a newer non-preview exists (offline: date form for every type; age and preview only for Storage, DataFactory, ManagedIdentity, KeyVault, Resources/deployments and Authorization types).',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    const today = context.now ?? new Date();
    for (const document of templateDocuments(context)) {
      for (const resource of allScopedResources(document.root)) {
        const node = prop(resource.node, 'apiVersion');
        if (!node) continue;
        const type = resource.type || '(no type)';
        if (node.type !== 'string') {
          context.report(document, node, `The apiVersion of ${type} must be a string such as "2023-05-01".`);
          continue;
        }
        const text = node.value as string;
        const version = parseApiVersion(text);
        if (!version) {
          context.report(document, node, `The apiVersion of ${type} is '${text}'; use a fixed date version such as "2023-05-01" (not an expression).`);
          continue;
        }
        // Extension resources written as `<type>/providers/<type>` name their real type elsewhere.
        if (/\/providers\//i.test(type)) continue;
        const problem = judgeApiVersion(type, version, today);
        if (problem) context.report(document, node, describeApiVersionProblem(type, version.text, problem));
      }
    }
  },
};
