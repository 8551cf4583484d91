import type { Node } from 'jsonc-parser';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmValue } from '../../datafactory/factory-model.js';
import { prop, properties, stringOf } from '../../json-nav.js';
import { LazyJsonNode, rawProp, someRawObject } from '../../lazy-json-tree.js';
import type { Rule } from '../../rule.js';

function isSecureString(object: Readonly<Record<string, unknown>>): boolean {
  const type = rawProp(object, 'type');
  return typeof type === 'string' && type.toLowerCase() === 'securestring';
}

/** A secret written into a committed linked service is readable by everyone with the repository. */
export const secureStringLiteralRule: Rule = {
  id: 'adf/secure-string-literal',
  armTtk: null,
  severity: 'warning',
  description: 'Reference secrets from Azure Key Vault (type AzureKeyVaultSecret) or a template parameter instead of writing SecureString values into the linked service.',
  helpUri: ADF_DOCS.keyVault,
  check(context) {
    for (const object of factoryModel(context).objects) {
      if (object.kind !== 'linkedService' && object.kind !== 'credential') continue;
      // A lazily read file is looked at node by node only when it has a SecureString at all.
      if (object.properties instanceof LazyJsonNode && !someRawObject(object.properties.rawValue, isSecureString)) continue;
      const stack: Node[] = object.properties ? [object.properties] : [];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.type === 'array') stack.push(...(node.children ?? []));
        if (node.type !== 'object') continue;
        const value = prop(node, 'value');
        const secret = stringOf(value);
        if (stringOf(prop(node, 'type'))?.toLowerCase() === 'securestring' && secret !== undefined) {
          // Masked exports (****), ARM expressions and Data Factory expressions hold no secret.
          if (secret.trim() !== '' && !/^\*+$/.test(secret) && !isArmValue(object.factory, value) && !secret.startsWith('@')) {
            context.report(object.document, value, `${describeObject(object)} holds a literal SecureString value; anyone who can read this file can read the secret. Store it in Azure Key Vault and reference it with type AzureKeyVaultSecret.`);
          }
          continue;
        }
        for (const p of properties(node)) stack.push(p.value);
      }
    }
  },
};
