import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../shared/validate/finding.js';
import { allRules } from '../../shared/validate/rules/index.js';
import { collectFindings } from '../../shared/validate/validate.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures');
export const EXAMPLE_APP = path.join(PROJECT_ROOT, 'examples/graph-data-connect-app');

/** Validates a path (relative to the project root) with every rule; returns the findings. */
export function findingsFor(relativePath: string): Finding[] {
  return collectFindings(PROJECT_ROOT, [relativePath], allRules);
}

/** The rule ids of the findings, deduplicated and sorted. */
export function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}
