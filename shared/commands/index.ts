import { validateCommand } from './validate.js';

/** Every command definition, in the order the docs and the CLI help list them. */
export const commands = [validateCommand] as const;

export { validateCommand };
