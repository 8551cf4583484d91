import { whoami } from '../../shared/azure/whoami.js';
import { whoamiCommand } from '../../shared/commands/whoami.js';
import { runTask } from './run-task.js';

await runTask(whoamiCommand, whoami);
