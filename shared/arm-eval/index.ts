/**
 * An ARM template evaluator: a pure library (no I/O) that turns a JSON template, parameter
 * values and a deployment scope into resources with every expression evaluated.
 */
export { evaluateTemplate } from './evaluate-template.js';
export { TemplateEvaluationError, type TemplateErrorCode } from './errors.js';
export type { DeploymentScope, EvaluatedResource, TemplateEvaluation } from './types.js';
export { uniqueString, templateGuid } from './hashes.js';
export { AZURE_CLOUD_ENVIRONMENT } from './functions-scope.js';
export { SPECIAL_FORMS, templateFunctions } from './function-registry.js';
