import type { CommandResult, Host } from '../host/host.js';
import type { CommandDefinition } from './definition.js';
import { runCommand, type UseCase } from './run-command.js';
import type { InputSource } from './settings.js';
import { validateCommand } from './validate.js';
import { buildCommand } from './build.js';
import { whoamiCommand } from './whoami.js';
import { publishServiceCatalogCommand } from './publish-service-catalog.js';
import { smokeRunCommand } from './smoke-run.js';
import { publishMarketplaceCommand } from './publish-marketplace.js';

/** A command with its use case, loaded on demand so a run loads only what its command needs. */
export interface RegisteredCommand {
  readonly command: CommandDefinition;
  run(host: Host, source: InputSource): Promise<CommandResult>;
}

function register<C extends CommandDefinition>(command: C, load: () => Promise<UseCase<C>>): RegisteredCommand {
  return {
    command,
    run: (host, source) => runCommand(host, command, source, async (h, settings) => (await load())(h, settings)),
  };
}

/** Every command, in the order the docs and the CLI help list them. */
export const registry: readonly RegisteredCommand[] = [
  register(validateCommand, async () => (await import('../validate/validate.js')).validate),
  register(buildCommand, async () => (await import('../bundle/build.js')).build),
  register(whoamiCommand, async () => (await import('../azure/whoami.js')).whoami),
  register(smokeRunCommand, async () => (await import('../smoke-run/smoke-run.js')).smokeRun),
  register(publishServiceCatalogCommand, async () => (await import('../publish/service-catalog/publish-service-catalog.js')).publishServiceCatalog),
  register(publishMarketplaceCommand, async () => (await import('../publish/marketplace/publish-marketplace.js')).publishMarketplace),
];

export function findCommand(name: string): RegisteredCommand | undefined {
  return registry.find((entry) => entry.command.name === name);
}
