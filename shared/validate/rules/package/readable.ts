import { READABLE_RULE_ID } from '../../load-zip.js';
import type { Rule } from '../../rule.js';
import { reportLoadProblems } from './load-problems.js';

/** A zip that is corrupt or beyond the safety limits, or a folder that cannot be listed. */
export const readableRule: Rule = {
  id: READABLE_RULE_ID,
  armTtk: null,
  severity: 'error',
  description: 'Rebuild the .zip (or fix the folder permissions) so every file of the package can be read.',
  check(context) {
    reportLoadProblems(context, READABLE_RULE_ID);
  },
};
