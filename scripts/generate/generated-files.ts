import { commands } from '../../shared/commands/index.js';
import { allRules } from '../../shared/validate/rules/index.js';
import { commandActionYml, rootActionYml } from './action-yml.js';
import { commandDoc, rulesDoc } from './docs.js';
import { extensionIconPng, taskIconPng } from './icons.js';
import { taskJson } from './task-json.js';
import { EXTENSION_ICON, EXTENSION_OVERVIEW, extensionOverview, vssExtensionJson } from './vss-extension.js';

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
  files.set('vss-extension.json', vssExtensionJson(commands, version));
  files.set(EXTENSION_OVERVIEW, extensionOverview(commands, version));
  return files;
}

/** Every generated image (path relative to the project root → PNG bytes): the task and extension icons. */
export function generatedImages(): Map<string, Uint8Array> {
  const images = new Map<string, Uint8Array>();
  for (const command of commands) images.set(`tasks/${command.task.name}/icon.png`, taskIconPng(command));
  images.set(EXTENSION_ICON, extensionIconPng());
  return images;
}
