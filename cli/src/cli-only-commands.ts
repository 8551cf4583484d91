import type { CliCommandDefinition } from '../../shared/commands/definition.js';
import { runCommand } from '../../shared/commands/run-command.js';
import type { InputSource } from '../../shared/commands/settings.js';
import { standInCommand } from '../../shared/commands/stand-in.js';
import type { CommandResult, Host } from '../../shared/host/host.js';

/** A command only the CLI has: no GitHub action, no DevOps task, no generated manifest. */
export interface CliOnlyCommand {
  readonly command: CliCommandDefinition;
  run(host: Host, source: InputSource): Promise<CommandResult>;
}

/** The CLI-only commands; their code lives outside shared/ and is loaded on demand. */
export const cliOnlyCommands: readonly CliOnlyCommand[] = [
  {
    command: standInCommand,
    run: (host, source) => runCommand(host, standInCommand, source, async (h, settings) => (await import('../../stand-in/run-stand-in.js')).runStandIn(h, settings)),
  },
];

export function findCliOnlyCommand(name: string): CliOnlyCommand | undefined {
  return cliOnlyCommands.find((entry) => entry.command.name === name);
}
