import { inputOnFace, type CommandDefinition } from '../../shared/commands/definition.js';
import { devopsName } from '../../shared/commands/naming.js';
import type { Rule } from '../../shared/validate/rule.js';
import { TOOL_HOME } from '../../shared/tool-info.js';
import { GENERATED_NOTICE } from './action-yml.js';

/** `owner/name` of this repository on GitHub, as workflows write it in `uses:`. */
export const ACTION_REPOSITORY = new URL(TOOL_HOME).pathname.replace(/^\/|\/$/g, '');

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** `docs/commands/<command>.md`: the inputs and outputs of every face, from one definition. */
export function commandDoc(command: CommandDefinition): string {
  const lines = [
    `<!-- ${GENERATED_NOTICE} -->`,
    `# ${command.title}`,
    '',
    command.description,
    '',
    '| GitHub input | DevOps input | CLI | Default | Description |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [name, def] of Object.entries(command.inputs)) {
    const cli = !inputOnFace(def, 'cli') ? '' : def.positional ? `\`<${name}>...\`` : `\`--${name}\`${def.short ? ` / \`-${def.short}\`` : ''}`;
    const options = def.options ? ` One of: ${def.options.map((o) => `\`${o}\``).join(', ')}.` : '';
    const fallback = def.default !== undefined ? `\`${def.default}\`` : def.required ? 'required' : '';
    const github = inputOnFace(def, 'github') ? `\`${name}\`` : '';
    const devops = inputOnFace(def, 'azure-devops') ? `\`${devopsName(name)}\`` : '';
    const kind = def.kind === 'secret' ? ' **Secret.**' : def.kind === 'serviceConnection' ? ' Azure Resource Manager service connection.' : '';
    lines.push(`| ${github} | ${devops} | ${cli} | ${fallback} | ${cell(def.description + options + kind)} |`);
  }
  lines.push('', '## Outputs', '', '| GitHub output | DevOps output variable | Description |', '| --- | --- | --- |');
  for (const [name, def] of Object.entries(command.outputs)) {
    lines.push(`| \`${name}\` | \`${devopsName(name)}\` | ${cell(def.description)} |`);
  }
  lines.push('', `GitHub: \`uses: ${ACTION_REPOSITORY}/actions/${command.name}@v0\`. Azure DevOps: task \`${command.task.name}@0\`. CLI: \`mapp ${command.name}\`.`);
  return lines.join('\n') + '\n';
}

/** `docs/rules.md`: the rule catalogue. */
export function rulesDoc(rules: readonly Rule[]): string {
  const lines = [
    `<!-- ${GENERATED_NOTICE} -->`,
    '# Validation rules',
    '',
    `${rules.length} rules. Skip or select them with \`--skip\` / \`--only\` by rule id or by arm-ttk test name.`,
    '',
    '| Rule id | arm-ttk test | Severity | What to change |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.id}\` | ${r.armTtk ? `\`${r.armTtk}\`` : '-'} | ${r.severity} | ${cell(r.description)} |`),
  ];
  return lines.join('\n') + '\n';
}
