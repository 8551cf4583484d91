/** What ARM would call the failure: the template is wrong, or the deployment could not finish. */
export type TemplateErrorCode = 'InvalidTemplate' | 'DeploymentFailed';

/**
 * A template that cannot be evaluated. `path` says where (`resources[5].properties.typeProperties.url`,
 * `parameters.namePrefix`, `variables.x`, `outputs.y`); the message starts with it, then says what
 * is wrong and what to do. `code` is the ARM error code a deployment would fail with.
 */
export class TemplateEvaluationError extends Error {
  override readonly name = 'TemplateEvaluationError';
  constructor(
    readonly path: string,
    /** The message without the path. */
    readonly detail: string,
    readonly code: TemplateErrorCode = 'InvalidTemplate',
  ) {
    super(path ? `${path}: ${detail}` : detail);
  }
}

/** Thrown by a template function; the evaluator adds the path and turns it into a TemplateEvaluationError. */
export class ArmFunctionError extends Error {
  constructor(
    message: string,
    readonly code: TemplateErrorCode = 'InvalidTemplate',
  ) {
    super(message);
  }
}
