import type { DeploymentScope } from './types.js';

/** What a template function may read besides its arguments. */
export interface FunctionContext {
  readonly scope: DeploymentScope;
  readonly environment: Readonly<Record<string, unknown>>;
  readonly contentVersion: string;
}

/** A template function over evaluated arguments (lambda functions are async). Throws ArmFunctionError on bad arguments. */
export type ArmFunction = (args: readonly unknown[], context: FunctionContext) => unknown;
