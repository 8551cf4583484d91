import type { Rule } from '../../rule.js';
import { adminPasswordNotLiteralRule } from './admin-password-not-literal.js';
import { adminUsernameNotLiteralRule } from './admin-username-not-literal.js';
import { apiVersionsRecentInReferenceRule } from './api-versions-recent-in-reference.js';
import { apiVersionsRecentRule } from './api-versions-recent.js';
import { artifactsParameterRule } from './artifacts-parameter.js';
import { commandToExecuteProtectedRule } from './command-to-execute-protected.js';
import { dependsOnBestPracticesRule } from './depends-on-best-practices.js';
import { deploymentNotDebugRule } from './deployment-not-debug.js';
import { dynamicVariableNoConcatRule } from './dynamic-variable-no-concat.js';
import { idsFromResourceIdsRule } from './ids-from-resource-ids.js';
import { locationNotHardcodedRule } from './location-not-hardcoded.js';
import { minMaxNumbersRule } from './min-max-numbers.js';
import { noExpressionNamesRule } from './no-expression-names.js';
import { noHardcodedUriRule } from './no-hardcoded-uri.js';
import { noManagedIdentityExtensionRule } from './no-managed-identity-extension.js';
import { schemaCorrectRule } from './schema-correct.js';

/**
 * The arm-ttk deploymentTemplate tests from adminPassword-Should-Not-Be-A-Literal to
 * Min-And-Max-Value-Are-Numbers, in arm-ttk's (alphabetical, case-insensitive) order.
 * DependsOn-Must-Not-Be-Conditional is gone upstream (DependsOn-Best-Practices checks if() now);
 * External-Links-Must-Reference-ArtifactsLocation was proposed upstream but never merged.
 */
export const templateRulesFirstHalf: readonly Rule[] = [
  adminPasswordNotLiteralRule,
  adminUsernameNotLiteralRule,
  apiVersionsRecentRule,
  apiVersionsRecentInReferenceRule,
  artifactsParameterRule,
  commandToExecuteProtectedRule,
  dependsOnBestPracticesRule,
  deploymentNotDebugRule,
  noHardcodedUriRule,
  schemaCorrectRule,
  dynamicVariableNoConcatRule,
  noExpressionNamesRule,
  idsFromResourceIdsRule,
  locationNotHardcodedRule,
  noManagedIdentityExtensionRule,
  minMaxNumbersRule,
];
