import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateCommand } from '../shared/commands/validate.js';
import { runCommand } from '../shared/commands/run-command.js';
import { UsageError } from '../shared/commands/usage-error.js';
import { compareWithBaseline, readBaseline } from '../shared/validate/baseline.js';
import type { Finding } from '../shared/validate/finding.js';
import { validate } from '../shared/validate/validate.js';
import { FakeHost } from './helpers/fake-host.js';
import { runBundle } from './helpers/run-bundle.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

const DEPENDS_ON = 'test/fixtures/rules/adf--depends-on-exists';
const PARAMETERS = 'test/fixtures/rules/adf--expression-parameters';

function inputs(values: Record<string, string>) {
  return { get: (name: string) => values[name], describe: (name: string) => `input '${name}'` };
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'mapp-baseline-'));
}

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: 'adf/depends-on-exists', armTtk: null, severity: 'error', message: 'm', file: 'pipeline/A.json', line: 1, column: 1, ...overrides };
}

type ReportFinding = Finding & { baselineState?: string };

/** Runs validate in the project root, the way a workflow runs it at the root of its checkout. */
async function run(values: Record<string, string>) {
  const host = new FakeHost(PROJECT_ROOT);
  const result = await runCommand(host, validateCommand, inputs(values), validate);
  return { host, result };
}

