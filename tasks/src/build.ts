import { buildCommand } from '../../shared/commands/build.js';
import { build } from '../../shared/bundle/build.js';
import { runTask } from './run-task.js';

await runTask(buildCommand, build);
