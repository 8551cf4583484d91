import type { Rule } from '../../rule.js';
import { noBlanksRule } from './no-blanks.js';
import { noProvidersApiVersionsRule } from './no-providers-api-versions.js';
import { outputsNoSecretsRule } from './outputs-no-secrets.js';
import { parameterTypesConsistentRule } from './parameter-types-consistent.js';
import { parametersReferencedRule } from './parameters-referenced.js';
import { passwordParamsSecureRule } from './password-params-secure.js';
import { resourceIdsWellFormedRule } from './resource-ids-well-formed.js';
import { resourcesHaveLocationRule } from './resources-have-location.js';
import { resourcesNotAmbiguousRule } from './resources-not-ambiguous.js';
import { secureParamsNestedDeploymentsRule } from './secure-params-nested-deployments.js';
import { secureStringNoDefaultRule } from './secure-string-no-default.js';
import { urisProperlyConstructedRule } from './uris-properly-constructed.js';
import { variablesReferencedRule } from './variables-referenced.js';
import { vmImagesLatestRule } from './vm-images-latest.js';
import { vmSizeParameterRule } from './vm-size-parameter.js';
import { vmsNotPreviewRule } from './vms-not-preview.js';

/** The arm-ttk deploymentTemplate tests from Outputs-Must-Not-Contain-Secrets to VM-Size-Should-Be-A-Parameter. */
export const templateRulesSecondHalf: readonly Rule[] = [
  outputsNoSecretsRule,
  parameterTypesConsistentRule,
  parametersReferencedRule,
  passwordParamsSecureRule,
  noProvidersApiVersionsRule,
  resourceIdsWellFormedRule,
  resourcesHaveLocationRule,
  resourcesNotAmbiguousRule,
  secureParamsNestedDeploymentsRule,
  secureStringNoDefaultRule,
  noBlanksRule,
  urisProperlyConstructedRule,
  variablesReferencedRule,
  vmsNotPreviewRule,
  vmImagesLatestRule,
  vmSizeParameterRule,
];
