import { buildCommand } from './build.js';
import { validateCommand } from './validate.js';
import { whoamiCommand } from './whoami.js';
import { publishServiceCatalogCommand } from './publish-service-catalog.js';
import { smokeRunCommand } from './smoke-run.js';
import { publishMarketplaceCommand } from './publish-marketplace.js';

/** Every command definition, in the order the docs and the CLI help list them. */
export const commands = [validateCommand, buildCommand, whoamiCommand, smokeRunCommand, publishServiceCatalogCommand, publishMarketplaceCommand] as const;

export { smokeRunCommand, buildCommand, validateCommand, whoamiCommand, publishServiceCatalogCommand, publishMarketplaceCommand };
