import * as core from '@actions/core';
import { azureEnvironmentValues } from '../../shared/azure/environment-values.js';
import type { RunnerIdentity } from '../../shared/azure/runner-identity.js';

/**
 * What a GitHub job offers for signing in to Azure: its OIDC ID token when the job has
 * `permissions: id-token: write` (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN),
 * and the Azure SDK's `AZURE_*` variables a workflow may set in `env:`.
 */
export function githubRunnerIdentity(): RunnerIdentity {
  const oidc = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  return {
    githubIdToken: oidc ? (audience) => core.getIDToken(audience) : undefined,
    environment: azureEnvironmentValues(process.env),
    describeInput: (name) => `input '${name}'`,
  };
}
