import type { RunnerIdentity } from '../azure/runner-identity.js';
import type { Host } from './host.js';

/**
 * How this host names an input in messages: `input 'plan-id'` on GitHub, the task's own input
 * name on Azure DevOps, the option (and the environment variable that can stand in for it) on
 * the CLI.
 */
export function describeInput(host: Host, name: string): string {
  return describeRunnerInput(host.azure, name);
}

/** `describeInput` for code that holds the runner's identity rather than the host. */
export function describeRunnerInput(runner: RunnerIdentity | undefined, name: string): string {
  return runner?.describeInput(name) ?? `input '${name}'`;
}
