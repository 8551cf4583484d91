import { buildCommand } from '../../shared/commands/build.js';
import { build } from '../../shared/bundle/build.js';
import { runAction } from './run-action.js';

await runAction(buildCommand, build);
