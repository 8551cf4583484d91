import type { Host } from './host.js';

/**
 * How this host names an input in messages: `input 'plan-id'` on GitHub, the task's own input
 * name on Azure DevOps, `--plan-id` on the CLI.
 */
export function describeInput(host: Host, name: string): string {
  return host.azure?.describeInput(name) ?? `input '${name}'`;
}
