import { inputOnFace, type CommandDefinition } from '../../shared/commands/definition.js';
import { commands } from '../../shared/commands/index.js';
import { devopsName } from '../../shared/commands/naming.js';
import { ACTION_REPOSITORY } from '../../scripts/generate/docs.js';

/** A mapp step found in a workflow or pipeline, and what is wrong with it (empty when nothing). */
export interface MappStep {
  readonly where: string;
  readonly command: string | undefined;
  readonly problems: string[];
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysOf(value: unknown): string[] {
  return isMap(value) ? Object.keys(value) : [];
}

/** Checks the passed input names against a command's inputs on a face; `naming` maps a definition name to the face's. */
function checkInputs(command: CommandDefinition, passed: string[], face: 'github' | 'azure-devops', extra: string[] = []): string[] {
  const naming = face === 'github' ? (name: string) => name : devopsName;
  const known = new Map(Object.entries(command.inputs).filter(([, def]) => inputOnFace(def, face)).map(([name, def]) => [naming(name), def]));
  const problems = passed.filter((name) => !known.has(name) && !extra.includes(name)).map((name) => `${command.name} has no ${face} input '${name}'`);
  for (const [name, def] of known) {
    if (def.required && def.default === undefined && !passed.includes(name)) problems.push(`${command.name} needs its required input '${name}'`);
  }
  return problems;
}

function checkAction(uses: string, step: Record<string, unknown>, major: number): Omit<MappStep, 'where'> | undefined {
  const match = /^([^@]+)@(.+)$/.exec(uses);
  if (!match || !(match[1] === ACTION_REPOSITORY || match[1]!.startsWith(`${ACTION_REPOSITORY}/`))) return undefined;
  const [, target, ref] = match;
  const problems = ref === `v${major}` ? [] : [`${uses}: use the moving major tag v${major}`];
  const passed = keysOf(step.with);
  if (target === ACTION_REPOSITORY) {
    const name = isMap(step.with) && typeof step.with.command === 'string' ? step.with.command : 'validate';
    const command = commands.find((c) => c.name === name);
    if (!command) return { command: undefined, problems: [...problems, `the root action has no command '${name}'`] };
    return { command: name, problems: [...problems, ...checkInputs(command, passed, 'github', ['command'])] };
  }
  const name = target!.slice(ACTION_REPOSITORY.length + 1).replace(/^actions\//, '');
  const command = commands.find((c) => `actions/${c.name}` === target!.slice(ACTION_REPOSITORY.length + 1));
  if (!command) return { command: undefined, problems: [...problems, `no action ${uses}: there is no command '${name}'`] };
  return { command: command.name, problems: [...problems, ...checkInputs(command, passed, 'github')] };
}

function checkTask(task: string, step: Record<string, unknown>, major: number): Omit<MappStep, 'where'> | undefined {
  const match = /^(Mapp[A-Za-z]*)@(\d+)$/.exec(task);
  if (!match) return undefined;
  const command = commands.find((c) => c.task.name === match[1]);
  if (!command) return { command: undefined, problems: [`no task ${match[1]}: no command declares it`] };
  const problems = Number(match[2]) === major ? [] : [`${task}: the extension ships major version ${major}`];
  return { command: command.name, problems: [...problems, ...checkInputs(command, keysOf(step.inputs), 'azure-devops')] };
}

/**
 * Every mapp action step (`uses: <repo>[/actions/<command>]@vN`) and mapp task step
 * (`task: Mapp<Task>@N`) anywhere in a parsed workflow, pipeline or fragment of one, each checked
 * against the command definitions that exist now.
 */
export function mappSteps(document: unknown, major: number, where = ''): MappStep[] {
  if (Array.isArray(document)) return document.flatMap((item, i) => mappSteps(item, major, `${where}[${i}]`));
  if (!isMap(document)) return [];
  const found =
    typeof document.uses === 'string' ? checkAction(document.uses, document, major)
    : typeof document.task === 'string' ? checkTask(document.task, document, major)
    : undefined;
  const here = found ? [{ where: where || '(root)', ...found }] : [];
  return [...here, ...Object.entries(document).flatMap(([key, value]) => mappSteps(value, major, `${where}.${key}`))];
}
