/**
 * One declaration per command: its inputs and outputs. The action manifests, the DevOps task
 * manifests, the CLI flags and the docs tables are all generated from these declarations.
 */

/**
 * `secret` values are masked and marked secret in the docs. `serviceConnection` is an Azure DevOps
 * service connection picker (`connectedService:AzureRM`): only the task has it.
 */
export type InputKind = 'string' | 'boolean' | 'list' | 'choice' | 'path' | 'secret' | 'serviceConnection';

export interface InputDefinition {
  readonly kind: InputKind;
  readonly description: string;
  readonly required?: boolean;
  /** Default as the runner would see it: always a string, like a workflow `with:` value. */
  readonly default?: string;
  /** Allowed values for `choice` inputs. */
  readonly options?: readonly string[];
  /** Single-letter CLI alias. */
  readonly short?: string;
  /** Positional CLI argument (at most one per command, `list` or `path`). */
  readonly positional?: boolean;
  /**
   * The faces that have this input; all of them when left out (a service connection is the
   * Azure DevOps task's alone). Generated manifests, CLI flags and docs follow it.
   */
  readonly faces?: readonly Face[];
}

export interface OutputDefinition {
  readonly description: string;
}

export interface CommandDefinition<
  I extends Record<string, InputDefinition> = Record<string, InputDefinition>,
  O extends Record<string, OutputDefinition> = Record<string, OutputDefinition>,
> {
  /** CLI sub-command and `actions/<name>` folder. */
  readonly name: string;
  /** Human title: action name and DevOps task friendly name. */
  readonly title: string;
  readonly description: string;
  /** At most 125 characters: the GitHub Marketplace shows no more of an action's description. */
  readonly summary: string;
  /** DevOps task: folder under `tasks/`, task `name`, and its stable GUID. */
  readonly task: { readonly name: string; readonly id: string; readonly category: 'Build' | 'Deploy' | 'Test' | 'Utility' };
  readonly inputs: I;
  readonly outputs: O;
}

/** Keeps the literal input and output names, so settings and outputs are type-checked keys. */
export function defineCommand<
  const I extends Record<string, InputDefinition>,
  const O extends Record<string, OutputDefinition>,
>(definition: CommandDefinition<I, O>): CommandDefinition<I, O> {
  return definition;
}

export type Face = 'github' | 'azure-devops' | 'cli';

/** Whether a face has an input: its `faces`, else everywhere but service connections outside DevOps. */
export function inputOnFace(def: InputDefinition, face: Face): boolean {
  if (def.faces) return def.faces.includes(face);
  return def.kind !== 'serviceConnection' || face === 'azure-devops';
}

/** A command only the CLI has (no action, no task), such as `mapp stand-in`. */
export type CliCommandDefinition<
  I extends Record<string, InputDefinition> = Record<string, InputDefinition>,
  O extends Record<string, OutputDefinition> = Record<string, OutputDefinition>,
> = Omit<CommandDefinition<I, O>, 'task'>;

export function defineCliCommand<
  const I extends Record<string, InputDefinition>,
  const O extends Record<string, OutputDefinition>,
>(definition: CliCommandDefinition<I, O>): CliCommandDefinition<I, O> {
  return definition;
}

export type InputName<C extends CliCommandDefinition> = keyof C['inputs'] & string;
export type OutputName<C extends CliCommandDefinition> = keyof C['outputs'] & string;

type ValueOf<D extends InputDefinition> = D['kind'] extends 'boolean'
  ? boolean
  : D['kind'] extends 'list'
    ? string[]
    : D extends { required: true } ? string : D extends { default: string } ? string : string | undefined;

/** The typed settings a use case receives, derived from the command's inputs. */
export type SettingsOf<C extends CliCommandDefinition> = {
  -readonly [K in keyof C['inputs'] & string]: ValueOf<C['inputs'][K]>;
};
