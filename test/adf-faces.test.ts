import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from './helpers/run-bundle.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

/**
 * The three Data Factory mistakes the pipeline-validation issue names, each reported at its line
 * and column by all three faces: the CLI's json report, a GitHub annotation and a DevOps issue.
 */
const cases = [
  { fixture: 'adf--depends-on-exists', rule: 'adf/depends-on-exists', file: 'pipeline/CopyMessages.json', line: 78, column: 13 },
  { fixture: 'adf--expression-parameters', rule: 'adf/expression-parameters', file: 'pipeline/CopyMessages.json', line: 53, column: 48 },
  { fixture: 'gdc--date-filter', rule: 'gdc/date-filter', file: 'pipeline/CopyMessages.json', line: 49, column: 11 },
];

describe.each(cases)('$rule in every face', ({ fixture, rule, file, line, column }) => {
  const target = `test/fixtures/rules/${fixture}`;
  const where = `${target}/${file}`;

  function cliFinding(): { message: string } {
    const run = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['validate', target, '--only', rule, '--format', 'json']);
    expect(run.status).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string; file: string; line: number; column: number; message: string }[] };
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: rule, severity: 'error', file: where, line, column });
    return findings[0]!;
  }

  test('CLI, GitHub annotation and DevOps issue agree on the position', () => {
    const { message } = cliFinding();
    const outputs = mkdtempSync(path.join(os.tmpdir(), 'mapp-adf-faces-'));
    writeFileSync(path.join(outputs, 'out'), '');
    const github = runBundle('actions/validate/dist/index.js', PROJECT_ROOT, { INPUT_PATH: target, INPUT_ONLY: rule, GITHUB_OUTPUT: path.join(outputs, 'out') });
    expect(github.status).toBe(1);
    expect(github.lines).toContain(`::error title=${rule},file=${where},line=${line},col=${column}::${message} [${rule}]`);
    const devops = runBundle('tasks/MappValidate/dist/index.js', PROJECT_ROOT, { INPUT_PATH: target, INPUT_ONLY: rule, AGENT_TEMPDIRECTORY: outputs });
    expect(devops.lines).toContain(`##vso[task.logissue type=error;sourcepath=${where};linenumber=${line};columnnumber=${column};]${message} [${rule}]`);
    expect(devops.lines.some((l) => l.startsWith('##vso[task.complete result=Failed;]'))).toBe(true);
  });
});
