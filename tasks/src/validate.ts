import { validateCommand } from '../../shared/commands/validate.js';
import { validate } from '../../shared/validate/validate.js';
import { runTask } from './run-task.js';

await runTask(validateCommand, validate);
