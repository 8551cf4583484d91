import type { Rule } from '../../rule.js';
import { jsonFilesValidRule } from './json-files-valid.js';

export const packageRules: readonly Rule[] = [jsonFilesValidRule];
