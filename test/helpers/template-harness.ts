import type { Finding } from '../../shared/validate/finding.js';
import { unitFromFiles } from '../../shared/validate/load-unit.js';
import type { Rule } from '../../shared/validate/rule.js';
import { runRules } from '../../shared/validate/run-rules.js';
import type { UnitFile } from '../../shared/validate/unit.js';
import { text, type Json } from './cuid-harness.js';

export const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** A deployment template with the usual header around the given sections. */
export function template(parts: Json = {}): Json {
  return { $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', ...parts, resources: parts.resources ?? [] };
}

/** The fixed date template tests judge API version ages against. */
export const TEST_DATE = new Date(Date.UTC(2026, 0, 15));

/**
 * Runs one rule over mainTemplate.json (and other files of the package, by path) on a fixed date.
 * Returns the findings and the main template's text, for positions.
 */
export function runTemplateRule(rule: Rule, main: unknown, others: Record<string, unknown> = {}, now: Date = TEST_DATE): { findings: Finding[]; text: string } {
  const mainText = text(main);
  const files: UnitFile[] = [['mainTemplate.json', mainText] as const, ...Object.entries(others).map(([p, v]) => [p, text(v)] as const)].map(
    ([path, content]) => {
      const bytes = new TextEncoder().encode(content);
      return { path, display: path, size: bytes.length, read: () => bytes };
    },
  );
  const unit = unitFromFiles('folder', '.', files, 0, []);
  return { findings: runRules(unit, [rule], { now }), text: mainText };
}
