import { UsageError } from '../commands/usage-error.js';
import type { Rule } from './rule.js';

function matches(rule: Rule, name: string): boolean {
  const lowered = name.toLowerCase();
  return rule.id.toLowerCase() === lowered || rule.armTtk?.toLowerCase() === lowered;
}

/**
 * Narrows the rules by `--only` and `--skip`. Each name may be our rule id or the arm-ttk test
 * name, in any case, so teams coming from arm-ttk keep their `-Skip` lists. Unknown names are
 * a usage error rather than silently ignored.
 */
export function selectRules(all: readonly Rule[], only: readonly string[], skip: readonly string[]): Rule[] {
  for (const [flag, names] of [['only', only], ['skip', skip]] as const) {
    const unknown = names.filter((name) => !all.some((rule) => matches(rule, name)));
    if (unknown.length > 0) {
      throw new UsageError(
        `Unknown rule in '${flag}': ${unknown.join(', ')}. Use a rule id such as 'cuid/location-in-outputs' or an arm-ttk test name; 'mapp rules' lists them.`,
      );
    }
  }
  return all.filter(
    (rule) => (only.length === 0 || only.some((name) => matches(rule, name))) && !skip.some((name) => matches(rule, name)),
  );
}
