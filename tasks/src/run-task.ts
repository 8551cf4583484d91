import type { CommandDefinition } from '../../shared/commands/definition.js';
import { runCommand, type UseCase } from '../../shared/commands/run-command.js';
import { createDevopsHost, devopsInputs } from './devops-host.js';

/** Runs one command as an Azure DevOps task. */
export async function runTask<C extends CommandDefinition>(command: C, useCase: UseCase<C>): Promise<void> {
  const host = createDevopsHost();
  host.flush(await runCommand(host, command, devopsInputs(command), useCase));
}
