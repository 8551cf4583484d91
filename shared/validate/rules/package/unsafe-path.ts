import { UNSAFE_PATH_RULE_ID } from '../../load-zip.js';
import type { Rule } from '../../rule.js';
import { reportLoadProblems } from './load-problems.js';

/**
 * Zip entries that would extract outside the package root (`../`, absolute paths, drive
 * letters) and symbolic links that leave the app folder. They are never read.
 */
export const unsafePathRule: Rule = {
  id: UNSAFE_PATH_RULE_ID,
  armTtk: null,
  severity: 'error',
  description: 'Keep every file of the package inside its root: no `../` or absolute zip entry names, no links pointing outside the app folder.',
  check(context) {
    reportLoadProblems(context, UNSAFE_PATH_RULE_ID);
  },
};
