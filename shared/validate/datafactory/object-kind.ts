import type { Node } from 'jsonc-parser';
import { prop } from '../json-nav.js';
import type { AdfKind } from './git-layout.js';

/**
 * Recognises a standalone Data Factory object file (as the Git integration or
 * `Get-AzDataFactoryV2Pipeline` writes it) from its shape: `name` and `properties`, where
 * `properties` holds what only that kind has.
 */
export function guessKind(root: Node | undefined): AdfKind | undefined {
  if (root?.type !== 'object' || prop(root, 'name')?.type !== 'string') return undefined;
  const properties = prop(root, 'properties');
  if (properties?.type !== 'object') return undefined;
  if (prop(properties, 'activities')?.type === 'array') return 'pipeline';
  if (prop(properties, 'linkedServiceName')?.type === 'object' && prop(properties, 'type')) return 'dataset';
  if (prop(properties, 'pipelines') || prop(properties, 'pipeline')) {
    if (prop(properties, 'type')) return 'trigger';
  }
  return undefined;
}
