import { publishMarketplaceCommand } from '../../shared/commands/publish-marketplace.js';
import { publishMarketplace } from '../../shared/publish/marketplace/publish-marketplace.js';
import { runTask } from './run-task.js';

await runTask(publishMarketplaceCommand, publishMarketplace);
