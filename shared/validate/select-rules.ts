import { UsageError } from '../commands/usage-error.js';
import { closestName } from './datafactory/closest-name.js';
import { TOOL_HOME } from '../tool-info.js';
import type { Rule } from './rule.js';

function matches(rule: Rule, name: string): boolean {
  const lowered = name.toLowerCase();
  return rule.id.toLowerCase() === lowered || rule.armTtk?.toLowerCase() === lowered;
}

/**
 * Narrows the rules by `--only` and `--skip`. Each name may be our rule id or the arm-ttk test
 * name, in any case, so teams coming from arm-ttk keep their `-Skip` lists. Unknown names are
 * a usage error rather than silently ignored, with the closest name when one is near.
 *
 * @param describe how the host names an input in messages (`input 'skip'`, `option --skip`)
 */
export function selectRules(all: readonly Rule[], only: readonly string[], skip: readonly string[], describe: (input: string) => string): Rule[] {
  for (const [input, names] of [['only', only], ['skip', skip]] as const) {
    const unknown = names.filter((name) => !all.some((rule) => matches(rule, name)));
    if (unknown.length > 0) {
      const known = all.flatMap((rule) => (rule.armTtk ? [rule.id, rule.armTtk] : [rule.id]));
      const named = unknown.map((name) => {
        const closest = closestName(name, known);
        return closest ? `'${name}' (did you mean '${closest}'?)` : `'${name}'`;
      });
      throw new UsageError(
        `Unknown rule in ${describe(input)}: ${named.join(', ')}. Use a rule id such as 'adf/reference-exists' or an arm-ttk test name; ${TOOL_HOME}/blob/main/docs/rules.md and 'mapp rules' list them.`,
      );
    }
  }
  return all.filter(
    (rule) => (only.length === 0 || only.some((name) => matches(rule, name))) && !skip.some((name) => matches(rule, name)),
  );
}
