import { smokeRunCommand } from '../../shared/commands/smoke-run.js';
import { smokeRun } from '../../shared/smoke-run/smoke-run.js';
import { runAction } from './run-action.js';

await runAction(smokeRunCommand, smokeRun);
