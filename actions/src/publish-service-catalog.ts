import { publishServiceCatalogCommand } from '../../shared/commands/publish-service-catalog.js';
import { publishServiceCatalog } from '../../shared/publish/service-catalog/publish-service-catalog.js';
import { runAction } from './run-action.js';

await runAction(publishServiceCatalogCommand, publishServiceCatalog);
