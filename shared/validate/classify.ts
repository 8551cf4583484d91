import type { Node } from 'jsonc-parser';
import { guessViewKind } from './datafactory/object-kind.js';
import { viewOf } from './json-view.js';

export type JsonKind = 'template' | 'createUiDefinition' | 'viewDefinition' | 'dataFactoryObject' | 'unknown';

/** Recognises what a JSON document is from its content: `$schema` first, then its shape. */
export function classifyJson(node: Node | undefined): JsonKind {
  const root = viewOf(node);
  if (root?.type !== 'object') return 'unknown';
  const schema = (root.at('$schema')?.text ?? '').toLowerCase();
  if (/deploymenttemplate\.json/.test(schema)) return 'template';
  if (/createuidefinition/.test(schema)) return 'createUiDefinition';
  if (/viewdefinition/.test(schema)) return 'viewDefinition';
  const handler = (root.at('handler')?.text ?? '').toLowerCase();
  if (handler.startsWith('microsoft.azure.createuidef')) return 'createUiDefinition';
  if (root.at('resources') && (root.at('contentVersion') || root.at('parameters'))) return 'template';
  const parameters = root.at('parameters');
  if (parameters?.at('basics') || parameters?.at('steps') || parameters?.at('config')) return 'createUiDefinition';
  if (root.at('views')) return 'viewDefinition';
  if (guessViewKind(root)) return 'dataFactoryObject';
  return 'unknown';
}