describe('reading a baseline', () => {
  test('a JSON report gives one entry per finding, keyed on rule, file and message', () => {
    const dir = tempDir();
    const report = { findings: [finding({ line: 3 }), finding({ line: 9 }), finding({ message: 'other' })] };
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(report));
    const baseline = readBaseline(dir, 'b.json', "input 'baseline'");
    expect(baseline.file).toBe('b.json');
    expect([...baseline.counts.values()].sort()).toEqual([1, 2]);
  });

  test('a SARIF report is read back to the display paths it was written from', () => {
    const dir = tempDir();
    const sarif = {
      version: '2.1.0',
      runs: [{ results: [{ ruleId: 'adf/name-rules', message: { text: 'bad name' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'my%20factory/pipeline/A%23.json' } } }] }] }],
    };
    writeFileSync(path.join(dir, 'b.sarif'), JSON.stringify(sarif));
    const baseline = readBaseline(dir, 'b.sarif', "input 'baseline'");
    const outcome = compareWithBaseline([finding({ ruleId: 'adf/name-rules', message: 'bad name', file: 'my factory/pipeline/A#.json' })], baseline);
    expect(outcome.known.size).toBe(1);
  });

  test('a report saved as UTF-16 with a byte order mark (PowerShell 5 redirection) is read', () => {
    const dir = tempDir();
    const text = JSON.stringify({ findings: [finding({})] });
    writeFileSync(path.join(dir, 'b.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(readBaseline(dir, 'b.json', "input 'baseline'").counts.size).toBe(1);
  });

  test.each([
    ['missing', undefined, "The baseline nothing.json (input 'baseline') does not exist"],
    ['not JSON', '{\n  "findings": [\n    {"ruleId": "a",}\n  ]\n}', 'nothing.json:3:20: the baseline is not valid JSON (property name expected)'],
    ['empty', '', 'nothing.json:1:1: the baseline is not valid JSON'],
    ['another shape', '{"results": []}', "nothing.json:1:1: it holds neither 'findings' (mapp's JSON report) nor 'runs' (a SARIF report)"],
    ['findings not a list', '{"findings": {}}', "nothing.json:1:2: 'findings' is not an array"],
    ['a finding without a message', '{"findings": [\n  {"ruleId": "a", "file": "f"}\n]}', 'nothing.json:2:3: this finding lacks a string ruleId, file or message'],
    ['a SARIF result without a location', '{"runs": [{"results": [\n  {"ruleId": "a", "message": {"text": "t"}}\n]}]}', 'nothing.json:2:3: this result lacks a ruleId, a message text or a location uri'],
  ])('%s: a usage error that names the file and the place', (_, text, expected) => {
    const dir = tempDir();
    if (text !== undefined) writeFileSync(path.join(dir, 'nothing.json'), text);
    let error: unknown;
    try {
      readBaseline(dir, 'nothing.json', "input 'baseline'");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(expected);
    expect((error as Error).message).toContain("give a report written by mapp validate --format json (or its SARIF report) as input 'baseline'");
  });
});

describe('comparing with a baseline', () => {
  test('a finding that moved to another line is still known; each entry matches one finding', () => {
    const baseline = { file: 'b.json', counts: new Map([['adf/depends-on-exists\npipeline/A.json\nm', 1]]) };
    const moved = finding({ line: 40 });
    const twin = finding({ line: 41 });
    const outcome = compareWithBaseline([moved, twin], baseline);
    expect([...outcome.known]).toEqual([moved]);
    expect(outcome.gone).toBe(0);
  });

  test('another message, file or rule is new, and the entry left over is counted as gone', () => {
    const baseline = { file: 'b.json', counts: new Map([['adf/depends-on-exists\npipeline/A.json\nm', 1]]) };
    const outcome = compareWithBaseline([finding({ message: 'n' }), finding({ file: 'pipeline/B.json' }), finding({ ruleId: 'adf/name-rules' })], baseline);
    expect(outcome.known.size).toBe(0);
    expect(outcome.gone).toBe(1);
  });
});

describe('validate with a baseline', () => {
  test("the run's own JSON report as baseline: nothing is shown, annotated or failed on, and the report keeps every finding", async () => {
    const dir = tempDir();
    const first = await run({ path: `${DEPENDS_ON}\n${PARAMETERS}`, format: 'json', output: path.join(dir, 'baseline.json') });
    expect(first.result.exitCode).toBe(1);
    const written = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: ReportFinding[] };
    expect(written.findings).toHaveLength(3);
    expect(written.findings.every((f) => !('baselineState' in f))).toBe(true);

    const second = await run({ path: `${DEPENDS_ON}\n${PARAMETERS}`, baseline: path.join(dir, 'baseline.json'), format: 'json', output: path.join(dir, 'again.json') });
    expect(second.result.exitCode).toBe(0);
    expect(second.host.annotationsMade).toEqual([]);
    expect(second.host.outputsSet).toMatchObject({ errors: '0', warnings: '0', notes: '0', known: '3' });
    expect(second.host.summaries.join('')).toContain('### mapp validate: passed');
    expect(second.host.summaries.join('')).toContain('3 known findings not shown or counted');
    const again = JSON.parse(readFileSync(path.join(dir, 'again.json'), 'utf8')) as { findings: ReportFinding[] };
    expect(again.findings.map((f) => f.baselineState)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  test('a new finding fails the run alone: annotated, counted, shown, and marked new in SARIF', async () => {
    const dir = tempDir();
    await run({ path: DEPENDS_ON, format: 'json', output: path.join(dir, 'baseline.json') });
    const { host, result } = await run({ path: `${DEPENDS_ON}\n${PARAMETERS}`, baseline: path.join(dir, 'baseline.json'), 'sarif-file': path.join(dir, 'out.sarif') });
    expect(result).toEqual({ exitCode: 1, message: 'Validation found 1 error, 0 warnings, 0 notes not in the baseline (failing on error).' });
    expect(host.annotationsMade.map((a) => `${a.file}:${a.line}:${a.column}`)).toEqual([`${PARAMETERS}/pipeline/CopyMessages.json:53:48`]);
    expect(host.outputsSet).toMatchObject({ errors: '1', known: '2' });
    const text = host.infos.join('\n');
    expect(text).toContain(`${PARAMETERS}/pipeline/CopyMessages.json:53:48 error`);
    expect(text).not.toContain(`${DEPENDS_ON}/pipeline/CopyMessages.json:78:13`);
    expect(text).toMatch(/1 error, 0 warnings, 0 notes in 2 packages \(\d+ rules checked\)\. Baseline .*baseline\.json: 2 known findings not shown or counted\./);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as { runs: { results: { ruleId: string; baselineState: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.baselineState])).toEqual([
      ['adf/depends-on-exists', 'unchanged'],
      ['adf/expression-activity', 'unchanged'],
      ['adf/expression-parameters', 'new'],
    ]);
  });

  test("a SARIF report as baseline: mapp's own round trip finds nothing new, and fixed findings are counted as gone", async () => {
    const dir = tempDir();
    await run({ path: `${DEPENDS_ON}\n${PARAMETERS}`, 'sarif-file': path.join(dir, 'baseline.sarif') });
    const { host, result } = await run({ path: PARAMETERS, baseline: path.join(dir, 'baseline.sarif') });
    expect(result.exitCode).toBe(0);
    expect(host.outputsSet).toMatchObject({ errors: '0', known: '1' });
    expect(host.infos.join('\n')).toContain('1 known finding not shown or counted; 2 of its findings no longer occur: write a new baseline to drop them.');
  });

  test('a wrong baseline stops the run before the rules, as a usage error naming the input', async () => {
    const { host, result } = await run({ path: DEPENDS_ON, baseline: 'no-such-baseline.json' });
    expect(result.exitCode).toBe(2);
    expect(result.message).toContain("The baseline no-such-baseline.json (input 'baseline') does not exist");
    expect(host.annotationsMade).toEqual([]);
  });
});

describe('a baseline in every face', () => {
  const dir = tempDir();
  const baseline = path.join(dir, 'baseline.json');

  beforeAll(() => {
    // The CLI writes the baseline; the GitHub action and the DevOps task then read it.
    const cli = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['validate', DEPENDS_ON, '--format', 'json', '--output', baseline]);
    expect(cli.status).toBe(1);
  });

  test('CLI: no new findings, exit 0', () => {
    const run = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['validate', DEPENDS_ON, '--baseline', baseline]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 errors, 0 warnings, 0 notes in 1 package');
    expect(run.stdout).toContain('2 known findings not shown or counted');
  });

  test('GitHub: no annotation, errors 0 and known 2 in the outputs', () => {
    const output = path.join(dir, 'github-output');
    writeFileSync(output, '');
    const run = runBundle('actions/validate/dist/index.js', PROJECT_ROOT, { INPUT_PATH: DEPENDS_ON, INPUT_BASELINE: baseline, GITHUB_OUTPUT: output });
    expect(run.status).toBe(0);
    expect(run.lines.filter((l) => l.startsWith('::error') || l.startsWith('::warning'))).toEqual([]);
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/errors<<[^\n]+\n0\n/);
    expect(outputs).toMatch(/known<<[^\n]+\n2\n/);
  });

  test('Azure DevOps: no issue, errors 0 and known 2 as output variables, the task succeeds', () => {
    const run = runBundle('tasks/MappValidate/dist/index.js', PROJECT_ROOT, { INPUT_PATH: DEPENDS_ON, INPUT_BASELINE: baseline, AGENT_TEMPDIRECTORY: dir });
    expect(run.lines.filter((l) => l.startsWith('##vso[task.logissue'))).toEqual([]);
    expect(run.lines).toContain('##vso[task.setvariable variable=errors;isOutput=true;issecret=false;]0');
    expect(run.lines).toContain('##vso[task.setvariable variable=known;isOutput=true;issecret=false;]2');
    expect(run.lines.some((l) => l.startsWith('##vso[task.complete result=Succeeded;]'))).toBe(true);
  });
});
