import { inputOnFace, type CliCommandDefinition, type InputDefinition } from '../../shared/commands/definition.js';
import type { InputSource } from '../../shared/commands/settings.js';
import { UsageError } from '../../shared/commands/usage-error.js';

/** The CLI's flags for a command, generated from its definition (CI-only inputs are left out). */
export function cliInputs(command: CliCommandDefinition): [string, InputDefinition][] {
  return Object.entries(command.inputs).filter(([, def]) => inputOnFace(def, 'cli'));
}

/**
 * Parses `argv` (after the command name) into an input source. `--name value`, `--name=value`,
 * `-x value`; booleans take `--name` / `--no-name`; list flags repeat or take commas; the
 * positional input collects the bare arguments.
 */
export function parseArgs(command: CliCommandDefinition, argv: readonly string[]): InputSource {
  const inputs = cliInputs(command);
  const byFlag = new Map<string, [string, InputDefinition]>();
  for (const entry of inputs) {
    byFlag.set(`--${entry[0]}`, entry);
    if (entry[1].short) byFlag.set(`-${entry[1].short}`, entry);
  }
  const positional = inputs.find(([, def]) => def.positional);
  const values = new Map<string, string[]>();
  const add = (name: string, value: string) => values.set(name, [...(values.get(name) ?? []), value]);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      if (!positional) throw new UsageError(`mapp ${command.name} takes no bare arguments; got '${arg}'.`);
      add(positional[0], arg);
      continue;
    }
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) {
        if (!positional) throw new UsageError(`mapp ${command.name} takes no bare arguments; got '${rest}'.`);
        add(positional[0], rest);
      }
      break;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const negated = flag.startsWith('--no-') ? byFlag.get(`--${flag.slice(5)}`) : undefined;
    if (negated && negated[1].kind === 'boolean') {
      add(negated[0], 'false');
      continue;
    }
    const entry = byFlag.get(flag);
    if (!entry) throw new UsageError(`Unknown option ${flag} for mapp ${command.name}. Run 'mapp ${command.name} --help' for its options.`);
    const [name, def] = entry;
    if (eq > 0) add(name, arg.slice(eq + 1));
    else if (def.kind === 'boolean') add(name, 'true');
    else {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`Option ${flag} needs a value: ${def.description}`);
      add(name, value);
    }
  }
  return {
    get: (name) => {
      const given = values.get(name);
      if (!given) return undefined;
      return command.inputs[name]?.kind === 'list' ? given.join('\n') : given[given.length - 1];
    },
    describe: (name) => `option --${name}`,
  };
}
