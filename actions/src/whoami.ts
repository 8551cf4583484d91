import { whoami } from '../../shared/azure/whoami.js';
import { whoamiCommand } from '../../shared/commands/whoami.js';
import { runAction } from './run-action.js';

await runAction(whoamiCommand, whoami);
