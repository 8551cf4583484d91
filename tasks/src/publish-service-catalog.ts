import { publishServiceCatalogCommand } from '../../shared/commands/publish-service-catalog.js';
import { publishServiceCatalog } from '../../shared/publish/service-catalog/publish-service-catalog.js';
import { runTask } from './run-task.js';

await runTask(publishServiceCatalogCommand, publishServiceCatalog);
