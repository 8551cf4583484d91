import type { CliCommandDefinition, InputDefinition, SettingsOf } from './definition.js';
import { UsageError } from './usage-error.js';

/** Where raw input strings come from: `@actions/core`, the task library, or CLI flags. */
export interface InputSource {
  /** The raw value, or undefined when the input was not given (an empty string counts as not given). */
  get(name: string): string | undefined;
  /** How to name an input in messages on this host (`input 'fail-on'`, `--fail-on`). */
  describe(name: string): string;
}

const TRUE = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'no', 'n', 'off', '0']);

/** Splits a list input: newlines or commas separate items; blank items are dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\r\n,]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function parseInput(name: string, def: InputDefinition, raw: string | undefined, source: InputSource): unknown {
  const value = raw === undefined || raw.trim() === '' ? def.default : raw;
  if (value === undefined) {
    if (def.required) throw new UsageError(`Missing required ${source.describe(name)}: ${def.description}`);
    return def.kind === 'boolean' ? false : def.kind === 'list' ? [] : undefined;
  }
  switch (def.kind) {
    case 'boolean': {
      const lowered = value.trim().toLowerCase();
      if (TRUE.has(lowered)) return true;
      if (FALSE.has(lowered)) return false;
      throw new UsageError(`${source.describe(name)} must be true or false, got '${value}'.`);
    }
    case 'list':
      return splitList(value);
    case 'choice': {
      const trimmed = value.trim();
      const match = def.options?.find((option) => option.toLowerCase() === trimmed.toLowerCase());
      if (!match) {
        throw new UsageError(`${source.describe(name)} must be one of ${def.options?.join(', ')}; got '${value}'.`);
      }
      return match;
    }
    default:
      return value.trim();
  }
}

/** Reads and checks every input of a command; the result is keyed by the definition's input names. */
export function readSettings<C extends CliCommandDefinition>(command: C, source: InputSource): SettingsOf<C> {
  const settings: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(command.inputs)) {
    settings[name] = parseInput(name, def, source.get(name), source);
  }
  return settings as SettingsOf<C>;
}
