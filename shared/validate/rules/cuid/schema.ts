import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC } from './cuid-model.js';

/** The only createUiDefinition schema Partner Center accepts. */
export const CUID_SCHEMA = 'https://schema.management.azure.com/schemas/0.1.2-preview/CreateUIDefinition.MultiVm.json#';

/** The version segment of a schema URL: the first path part that starts with a dotted number (`0.1.2-preview`). */
function schemaVersion(schema: string): string | undefined {
  return schema.split('/').find((part) => /^\d+(\.\d+)+$/.test(part.split('-')[0] ?? '') && /[1-9]/.test(part.split('-')[0]!));
}

/** createUiDefinition.json must declare the 0.1.2-preview schema and the matching version. */
export const schemaRule: Rule = {
  id: 'cuid/schema',
  armTtk: 'CreateUIDefinition-Should-Have-Schema',
  severity: 'error',
  description: `Set "$schema" to ${CUID_SCHEMA} and "version" to "0.1.2-preview".`,
  helpUri: `${CUID_TESTS_DOC}#use-valid-schema-and-version`,
  check(context) {
    const document = context.createUiDefinition;
    const root = document?.root;
    if (!document || root?.type !== 'object') return;
    const schemaNode = prop(root, '$schema');
    const schema = stringOf(schemaNode);
    if (!schema) {
      context.report(document, schemaNode ?? root, `createUiDefinition.json has no "$schema"; add "$schema": "${CUID_SCHEMA}".`);
    } else if (schema !== CUID_SCHEMA) {
      context.report(document, schemaNode, `"$schema" is '${schema}'; it must be exactly '${CUID_SCHEMA}'.`);
    }
    const versionNode = prop(root, 'version');
    const version = stringOf(versionNode) ?? (versionNode?.type === 'number' ? String(versionNode.value) : undefined);
    if (!version) {
      context.report(document, versionNode ?? root, 'createUiDefinition.json has no "version"; add "version": "0.1.2-preview".');
      return;
    }
    const expected = schema ? schemaVersion(schema) : undefined;
    if (expected && version.toLowerCase() !== expected.toLowerCase()) {
      context.report(document, versionNode, `"version" is '${version}' but "$schema" is version '${expected}'; set "version" to "${expected}".`);
    }
  },
};
