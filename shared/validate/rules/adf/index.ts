import type { Rule } from '../../rule.js';
import { activityCountRule, activityLimitRule } from './activity-limit.js';
import { activityPolicyRule } from './activity-policy.js';
import { activityTypeRule } from './activity-type.js';
import { containerNestingRule } from './container-nesting.js';
import { controlSettingsRule } from './control-settings.js';
import { defaultValueTypesRule } from './default-value-types.js';
import { dependencyConditionsRule } from './dependency-conditions.js';
import { dependencyCycleRule } from './dependency-cycle.js';
import { dependsOnExistsRule } from './depends-on-exists.js';
import { expressionActivityRule } from './expression-activity.js';
import { expressionActivityOutputRule } from './expression-activity-output.js';
import { expressionFunctionsRule } from './expression-functions.js';
import { expressionItemRule } from './expression-item.js';
import { expressionLengthRule } from './expression-length.js';
import { expressionParametersRule } from './expression-parameters.js';
import { expressionScopeRule } from './expression-scope.js';
import { expressionSyntaxRule } from './expression-syntax.js';
import { expressionTypesRule } from './expression-types.js';
import { expressionSystemVariablesRule } from './expression-system-variables.js';
import { expressionVariablesRule } from './expression-variables.js';
import { fileNameRule } from './file-name.js';
import { forEachBatchCountRule } from './foreach-batch-count.js';
import { forEachParallelVariablesRule } from './foreach-parallel-variables.js';
import { nameRulesRule } from './name-rules.js';
import { objectShapeRule } from './object-shape.js';
import { objectSizeRule } from './object-size.js';
import { parameterLimitRule } from './parameter-limit.js';
import { referenceExistsRule } from './reference-exists.js';
import { referenceParametersRule } from './reference-parameters.js';
import { requiredParametersRule } from './required-parameters.js';
import { secureStringLiteralRule } from './secure-string-literal.js';
import { switchCasesRule } from './switch-cases.js';
import { triggerRecurrenceRule } from './trigger-recurrence.js';
import { uniqueNamesRule } from './unique-names.js';

/** The Data Factory rules: structure, names, references, activity graph, expressions, limits. */
export const dataFactoryRules: readonly Rule[] = [
  objectShapeRule,
  activityTypeRule,
  fileNameRule,
  nameRulesRule,
  uniqueNamesRule,
  referenceExistsRule,
  dependsOnExistsRule,
  dependencyCycleRule,
  dependencyConditionsRule,
  requiredParametersRule,
  referenceParametersRule,
  triggerRecurrenceRule,
  containerNestingRule,
  expressionSyntaxRule,
  expressionFunctionsRule,
  expressionParametersRule,
  expressionSystemVariablesRule,
  expressionScopeRule,
  expressionVariablesRule,
  expressionActivityRule,
  expressionActivityOutputRule,
  expressionItemRule,
  expressionTypesRule,
  forEachParallelVariablesRule,
  defaultValueTypesRule,
  activityLimitRule,
  activityCountRule,
  parameterLimitRule,
  forEachBatchCountRule,
  activityPolicyRule,
  controlSettingsRule,
  switchCasesRule,
  objectSizeRule,
  expressionLengthRule,
  secureStringLiteralRule,
];
