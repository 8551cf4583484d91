import type { Rule } from '../../rule.js';
import { templateRulesFirstHalf } from './first-half.js';
import { templateRulesSecondHalf } from './second-half.js';

export const templateRules: readonly Rule[] = [...templateRulesFirstHalf, ...templateRulesSecondHalf];
