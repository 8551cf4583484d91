import type { Rule } from '../../rule.js';
import { byteOrderMarkRule } from './byte-order-mark.js';
import { createUiDefinitionNameRule } from './create-ui-definition-name.js';
import { encodingRule } from './encoding.js';
import { jsonFilesValidRule } from './json-files-valid.js';
import { languageVersionRule } from './language-version.js';
import { mainTemplateNameRule } from './main-template-name.js';
import { readableRule } from './readable.js';
import { requiredFilesRule } from './required-files.js';
import { sizeLimitRule } from './size-limit.js';
import { sourceFileNamesRule } from './source-file-names.js';
import { unsafePathRule } from './unsafe-path.js';

export const packageRules: readonly Rule[] = [
  jsonFilesValidRule,
  readableRule,
  unsafePathRule,
  requiredFilesRule,
  mainTemplateNameRule,
  createUiDefinitionNameRule,
  sourceFileNamesRule,
  sizeLimitRule,
  encodingRule,
  byteOrderMarkRule,
  languageVersionRule,
];
