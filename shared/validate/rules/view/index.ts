import type { Rule } from '../../rule.js';
import { viewShapeRule } from './shape.js';
import { viewUniqueViewsRule } from './unique-views.js';

export const viewRules: readonly Rule[] = [viewShapeRule, viewUniqueViewsRule];
