import * as core from '@actions/core';
import { findCommand, registry } from '../../shared/commands/registry.js';
import { runRegisteredAction } from './run-action.js';

// The root action: input `command` picks the command; the other inputs are that command's.
const name = core.getInput('command') || 'validate';
const entry = findCommand(name);
if (entry) await runRegisteredAction(entry);
else core.setFailed(`input 'command' must be one of ${registry.map((e) => e.command.name).join(', ')}; got '${name}'.`);
