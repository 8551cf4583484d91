import type { Node } from 'jsonc-parser';
import { functionNamesIn } from '../../arm/expression-references.js';
import { allScopedResources, describeResource } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { elements, prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

function dependencies(resource: Node): Node[] {
  const dependsOn = prop(resource, 'dependsOn');
  return dependsOn?.type === 'string' ? [dependsOn] : elements(dependsOn);
}

/**
 * dependsOn entries name resources directly: not through if() (a dependency cannot be
 * conditional; a condition on the target resource is enough) nor a concat() that builds the id
 * (use resourceId(); concat is kept for copyIndex() loops).
 */
export const dependsOnBestPracticesRule: Rule = {
  id: 'template/depends-on-best-practices',
  armTtk: 'DependsOn-Best-Practices',
  severity: 'warning',
  description: "Write each dependsOn entry as [resourceId(...)] or a resource name: no [if(...)] and no [concat(...)] unless it uses copyIndex().",
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const resource of allScopedResources(document.root)) {
        for (const entry of dependencies(resource.node)) {
          if (entry.type !== 'string') continue;
          const text = (entry.value as string).trimStart();
          if (/^\[\s*if\s*\(/i.test(text)) {
            context.report(document, entry, `A dependsOn entry of ${describeResource(resource)} starts with if(); depend on the resource unconditionally (ARM skips dependencies on resources whose condition is false).`);
          } else if (/^\[\s*concat\s*\(/i.test(text) && !functionNamesIn(text.trimEnd()).some((n) => n.toLowerCase() === 'copyindex')) {
            context.report(document, entry, `A dependsOn entry of ${describeResource(resource)} builds the id with concat(); use resourceId() instead.`);
          }
        }
      }
    }
  },
};
