import { findCommand, registry } from '../../shared/commands/registry.js';
import { UsageError } from '../../shared/commands/usage-error.js';
import { TOOL_VERSION } from '../../shared/tool-info.js';
import { createCliHost } from './cli-host.js';
import { commandHelp, generalHelp } from './help.js';
import { parseArgs } from './parse-args.js';
import { listRules } from './list-rules.js';
import { cliOnlyCommands, findCliOnlyCommand } from './cli-only-commands.js';

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(generalHelp([...registry, ...cliOnlyCommands], TOOL_VERSION) + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (name === 'rules') {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write('Usage: mapp rules [--json]\n\nList every validation rule with its id, arm-ttk name, severity and what to change; --json prints them as JSON.\n');
      return 0;
    }
    const unknown = rest.filter((arg) => arg !== '--json');
    if (unknown.length > 0) {
      process.stderr.write(`mapp: rules takes only --json; got ${unknown.map((arg) => `'${arg}'`).join(', ')}.\n`);
      return 2;
    }
    process.stdout.write(await listRules(rest.includes('--json')));
    return 0;
  }
  const entry = findCommand(name) ?? findCliOnlyCommand(name);
  if (!entry) {
    process.stderr.write(`mapp: unknown command '${name}'. Commands: ${[...registry, ...cliOnlyCommands].map((e) => e.command.name).join(', ')}, rules.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(entry.command) + '\n');
    return 0;
  }
  const host = createCliHost({
    workingDirectory: process.cwd(),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    verbose: Boolean(process.env.MAPP_DEBUG),
  });
  let source;
  try {
    source = parseArgs(entry.command, rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`mapp: ${error.message}\n`);
    return 2;
  }
  const result = await entry.run(host, source);
  if (result.exitCode !== 0 && result.message) process.stderr.write(`mapp: ${result.message}\n`);
  return result.exitCode;
}
