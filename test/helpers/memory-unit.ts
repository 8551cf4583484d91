import type { Finding } from '../../shared/validate/finding.js';
import { unitFromFiles } from '../../shared/validate/load-unit.js';
import type { Rule } from '../../shared/validate/rule.js';
import { runRules } from '../../shared/validate/run-rules.js';
import type { LoadProblem, UnitFile, ValidationUnit } from '../../shared/validate/unit.js';

export interface MemoryUnitOptions {
  readonly kind?: ValidationUnit['kind'];
  /** Defaults to `app.zip` for zips, `app` otherwise. */
  readonly display?: string;
  /** Defaults to the sum of the files' sizes. */
  readonly packageBytes?: number;
  readonly loadProblems?: readonly LoadProblem[];
}

/** A file of an in-memory unit: text is written as UTF-8, bytes as they are. */
export function memoryFile(display: string, path: string, content: string | Uint8Array): UnitFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, display: `${display}/${path}`, size: bytes.length, read: () => bytes };
}

/** Builds a unit from file contents keyed by their path inside the unit. */
export function memoryUnit(files: Record<string, string | Uint8Array>, options: MemoryUnitOptions = {}): ValidationUnit {
  const kind = options.kind ?? 'folder';
  const display = options.display ?? (kind === 'zip' ? 'app.zip' : 'app');
  const unitFiles = Object.entries(files).map(([path, content]) => memoryFile(display, path, content));
  const bytes = options.packageBytes ?? unitFiles.reduce((sum, f) => sum + f.size, 0);
  return unitFromFiles(kind, display, unitFiles, bytes, options.loadProblems ?? []);
}

/** Runs one rule over a unit. */
export function check(rule: Rule, unit: ValidationUnit): Finding[] {
  return runRules(unit, [rule]);
}
