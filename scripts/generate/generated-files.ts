import { commands } from '../../shared/commands/index.js';
import { allRules } from '../../shared/validate/rules/index.js';
import { commandActionYml, rootActionYml } from './action-yml.js';
import { commandDoc, rulesDoc } from './docs.js';
import { taskJson } from './task-json.js';

/** Every generated file (path relative to the project root → content). */
export function generatedFiles(version: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set('action.yml', rootActionYml(commands));
  for (const command of commands) {
    files.set(`actions/${command.name}/action.yml`, commandActionYml(command));
    files.set(`tasks/${command.task.name}/task.json`, taskJson(command, version));
    files.set(`docs/commands/${command.name}.md`, commandDoc(command));
  }
  files.set('docs/rules.md', rulesDoc(allRules));
  return files;
}
