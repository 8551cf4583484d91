import type { Node } from 'jsonc-parser';
import { allScopedResources, describeResource, walkResourceBody } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

const EXTENSION = /ManagedIdentityExtension/i;

/** The first string (value or property name) of a resource that mentions the extension. */
function firstMention(resource: Node): Node | undefined {
  let found: Node | undefined;
  walkResourceBody(resource, (node) => {
    if (found) return false;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    if (key?.type === 'string' && EXTENSION.test(key.value as string)) found = key;
    else if (node.type === 'string' && EXTENSION.test(node.value as string)) found = node;
    return found === undefined;
  });
  return found;
}

/** The retired VM Managed Identity extension is not deployed: managed identities work through the Instance Metadata Service. */
export const noManagedIdentityExtensionRule: Rule = {
  id: 'template/no-managed-identity-extension',
  armTtk: 'ManagedIdentityExtension-must-not-be-used',
  severity: 'warning',
  description: 'Remove the ManagedIdentityExtension VM extension; give the resource an "identity" block and get tokens from the Instance Metadata Service.',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const resource of allScopedResources(document.root)) {
        const mention = firstMention(resource.node);
        if (!mention) continue;
        context.report(
          document,
          mention,
          `${describeResource(resource)} uses the ManagedIdentityExtension, which is retired; remove it and use the resource's "identity" with the Instance Metadata Service.`,
        );
      }
    }
  },
};
