import type { HostLog } from '../host/host.js';
import type { DeployKind, DeployObject } from './deploy-order.js';
import { FactoryRequestError, factoryRequest, type FactoryTarget } from './factory-client.js';

const SEGMENTS: Record<DeployKind, string> = {
  integrationRuntime: 'integrationRuntimes',
  linkedService: 'linkedservices',
  dataset: 'datasets',
  dataflow: 'dataflows',
  pipeline: 'pipelines',
  trigger: 'triggers',
};

export interface DeployResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Triggers stopped to be updated and started again. */
  readonly restarted: readonly string[];
}

/** True when every property the file sets has the same value in the factory (the service adds defaults of its own). */
export function coveredBy(wanted: unknown, actual: unknown): boolean {
  if (Array.isArray(wanted)) return Array.isArray(actual) && wanted.length === actual.length && wanted.every((item, i) => coveredBy(item, actual[i]));
  if (typeof wanted === 'object' && wanted !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    return Object.entries(wanted).every(([key, value]) => coveredBy(value, (actual as Record<string, unknown>)[key]));
  }
  return wanted === actual;
}

/**
 * True when the object holds a literal `SecureString`: Data Factory never returns its value (a GET
 * shows it masked), so whether it changed cannot be known and the object is always written.
 */
export function holdsSecureString(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSecureString);
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record.type === 'SecureString' && 'value' in record) return true;
  return Object.values(record).some(holdsSecureString);
}

/** The value with every SecureString's value blanked, to tell whether anything else differs. */
function withoutSecureValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecureValues);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (record.type === 'SecureString' && 'value' in record) return { ...record, value: '' };
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, withoutSecureValues(inner)]));
}

function withoutRuntimeState(properties: Record<string, unknown>): Record<string, unknown> {
  const { runtimeState: _ignored, ...rest } = properties;
  return rest;
}

/**
 * Writes the objects in order, each only when the factory's copy differs (read, compare, write).
 * A started trigger is stopped before it is updated and started again once everything is written.
 */
export async function deployObjects(target: FactoryTarget, objects: readonly DeployObject[], log: HostLog, abortSignal?: AbortSignal): Promise<DeployResult> {
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const restart: string[] = [];
  for (const object of objects) {
    const path = `/${SEGMENTS[object.kind]}/${encodeURIComponent(object.name)}`;
    const wanted = object.kind === 'trigger' ? withoutRuntimeState(object.properties) : object.properties;
    const current = await factoryRequest(target, 'GET', path, undefined, abortSignal);
    const currentProperties = (current.json as { properties?: Record<string, unknown> } | undefined)?.properties;
    const secret = holdsSecureString(wanted);
    if (current.status !== 404 && !secret && coveredBy(wanted, currentProperties)) {
      unchanged++;
      log.debug(`Unchanged ${object.kind} ${object.name}.`);
      continue;
    }
    if (object.kind === 'trigger' && currentProperties?.runtimeState === 'Started') {
      log.info(`Stopping trigger ${object.name} to update it.`);
      await target.client.triggers.beginStopAndWait(target.resourceGroup, target.factory, object.name, { abortSignal });
      restart.push(object.name);
    }
    try {
      await factoryRequest(target, 'PUT', path, { properties: wanted }, abortSignal);
    } catch (error) {
      if (error instanceof FactoryRequestError) throw new FactoryRequestError(error.status, error.code, `${object.kind} ${object.name} from ${object.file} was refused: ${error.message}`);
      throw error;
    }
    if (current.status === 404) created++;
    else updated++;
    const why = current.status !== 404 && secret && coveredBy(withoutSecureValues(wanted), withoutSecureValues(currentProperties)) ? ' (it holds a SecureString, whose value Data Factory never returns, so it is always written)' : '';
    log.info(`${current.status === 404 ? 'Created' : 'Updated'} ${object.kind} ${object.name}${why}.`);
  }
  for (const name of restart) {
    await target.client.triggers.beginStartAndWait(target.resourceGroup, target.factory, name, { abortSignal });
    log.info(`Started trigger ${name} again.`);
  }
  return { created, updated, unchanged, restarted: restart };
}
