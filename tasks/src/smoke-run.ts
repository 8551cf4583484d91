import { smokeRunCommand } from '../../shared/commands/smoke-run.js';
import { smokeRun } from '../../shared/smoke-run/smoke-run.js';
import { runTask } from './run-task.js';

await runTask(smokeRunCommand, smokeRun);
