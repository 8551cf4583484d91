import type { Rule } from '../../rule.js';

export const createUiDefinitionRules: readonly Rule[] = [];
