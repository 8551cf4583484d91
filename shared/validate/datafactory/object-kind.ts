import type { Node } from 'jsonc-parser';
import { viewOf, type JsonView } from '../json-view.js';
import type { AdfKind } from './git-layout.js';

/**
 * Recognises a standalone Data Factory object file (as the Git integration or
 * `Get-AzDataFactoryV2Pipeline` writes it) from its shape: `name` and `properties`, where
 * `properties` holds what only that kind has.
 */
export function guessKind(root: Node | undefined): AdfKind | undefined {
  return guessViewKind(viewOf(root));
}

/** `guessKind` on a view of the document's root. */
export function guessViewKind(root: JsonView | undefined): AdfKind | undefined {
  if (root?.type !== 'object' || root.at('name')?.type !== 'string') return undefined;
  const properties = root.at('properties');
  if (properties?.type !== 'object') return undefined;
  if (properties.at('activities')?.type === 'array') return 'pipeline';
  if (properties.at('linkedServiceName')?.type === 'object' && properties.at('type')) return 'dataset';
  if (properties.at('pipelines') || properties.at('pipeline')) {
    if (properties.at('type')) return 'trigger';
  }
  return undefined;
}
