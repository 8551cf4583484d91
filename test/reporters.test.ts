import type { Finding } from '../shared/validate/finding.js';
import type { Rule } from '../shared/validate/rule.js';
import { renderReport } from '../shared/report/render.js';
import { renderMarkdown } from '../shared/report/markdown-report.js';
import type { ValidationReport } from '../shared/report/report-model.js';

const rules: Rule[] = [
  { id: 'cuid/location-in-outputs', armTtk: 'Location-Should-Be-In-Outputs', severity: 'error', description: 'Add location to outputs.', check: () => undefined },
  { id: 'package/size-limit', armTtk: null, severity: 'warning', description: 'Keep the package under 120 MB.', check: () => undefined },
];
const findings: Finding[] = [
  { ruleId: 'cuid/location-in-outputs', armTtk: 'Location-Should-Be-In-Outputs', severity: 'error', message: 'No | location.', file: 'app dir/createUiDefinition.json', line: 4, column: 7 },
  { ruleId: 'package/size-limit', armTtk: null, severity: 'warning', message: 'Too big.', file: 'app.zip', line: 1, column: 1 },
];
const report: ValidationReport = { findings, rules, units: ['app dir', 'app.zip'], toolVersion: '0.1.0' };

test('SARIF 2.1.0 carries rule metadata and results pointing at their rules and regions', () => {
  const sarif = JSON.parse(renderReport(report, 'sarif'));
  expect(sarif.version).toBe('2.1.0');
  const run = sarif.runs[0];
  expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['cuid/location-in-outputs', 'package/size-limit']);
  expect(run.tool.driver.rules[0]).toMatchObject({ name: 'Location-Should-Be-In-Outputs', defaultConfiguration: { level: 'error' }, properties: { armTtk: 'Location-Should-Be-In-Outputs' } });
  expect(run.results[0]).toEqual({
    ruleId: 'cuid/location-in-outputs',
    ruleIndex: 0,
    level: 'error',
    message: { text: 'No | location.' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'app%20dir/createUiDefinition.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 7 } } }],
  });
  expect(run.results[1]).toMatchObject({ ruleIndex: 1, level: 'warning' });
});

test('text: one line per finding and a count line', () => {
  expect(renderReport(report, 'text')).toBe(
    'app dir/createUiDefinition.json:4:7 error No | location. [cuid/location-in-outputs / Location-Should-Be-In-Outputs]\n' +
      'app.zip:1:1 warning Too big. [package/size-limit]\n' +
      '1 error, 1 warning, 0 notes in 2 paths (2 rules checked).\n',
  );
});

test('markdown escapes table cells and caps the rows it shows', () => {
  const md = renderMarkdown(report, 1);
  expect(md).toContain('| ❌ error | `app dir/createUiDefinition.json:4:7` | No \\| location. | `cuid/location-in-outputs`<br>Location-Should-Be-In-Outputs |');
  expect(md).not.toContain('Too big.');
  expect(md).toContain('…and 1 more findings; see the full report.');
});

test('json is exactly the documented contract', () => {
  expect(JSON.parse(renderReport(report, 'json'))).toEqual({ findings: findings.map((f) => ({ ...f })) });
  expect(Object.keys(JSON.parse(renderReport(report, 'json')).findings[0])).toEqual(['ruleId', 'armTtk', 'severity', 'message', 'file', 'line', 'column']);
});
