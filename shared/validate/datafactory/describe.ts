import { displayText } from './arm-strings.js';
import type { AdfKind, AdfObject } from './factory-model.js';

const KIND_WORDS: Record<AdfKind, string> = {
  factory: 'Factory',
  pipeline: 'Pipeline',
  dataset: 'Dataset',
  linkedService: 'Linked service',
  trigger: 'Trigger',
  dataflow: 'Data flow',
  integrationRuntime: 'Integration runtime',
  credential: 'Credential',
  managedVirtualNetwork: 'Managed virtual network',
  managedPrivateEndpoint: 'Managed private endpoint',
};

/** `Pipeline 'CopyMessages'`, for the start of a message. */
export function describeObject(object: AdfObject): string {
  return `${KIND_WORDS[object.kind]} '${displayText(object.name ?? '(unnamed)')}'`;
}

/** `linked service`, for the middle of a sentence. */
export function kindWord(kind: AdfKind): string {
  return KIND_WORDS[kind].toLowerCase();
}
