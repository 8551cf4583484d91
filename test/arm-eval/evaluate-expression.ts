import { evaluateTemplate, TemplateEvaluationError, type DeploymentScope } from '../../shared/arm-eval/index.js';

export const scope: DeploymentScope = {
  subscription: { subscriptionId: '3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03', tenantId: '8f1c2b5e-3c4a-4e9b-9a51-5d1e0c7a2b01', displayName: 'Contoso dev' },
  resourceGroup: { name: 'mrg-contoso', location: 'westeurope', managedBy: '/subscriptions/3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03/resourceGroups/apps/providers/Microsoft.Solutions/applications/contoso' },
  deploymentName: 'contoso-deploy',
};

/** Evaluates one expression as a template output. */
export async function evaluateExpression(expression: unknown, extra: { variables?: Record<string, unknown>; parameters?: Record<string, unknown>; values?: Record<string, unknown> } = {}): Promise<unknown> {
  const template = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: extra.parameters ?? {},
    variables: extra.variables ?? {},
    resources: [],
    outputs: { result: { type: 'object', value: expression } },
  };
  const { outputs } = await evaluateTemplate(template, extra.values ?? {}, scope);
  return outputs.result;
}

/** The TemplateEvaluationError a promise rejects with (fails the test when it resolves). */
export async function evaluationError(promise: Promise<unknown>): Promise<TemplateEvaluationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TemplateEvaluationError) return error;
    throw error;
  }
  throw new Error('expected a TemplateEvaluationError, but the evaluation succeeded');
}
