import { compareFindings, type Finding } from './finding.js';
import type { JsonDocument } from './json-document.js';
import type { Rule, RuleContext } from './rule.js';
import type { UnitJson, ValidationUnit } from './unit.js';

/** Id of the finding raised when a rule itself throws: a bug in mapp, never in the user's files. */
export const RULE_CRASHED_ID = 'mapp/rule-crashed';

function parsed(json: UnitJson | undefined): JsonDocument | undefined {
  return json && json.document.root && json.document.errors.length === 0 ? json.document : undefined;
}

/** Ids of the rules for deployment templates people write, which a generated one is not held to. */
const TEMPLATE_RULES = 'template/';

/** Options of a rule run. */
export interface RunRulesOptions {
  /** The date age-based rules judge against; the current date when left out. */
  readonly now?: Date;
}

/** Runs the rules over one unit and returns its findings, sorted by file and position. */
export function runRules(unit: ValidationUnit, rules: readonly Rule[], options: RunRulesOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const jsonFiles = [unit.template, unit.createUiDefinition, unit.viewDefinition, ...unit.otherJson].filter(
    (json): json is UnitJson => json !== undefined && parsed(json) !== undefined,
  );
  for (const rule of rules) {
    if (unit.publishedFactory && rule.id.startsWith(TEMPLATE_RULES)) continue;
    const base = { ruleId: rule.id, armTtk: rule.armTtk, severity: rule.severity };
    const context: RuleContext = {
      unit,
      template: parsed(unit.template),
      createUiDefinition: parsed(unit.createUiDefinition),
      viewDefinition: parsed(unit.viewDefinition),
      jsonFiles,
      now: options.now,
      report(document, at, message) {
        findings.push({ ...base, message, file: document.file, ...document.positionOf(at) });
      },
      reportAt(file, line, column, message) {
        findings.push({ ...base, message, file, line, column });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      findings.push({
        ruleId: RULE_CRASHED_ID,
        armTtk: null,
        severity: 'error',
        message: `Rule ${rule.id} could not check this package (${error instanceof Error ? error.message : String(error)}). This is a bug in mapp: please report it with the file.`,
        file: unit.display,
        line: 1,
        column: 1,
      });
    }
  }
  return findings.sort(compareFindings);
}
