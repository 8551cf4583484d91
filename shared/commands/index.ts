import { buildCommand } from './build.js';
import { validateCommand } from './validate.js';
import { whoamiCommand } from './whoami.js';

/** Every command definition, in the order the docs and the CLI help list them. */
export const commands = [validateCommand, buildCommand, whoamiCommand] as const;

export { buildCommand, validateCommand, whoamiCommand };
