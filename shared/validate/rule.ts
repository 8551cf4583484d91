import type { Node } from 'jsonc-parser';
import type { Finding, Severity } from './finding.js';
import type { JsonDocument } from './json-document.js';
import type { UnitJson, ValidationUnit } from './unit.js';

/** What a rule sees: the unit and its parsed documents, and a way to report. */
export interface RuleContext {
  readonly unit: ValidationUnit;
  /** Parsed documents; undefined when the file is missing or is not valid JSON. */
  readonly template?: JsonDocument;
  readonly createUiDefinition?: JsonDocument;
  readonly viewDefinition?: JsonDocument;
  /** Every JSON file of the unit that parsed, template and createUiDefinition included. */
  readonly jsonFiles: readonly UnitJson[];
  /**
   * The date age-based rules judge against (how old an apiVersion is). Hosts leave it out to use
   * the current date; tests pass a fixed date so their results do not change as time passes.
   */
  readonly now?: Date;
  /** Reports at a node of a document (its property name when it is a property value). */
  report(document: JsonDocument, at: Node | undefined, message: string): void;
  /** Reports at an explicit position of a file (e.g. line 1, column 1 for a file-level problem). */
  reportAt(file: string, line: number, column: number, message: string): void;
}

/**
 * A validation rule: a stable id, the arm-ttk test it mirrors (if any), a default severity,
 * what to change in one line, and the check itself. Rules never print.
 */
export interface Rule {
  /** Stable id: `<area>/<kebab-name>`, e.g. `cuid/location-in-outputs`. */
  readonly id: string;
  /** The arm-ttk test name, exactly as arm-ttk spells it, or null. */
  readonly armTtk: string | null;
  readonly severity: Severity;
  /** One line: what to change to satisfy the rule. */
  readonly description: string;
  /** Link to the documentation that backs the rule, when there is one. */
  readonly helpUri?: string;
  check(context: RuleContext): void;
}

export type { Finding };
