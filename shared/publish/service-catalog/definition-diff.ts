import type { ApplicationDefinition } from '@azure/arm-managedapplications';

/** The tag that holds the sha256 of the package a definition was published from. */
export const PACKAGE_HASH_TAG = 'mapp-package-sha256';
export const VERSION_TAG = 'mapp-version';

/** Everything mapp compares and writes; `id`, `name`, `type` and `systemData` are Azure's. */
export const COMPARED_PROPERTIES = [
  'location', 'tags', 'lockLevel', 'displayName', 'description', 'isEnabled', 'authorizations', 'packageFileUri', 'storageAccountId',
  'mainTemplate', 'createUiDefinition', 'notificationPolicy', 'lockingPolicy', 'deploymentPolicy', 'managementPolicy', 'policies',
] as const satisfies readonly (keyof ApplicationDefinition)[];

export type ComparedProperty = (typeof COMPARED_PROPERTIES)[number];

export interface PropertyChange {
  readonly property: ComparedProperty;
  readonly before: unknown;
  readonly after: unknown;
}

/** JSON with sorted keys and no undefined members, so equal values compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).filter((k) => record[k] !== undefined).sort().map((k) => [k, sortKeys(record[k])]));
}

/** A URL without its query: a package URL is the same package whatever SAS it carries. */
export function withoutQuery(url: string | undefined): string | undefined {
  return url === undefined ? undefined : url.split('?')[0];
}

/** Authorizations are a set: their order does not matter. */
function comparable(property: ComparedProperty, value: unknown): unknown {
  if (property === 'packageFileUri') return withoutQuery(value as string | undefined)?.toLowerCase();
  if (property === 'authorizations' && Array.isArray(value)) {
    const pairs = (value as { principalId?: string; roleDefinitionId?: string }[]).map((a) => `${a.principalId?.toLowerCase()}:${a.roleDefinitionId?.toLowerCase()}`);
    return pairs.length === 0 ? undefined : pairs.sort();
  }
  if (property === 'location' && typeof value === 'string') return value.replace(/\s+/g, '').toLowerCase();
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

/** The properties whose values differ between what Azure has and what mapp would write. */
export function diffDefinitions(existing: ApplicationDefinition | undefined, desired: ApplicationDefinition): PropertyChange[] {
  const changes: PropertyChange[] = [];
  for (const property of COMPARED_PROPERTIES) {
    const before = existing?.[property];
    const after = desired[property];
    if (canonical(comparable(property, before)) !== canonical(comparable(property, after))) changes.push({ property, before, after });
  }
  return changes;
}

function show(property: ComparedProperty, value: unknown): string {
  if (value === undefined) return '(none)';
  if (property === 'packageFileUri') return withoutQuery(value as string)!;
  if (property === 'mainTemplate' || property === 'createUiDefinition') return `inline JSON, ${canonical(value).length} characters`;
  const text = typeof value === 'string' ? value : canonical(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** One line per change: `property: before -> after`. Package URLs are shown without any SAS. */
export function describeChanges(changes: readonly PropertyChange[]): string[] {
  return changes.map((c) => `${c.property}: ${show(c.property, c.before)} -> ${show(c.property, c.after)}`);
}
