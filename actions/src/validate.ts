import { validateCommand } from '../../shared/commands/validate.js';
import { validate } from '../../shared/validate/validate.js';
import { runAction } from './run-action.js';

await runAction(validateCommand, validate);
