import type { Severity } from '../host/host.js';

export type { Severity };

/** One problem found, pinned to a file position. This is the stable JSON contract. */
export interface Finding {
  /** Our stable rule id, e.g. `cuid/location-in-outputs`. */
  readonly ruleId: string;
  /** The arm-ttk test name this rule mirrors, or null where arm-ttk has none. */
  readonly armTtk: string | null;
  readonly severity: Severity;
  readonly message: string;
  /** Path relative to the working directory, with `/` separators; inside a zip: `app.zip/entry`. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export const SEVERITY_RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

/** Orders findings by file, then position, then rule id, so every report is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
