import type { Rule } from '../../rule.js';
import { allowedValuesAllowedRule } from './allowed-values-allowed.js';
import { controlsInOutputsExistRule } from './controls-in-outputs-exist.js';
import { credentialConfirmationVisibleRule } from './credential-confirmation-visible.js';
import { handlerRule } from './handler.js';
import { hideExistingHandledRule } from './hide-existing-handled.js';
import { locationInOutputsRule } from './location-in-outputs.js';
import { noBlanksRule } from './no-blanks.js';
import { outputsInTemplateParametersRule } from './outputs-in-template-parameters.js';
import { parametersWithoutDefaultInOutputsRule } from './parameters-without-default-in-outputs.js';
import { passwordMinLengthRule } from './password-min-length.js';
import { passwordTextboxesForPasswordsRule } from './password-textboxes-for-passwords.js';
import { schemaRule } from './schema.js';
import { textboxesWellFormedRule } from './textboxes-well-formed.js';
import { tooltipsPresentRule } from './tooltips-present.js';
import { usernamesNoDefaultRule } from './usernames-no-default.js';
import { validationsHaveMessageRule } from './validations-have-message.js';
import { vmSizesMatchTemplateRule } from './vm-sizes-match-template.js';

/** The arm-ttk createUiDefinition tests, in arm-ttk's (alphabetical) order. */
export const createUiDefinitionRules: readonly Rule[] = [
  allowedValuesAllowedRule,
  controlsInOutputsExistRule,
  noBlanksRule,
  schemaRule,
  credentialConfirmationVisibleRule,
  handlerRule,
  hideExistingHandledRule,
  locationInOutputsRule,
  outputsInTemplateParametersRule,
  parametersWithoutDefaultInOutputsRule,
  passwordTextboxesForPasswordsRule,
  passwordMinLengthRule,
  textboxesWellFormedRule,
  tooltipsPresentRule,
  usernamesNoDefaultRule,
  validationsHaveMessageRule,
  vmSizesMatchTemplateRule,
];
