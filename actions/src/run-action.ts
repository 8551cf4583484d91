import type { CommandDefinition } from '../../shared/commands/definition.js';
import { runCommand, type UseCase } from '../../shared/commands/run-command.js';
import type { RegisteredCommand } from '../../shared/commands/registry.js';
import { createGithubHost, githubInputs } from './github-host.js';

/** Runs one command as a GitHub Action step. */
export async function runAction<C extends CommandDefinition>(command: C, useCase: UseCase<C>): Promise<void> {
  const host = createGithubHost();
  await host.flush(await runCommand(host, command, githubInputs, useCase));
}

/** Runs a registered command (the root action, which picks the command by input). */
export async function runRegisteredAction(entry: RegisteredCommand): Promise<void> {
  const host = createGithubHost();
  await host.flush(await entry.run(host, githubInputs));
}
