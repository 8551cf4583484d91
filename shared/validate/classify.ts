import type { Node } from 'jsonc-parser';
import { guessKind } from './datafactory/object-kind.js';
import { prop, stringOf } from './json-nav.js';

export type JsonKind = 'template' | 'createUiDefinition' | 'viewDefinition' | 'dataFactoryObject' | 'unknown';

/** Recognises what a JSON document is from its content: `$schema` first, then its shape. */
export function classifyJson(root: Node | undefined): JsonKind {
  if (root?.type !== 'object') return 'unknown';
  const schema = (stringOf(prop(root, '$schema')) ?? '').toLowerCase();
  if (/deploymenttemplate\.json/.test(schema)) return 'template';
  if (/createuidefinition/.test(schema)) return 'createUiDefinition';
  if (/viewdefinition/.test(schema)) return 'viewDefinition';
  const handler = (stringOf(prop(root, 'handler')) ?? '').toLowerCase();
  if (handler.startsWith('microsoft.azure.createuidef')) return 'createUiDefinition';
  if (prop(root, 'resources') && (prop(root, 'contentVersion') || prop(root, 'parameters'))) return 'template';
  const parameters = prop(root, 'parameters');
  if (prop(parameters, 'basics') || prop(parameters, 'steps') || prop(parameters, 'config')) return 'createUiDefinition';
  if (prop(root, 'views')) return 'viewDefinition';
  if (guessKind(root)) return 'dataFactoryObject';
  return 'unknown';
}
