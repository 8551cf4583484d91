import type { CliCommandDefinition } from '../../shared/commands/definition.js';
import { cliInputs } from './parse-args.js';

export function generalHelp(registry: readonly { readonly command: CliCommandDefinition }[], version: string): string {
  const width = Math.max(...registry.map((e) => e.command.name.length), 5);
  return [
    `mapp ${version}: CI/CD for Azure Managed Applications`,
    '',
    'Usage: mapp <command> [options]',
    '',
    'Commands:',
    ...registry.map((e) => `  ${e.command.name.padEnd(width)}  ${e.command.summary}`),
    `  ${'rules'.padEnd(width)}  List every validation rule with its arm-ttk name and severity.`,
    '',
    "Run 'mapp <command> --help' for a command's options.",
    'Exit codes: 0 success, 1 findings at or above --fail-on (or a failed operation), 2 bad usage or unreadable input, 3 internal error.',
  ].join('\n');
}

export function commandHelp(command: CliCommandDefinition): string {
  const inputs = cliInputs(command);
  const positional = inputs.find(([, def]) => def.positional);
  const lines = [`Usage: mapp ${command.name}${positional ? ` [${positional[0]}...]` : ''} [options]`, '', command.description, '', 'Options:'];
  for (const [name, def] of inputs) {
    if (def.positional) continue;
    const placeholder = def.options ? def.options.join('|') : def.kind === 'path' ? 'path' : 'value';
    const flag = `${def.short ? `-${def.short}, ` : '    '}--${name}${def.kind === 'boolean' ? '' : ` <${placeholder}>`}`;
    const extra = def.default !== undefined ? ` (default: ${def.default})` : def.required ? ' (required)' : '';
    lines.push(`  ${flag}`, `        ${def.description}${extra}${def.kind === 'list' ? ' Repeat the option or separate values with commas.' : ''}`);
  }
  if (positional) lines.push('', `Arguments:`, `  ${positional[0]}  ${positional[1].description} (default: ${positional[1].default ?? 'none'})`);
  return lines.join('\n');
}
