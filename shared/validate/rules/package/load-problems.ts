import type { RuleContext } from '../../rule.js';

/** Reports the problems met while loading the unit that belong to `ruleId`, each at line 1, column 1 of its path. */
export function reportLoadProblems(context: RuleContext, ruleId: string): void {
  for (const problem of context.unit.loadProblems) {
    if (problem.ruleId === ruleId) context.reportAt(problem.display, 1, 1, problem.message);
  }
}
