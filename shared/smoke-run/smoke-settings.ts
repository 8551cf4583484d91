import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SettingsOf } from '../commands/definition.js';
import type { smokeRunCommand } from '../commands/smoke-run.js';
import { UsageError } from '../commands/usage-error.js';
import { parseJson } from '../json/parse-json.js';

export type SmokeRunSettings = SettingsOf<typeof smokeRunCommand>;

/** The checked, typed form of the smoke-run inputs. */
export interface SmokeRunPlan {
  readonly parameters: Record<string, unknown>;
  readonly concurrency: number;
  readonly pollIntervalMs: number;
  readonly pollMaxIntervalMs: number;
  readonly timeoutMs: number;
  readonly minimums: CopyMinimums;
}

export interface CopyMinimums {
  readonly rowsRead?: number;
  readonly rowsWritten?: number;
  readonly filesWritten?: number;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `500ms`, `15s`, `2m`, `1h`; a bare number is in `bareUnit`. */
export function parseDuration(raw: string, input: string, bareUnit: 's' | 'm'): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(raw.trim());
  if (!match) throw new UsageError(`${input} must be a duration such as 500ms, 15s, 45m or 2h; got '${raw}'.`);
  const ms = Number(match[1]) * UNITS[(match[2] ?? bareUnit).toLowerCase()]!;
  if (ms <= 0) throw new UsageError(`${input} must be more than zero; got '${raw}'.`);
  return ms;
}

function parseCount(raw: string | undefined, input: string, min: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min) throw new UsageError(`${input} must be a whole number of at least ${min}; got '${raw}'.`);
  return Number(raw);
}

/** Inline JSON, or a file holding it; either way one JSON object. */
export function parseJsonObject(raw: string | undefined, input: string, workingDirectory: string): Record<string, unknown> {
  if (raw === undefined) return {};
  let text = raw;
  let where = input;
  if (!raw.trimStart().startsWith('{')) {
    const file = path.resolve(workingDirectory, raw);
    where = `${input} (file ${raw})`;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`${input} is neither a JSON object nor a readable file: ${raw}. Give {"name": "value"} or the path of a .json file.`);
    }
  }
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Give an object such as {"windowStart": "2026-01-01T00:00:00Z"}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`${where} must be a JSON object of parameter names and values.`);
  return parsed as Record<string, unknown>;
}

/** Checks the inputs; `describe` names an input the way this host does (`input 'timeout'`, `--timeout`). */
export function readPlan(settings: SmokeRunSettings, describe: (name: string) => string, workingDirectory: string): SmokeRunPlan {
  const pollIntervalMs = parseDuration(settings['poll-interval'], describe('poll-interval'), 's');
  const pollMaxIntervalMs = Math.max(pollIntervalMs, parseDuration(settings['poll-max-interval'], describe('poll-max-interval'), 's'));
  return {
    parameters: parseJsonObject(settings.parameters, describe('parameters'), workingDirectory),
    concurrency: parseCount(settings.concurrency, describe('concurrency'), 1)!,
    pollIntervalMs,
    pollMaxIntervalMs,
    timeoutMs: parseDuration(settings.timeout, describe('timeout'), 'm'),
    minimums: {
      rowsRead: parseCount(settings['min-rows-read'], describe('min-rows-read'), 0),
      rowsWritten: parseCount(settings['min-rows-written'], describe('min-rows-written'), 0),
      filesWritten: parseCount(settings['min-files-written'], describe('min-files-written'), 0),
    },
  };
}
