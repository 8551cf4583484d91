import type { Rule } from '../rule.js';
import { dataFactoryRules } from './adf/index.js';
import { createUiDefinitionRules } from './cuid/index.js';
import { graphDataConnectRules } from './gdc/index.js';
import { packageRules } from './package/index.js';
import { templateRules } from './template/index.js';
import { viewRules } from './view/index.js';

/** Every validation rule, in catalogue order. */
export const allRules: readonly Rule[] = [...packageRules, ...templateRules, ...createUiDefinitionRules, ...viewRules, ...dataFactoryRules, ...graphDataConnectRules];
