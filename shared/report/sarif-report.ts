import type { Severity } from '../host/host.js';
import type { ValidationReport } from './report-model.js';
import { TOOL_HOME } from '../tool-info.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

/** Encodes a relative path as a URI reference (each segment percent-encoded). */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 with full rule metadata, accepted by GitHub code scanning. Compared with a
 * baseline, each result has its `baselineState`; every finding is listed, known or not.
 */
export function renderSarif(report: ValidationReport): string {
  const known = report.baseline?.known;
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mapp',
            semanticVersion: report.toolVersion,
            informationUri: TOOL_HOME,
            rules: report.rules.map((rule) => ({
              id: rule.id,
              name: rule.armTtk ?? rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
              help: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { armTtk: rule.armTtk, tags: ['azure-managed-application'] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The working directory mapp ran in.' } } },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          ...(known ? { baselineState: known.has(f) ? 'unchanged' : 'new' } : {}),
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
