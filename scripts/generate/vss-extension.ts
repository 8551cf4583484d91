import type { CommandDefinition } from '../../shared/commands/definition.js';
import { TOOL_HOME } from '../../shared/tool-info.js';
import { GENERATED_NOTICE } from './action-yml.js';

export const EXTENSION_ICON = 'images/extension-icon.png';
export const EXTENSION_OVERVIEW = 'docs/azure-devops-extension.md';

/** The contribution id of a command's task: stable, since pipelines do not see it but the Marketplace does. */
export function taskContributionId(command: CommandDefinition): string {
  return `${command.name}-task`;
}

/**
 * `vss-extension.json`: the Azure DevOps extension manifest. One task contribution and one
 * packaged folder per command, so the extension ships exactly the tasks the definitions declare;
 * the extension version is the package version, like every task's.
 */
export function vssExtensionJson(commands: readonly CommandDefinition[], version: string): string {
  const manifest = {
    manifestVersion: 1,
    id: 'mapp',
    publisher: 'mapp-dev',
    version,
    name: 'mapp: CI/CD for Azure Managed Applications',
    description: 'Validate, build, publish and smoke-run Azure Managed Applications and Microsoft Graph Data Connect apps.',
    public: false,
    categories: ['Azure Pipelines'],
    tags: ['Azure Managed Applications', 'Marketplace', 'arm-ttk', 'Graph Data Connect', 'Data Factory'],
    targets: [{ id: 'Microsoft.VisualStudio.Services' }],
    icons: { default: EXTENSION_ICON },
    content: { details: { path: EXTENSION_OVERVIEW } },
    repository: { type: 'git', uri: TOOL_HOME },
    links: { home: { uri: TOOL_HOME }, support: { uri: `${TOOL_HOME}/issues` } },
    files: [{ path: 'images', addressable: true }, ...commands.map((command) => ({ path: `tasks/${command.task.name}` }))],
    contributions: commands.map((command) => ({
      id: taskContributionId(command),
      type: 'ms.vss-distributed-task.task',
      targets: ['ms.vss-distributed-task.tasks'],
      properties: { name: `tasks/${command.task.name}` },
    })),
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** The extension's Marketplace page (`docs/azure-devops-extension.md`): every task, from the definitions. */
export function extensionOverview(commands: readonly CommandDefinition[], version: string): string {
  const major = Number.parseInt(version, 10);
  const lines = [
    `<!-- ${GENERATED_NOTICE} -->`,
    '# mapp for Azure Pipelines',
    '',
    'CI/CD for **Azure Managed Applications** and **Microsoft Graph Data Connect** apps: the same checks and steps as the',
    'mapp GitHub Actions and the `mapp` CLI, as Azure Pipelines tasks.',
    '',
    '| Task | What it does |',
    '| --- | --- |',
    ...commands.map((command) => `| \`${command.task.name}@${major}\` | ${command.summary.replace(/\|/g, '\\|')} |`),
    '',
    'Tasks that talk to Azure take an **Azure Resource Manager service connection** (`connectedServiceNameARM`).',
    'Workload identity federation is recommended: no secret is stored anywhere.',
    '',
    '```yaml',
    'steps:',
    `  - task: MappValidate@${major}`,
    '    inputs:',
    '      path: app',
    '      sarifFile: $(Build.ArtifactStagingDirectory)/mapp.sarif',
    `  - task: MappBuild@${major}`,
    '    inputs:',
    '      path: app',
    '      out: $(Build.ArtifactStagingDirectory)/app.zip',
    `  - task: MappWhoAmI@${major}`,
    '    inputs:',
    '      connectedServiceNameARM: my-workload-identity-connection',
    '```',
    '',
    `Every input of every task, a multi-stage release pipeline to copy, and a guide for teams moving from the Data Factory deployment tasks: ${TOOL_HOME}`,
  ];
  return lines.join('\n') + '\n';
}
