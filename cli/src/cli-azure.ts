import { azureEnvironmentValues, environmentFallback } from '../../shared/azure/environment-values.js';
import type { RunnerIdentity } from '../../shared/azure/runner-identity.js';

/** On a laptop or in a shell step: the Azure SDK's `AZURE_*` variables, then the developer's Azure CLI login. */
export function cliRunnerIdentity(): RunnerIdentity {
  return {
    environment: azureEnvironmentValues(process.env),
    describeInput: (name) => {
      const variable = environmentFallback(name);
      return variable ? `option --${name} (or ${variable})` : `option --${name}`;
    },
  };
}
