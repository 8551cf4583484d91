import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApplicationPolicy } from '@azure/arm-managedapplications';
import { UsageError } from '../../commands/usage-error.js';
import { parseJson } from '../../json/parse-json.js';

/** `key=value` tags; a key given twice keeps the last value. */
export function parseTags(items: readonly string[], describe: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const item of items) {
    const equals = item.indexOf('=');
    const key = equals < 0 ? '' : item.slice(0, equals).trim();
    if (key === '') throw new UsageError(`${describe}: '${item}' is not key=value; write each tag as key=value, e.g. team=platform.`);
    tags[key] = item.slice(equals + 1).trim();
  }
  return tags;
}

/** The policies input: a JSON array, inline or in a .json file resolved against the working folder. */
export function parsePolicies(raw: string, workingDirectory: string, describe: string): ApplicationPolicy[] {
  const trimmed = raw.trim();
  let text = trimmed;
  let where = describe;
  if (!trimmed.startsWith('[')) {
    const file = path.resolve(workingDirectory, trimmed);
    if (!existsSync(file)) throw new UsageError(`${describe} is neither a JSON array nor an existing file: '${trimmed}'. Give [{"name": ..., "policyDefinitionId": ..., "parameters": {...}}] or the path of a .json file holding it.`);
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    where = `${describe} (${trimmed})`;
  }
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${where} must be a JSON array of policies.`);
  return parsed.map((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof record.policyDefinitionId !== 'string' || typeof record.name !== 'string') {
      throw new UsageError(`${where}: policy ${index + 1} needs a string "name" and "policyDefinitionId".`);
    }
    const parameters = record.parameters === undefined ? undefined : typeof record.parameters === 'string' ? record.parameters : JSON.stringify(record.parameters);
    return { name: record.name, policyDefinitionId: record.policyDefinitionId, ...(parameters !== undefined ? { parameters } : {}) };
  });
}

/** The notification endpoint must be an absolute https URL. */
export function parseNotificationEndpoint(raw: string, describe: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${describe} must be an https URL; got '${raw}'.`);
  }
  if (url.protocol !== 'https:') throw new UsageError(`${describe} must be an https URL (Azure only notifies https endpoints); got '${raw}'.`);
  return raw;
}

/** Minutes a SAS stays valid: 5 minutes to 7 days (a user-delegation key lives at most 7 days). */
export function parseSasMinutes(raw: string, describe: string): number {
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 7 * 24 * 60) {
    throw new UsageError(`${describe} must be a whole number of minutes from 5 to 10080 (7 days); got '${raw}'.`);
  }
  return minutes;
}
