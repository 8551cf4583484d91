import { publishMarketplaceCommand } from '../../shared/commands/publish-marketplace.js';
import { publishMarketplace } from '../../shared/publish/marketplace/publish-marketplace.js';
import { runAction } from './run-action.js';

await runAction(publishMarketplaceCommand, publishMarketplace);
