import type { CliCommandDefinition, OutputName, SettingsOf } from './definition.js';
import type { CommandResult, Host } from '../host/host.js';
import { readSettings, type InputSource } from './settings.js';
import { UsageError } from './usage-error.js';

export type UseCase<C extends CliCommandDefinition> = (host: Host, settings: SettingsOf<C>) => Promise<CommandResult>;

/**
 * Reads a command's inputs and runs its use case. Every exception becomes a result with a
 * readable one-line message: usage errors exit 2, anything unexpected exits 3.
 */
export async function runCommand<C extends CliCommandDefinition>(
  host: Host,
  command: C,
  source: InputSource,
  useCase: UseCase<C>,
): Promise<CommandResult> {
  try {
    return await useCase(host, readSettings(command, source));
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 2, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    host.log.debug(error instanceof Error && error.stack ? error.stack : detail);
    return { exitCode: 3, message: `mapp ${command.name} stopped on an unexpected error: ${detail}. Please report it with the input that caused it.` };
  }
}

/** Sets outputs by their declared names; a name not in the definition does not compile. */
export function setOutputs<C extends CliCommandDefinition>(
  host: Host,
  _command: C,
  values: Partial<Record<OutputName<C>, string | number>>,
): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) host.outputs.set(name, String(value));
  }
}
