import { inputOnFace, type CommandDefinition, type InputDefinition } from '../../shared/commands/definition.js';
import { devopsName } from '../../shared/commands/naming.js';

const TASK_INPUT_TYPE: Record<InputDefinition['kind'], string> = {
  string: 'string',
  path: 'string',
  secret: 'string',
  boolean: 'boolean',
  list: 'multiLine',
  choice: 'pickList',
  serviceConnection: 'connectedService:AzureRM',
};

function label(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `tasks/<Task>/task.json` for a command; `version` is the package version (`1.2.3`). */
export function taskJson(command: CommandDefinition, version: string): string {
  const [major, minor, patch] = version.split('.').map((part) => Number.parseInt(part, 10));
  const task = {
    $schema: 'https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json',
    id: command.task.id,
    name: command.task.name,
    friendlyName: command.title,
    description: command.description,
    helpMarkDown: `Generated from shared/commands/${command.name}.ts. See docs/commands/${command.name}.md.`,
    category: command.task.category,
    author: 'mapp',
    version: { Major: major, Minor: minor, Patch: patch },
    minimumAgentVersion: '3.232.1',
    instanceNameFormat: command.title,
    inputs: Object.entries(command.inputs).filter(([, def]) => inputOnFace(def, 'azure-devops')).map(([name, def]) => ({
      name: devopsName(name),
      type: TASK_INPUT_TYPE[def.kind],
      label: label(name),
      required: Boolean(def.required),
      ...(def.default !== undefined ? { defaultValue: def.default } : {}),
      helpMarkDown: def.description,
      ...(def.options ? { options: Object.fromEntries(def.options.map((o) => [o, o])) } : {}),
      ...(def.kind === 'list' ? { properties: { resizable: 'true', rows: '3' } } : {}),
    })),
    outputVariables: Object.entries(command.outputs).map(([name, def]) => ({ name: devopsName(name), description: def.description })),
    execution: {
      Node24: { target: 'dist/index.js', argumentFormat: '' },
      Node20_1: { target: 'dist/index.js', argumentFormat: '' },
    },
  };
  return JSON.stringify(task, null, 2) + '\n';
}
