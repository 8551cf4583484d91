import type { Node } from 'jsonc-parser';
import { prop, stringOf } from '../json-nav.js';
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

/** A list of activities: `activities`, `ifTrueActivities`, `defaultActivities`, a case's `activities`. */
const ACTIVITY_LIST = /activities$/i;

/**
 * `Activity 'Copy' of pipeline 'CopyMessages'` for a place inside an activity (the innermost),
 * `describeObject` anywhere else: two activities of a pipeline making the same mistake then get
 * two messages, each naming where to look.
 */
export function describePlace(object: AdfObject, node: Node | undefined): string {
  if (object.kind === 'pipeline') {
    for (let current = node; current !== undefined; current = current.parent) {
      const list = current.parent;
      const property = list?.parent;
      if (current.type !== 'object' || list?.type !== 'array' || property?.type !== 'property') continue;
      const key = property.children?.[0]?.value;
      if (typeof key !== 'string' || !ACTIVITY_LIST.test(key)) continue;
      const name = stringOf(prop(current, 'name'));
      if (name !== undefined) return `Activity '${displayText(name)}' of ${kindWord(object.kind)} '${displayText(object.name ?? '(unnamed)')}'`;
    }
  }
  return describeObject(object);
}
