import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
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

const EVERYTHING = { units: ['.'], ruleIds: new Set(['adf/depends-on-exists', 'adf/name-rules', 'adf/activity-count']) };

function baselineOf(...entries: Finding[]) {
  return { file: 'b.json', entries: entries.map((f) => ({ ruleId: f.ruleId, file: f.file, message: f.message, line: f.line })) };
}

describe('reading a baseline', () => {
  test('a JSON report gives one entry per finding, with its rule, file, message and line', () => {
    const dir = tempDir();
    const report = { findings: [finding({ line: 3 }), finding({ line: 9 }), finding({ message: 'other' })] };
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(report));
    const baseline = readBaseline(dir, 'b.json', "input 'baseline'");
    expect(baseline).toEqual({
      file: 'b.json',
      entries: [
        { ruleId: 'adf/depends-on-exists', file: 'pipeline/A.json', message: 'm', line: 3 },
        { ruleId: 'adf/depends-on-exists', file: 'pipeline/A.json', message: 'm', line: 9 },
        { ruleId: 'adf/depends-on-exists', file: 'pipeline/A.json', message: 'other', line: 1 },
      ],
    });
  });

  test("a SARIF report: only mapp's runs, results marked absent left out, uris back to the display paths they were written from", () => {
    const dir = tempDir();
    const result = (uri: string, extra: object = {}) => ({ ruleId: 'adf/name-rules', message: { text: 'bad name' }, locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 4 } } }], ...extra });
    const sarif = {
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'OtherLinter' } }, results: [result('x.json')] },
        { tool: { driver: { name: 'mapp' } }, results: [result('my%20factory/pipeline/A%23.json'), result('./b.json'), result('gone.json', { baselineState: 'absent' })] },
      ],
    };
    writeFileSync(path.join(dir, 'b.sarif'), JSON.stringify(sarif));
    const baseline = readBaseline(dir, 'b.sarif', "input 'baseline'");
    expect(baseline.entries.map((e) => [e.file, e.line])).toEqual([
      ['my factory/pipeline/A#.json', 4],
      ['b.json', 4],
    ]);
  });

  test('a report saved as UTF-16 with a byte order mark (PowerShell 5 redirection) is read', () => {
    const dir = tempDir();
    const text = JSON.stringify({ findings: [finding({})] });
    writeFileSync(path.join(dir, 'b.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(readBaseline(dir, 'b.json', "input 'baseline'").entries).toHaveLength(1);
  });

  const fix = "give the JSON or SARIF report of an earlier mapp validate as input 'baseline'";
  test.each([
    ['missing', undefined, "There is no baseline at nothing.json (input 'baseline', from ", "Write it first with the JSON report of a run, or leave input 'baseline' out."],
    ['a folder', 'folder', "The baseline nothing.json (input 'baseline') is a folder", fix],
    ['not JSON (a text report)', 'a.json:1:1 error Bad [rule]\n', 'nothing.json:1:1: the baseline is not valid JSON (', `${fix} (mapp's text and Markdown reports cannot serve)`],
    ['broken JSON', '{\n  "findings": [\n    {"ruleId": "a",}\n  ]\n}', 'nothing.json:3:20: the baseline is not valid JSON (property name expected)', fix],
    ['empty', '', 'nothing.json:1:1: the baseline is not valid JSON', fix],
    ['another shape', '{"results": []}', "nothing.json:1:1: it holds neither 'findings' (mapp's JSON report) nor 'runs' (a SARIF report)", fix],
    ['findings not a list', '{"findings": {}}', "nothing.json:1:2: 'findings' is not an array", fix],
    ['a finding without a message', '{"findings": [\n  {"ruleId": "a", "file": "f"}\n]}', 'nothing.json:2:3: this finding has no string message', fix],
    ["another tool's SARIF", '{"runs": [{"tool": {"driver": {"name": "eslint"}}, "results": []}]}', 'nothing.json:1:2: this SARIF report holds no run of mapp (tool.driver.name)', fix],
    ['a SARIF result without a location', '{"runs": [{"tool": {"driver": {"name": "mapp"}}, "results": [\n  {"ruleId": "a", "message": {"text": "t"}}\n]}]}', 'nothing.json:2:3: this result has no string locations[0].physicalLocation.artifactLocation.uri', fix],
  ])('%s: a usage error that names the file and the place', (_, text, expected, advice) => {
    const dir = tempDir();
    if (text === 'folder') mkdirSync(path.join(dir, 'nothing.json'));
    else if (text !== undefined) writeFileSync(path.join(dir, 'nothing.json'), text);
    expect(() => readBaseline(dir, 'nothing.json', "input 'baseline'")).toThrow(UsageError);
    expect(() => readBaseline(dir, 'nothing.json', "input 'baseline'")).toThrow(expected);
    expect(() => readBaseline(dir, 'nothing.json', "input 'baseline'")).toThrow(advice);
  });

  test('a file over 64 MB is refused before it is read', () => {
    const dir = tempDir();
    // Sparse: the size is all that is looked at.
    writeFileSync(path.join(dir, 'huge.json'), '');
    truncateSync(path.join(dir, 'huge.json'), 65 * 1024 * 1024);
    expect(() => readBaseline(dir, 'huge.json', "input 'baseline'")).toThrow("The baseline huge.json (input 'baseline') is 65.0 MB; mapp reads a baseline up to 64 MB.");
  });
});

describe('comparing with a baseline', () => {
  test('a finding that moved to another line is still known; each entry matches one finding', () => {
    const moved = finding({ line: 40 });
    const twin = finding({ line: 41 });
    const outcome = compareWithBaseline([moved, twin], baselineOf(finding({ line: 38 })), EVERYTHING);
    expect([...outcome.known]).toEqual([moved]);
    expect(outcome).toMatchObject({ gone: 0, unchecked: 0, entries: 1 });
  });

  test('of two identical findings, the one nearer the line of the entry is the known one', () => {
    const added = finding({ line: 5 });
    const old = finding({ line: 31 });
    const outcome = compareWithBaseline([added, old], baselineOf(finding({ line: 30 })), EVERYTHING);
    expect([...outcome.known]).toEqual([old]);
  });

  test('numbers standing alone in a message do not tell findings apart; numbers inside names do', () => {
    const grown = finding({ ruleId: 'adf/activity-count', message: "Pipeline 'Load2' has 122 activities; the limit is 120." });
    const renamed = finding({ ruleId: 'adf/activity-count', message: "Pipeline 'Load3' has 121 activities; the limit is 120." });
    const baseline = baselineOf(finding({ ruleId: 'adf/activity-count', message: "Pipeline 'Load2' has 121 activities; the limit is 120." }));
    expect([...compareWithBaseline([grown], baseline, EVERYTHING).known]).toEqual([grown]);
    expect(compareWithBaseline([renamed], baseline, EVERYTHING)).toMatchObject({ gone: 1 });
  });

  test('another message, file or rule is new, and the entry left over is counted as gone', () => {
    const outcome = compareWithBaseline([finding({ message: 'n' }), finding({ file: 'pipeline/B.json' }), finding({ ruleId: 'adf/name-rules' })], baselineOf(finding({})), EVERYTHING);
    expect(outcome).toMatchObject({ gone: 1, unchecked: 0 });
    expect(outcome.known.size).toBe(0);
  });

  test('an entry whose file is not there is missing, not gone', () => {
    const outcome = compareWithBaseline([], baselineOf(finding({ file: 'pipeline/Renamed.json' }), finding({})), { ...EVERYTHING, fileExists: (file) => file !== 'pipeline/Renamed.json' });
    expect(outcome).toMatchObject({ gone: 1, missing: 1, unchecked: 0 });
  });

  test('entries for a rule that did not run or a file under no path validated are unchecked, not gone', () => {
    const baseline = baselineOf(finding({ file: 'factory/pipeline/A.json' }), finding({ file: 'other/pipeline/A.json' }), finding({ file: 'factory/pipeline/A.json', ruleId: 'adf/name-rules' }));
    const outcome = compareWithBaseline([], baseline, { units: ['factory'], ruleIds: new Set(['adf/depends-on-exists']) });
    expect(outcome).toMatchObject({ gone: 1, missing: 0, unchecked: 2, entries: 3 });
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
    expect(text).toMatch(/1 error, 0 warnings, 0 notes in 2 paths \(\d+ rules checked\)\. Baseline .*baseline\.json: 2 known findings not shown or counted\./);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as { runs: { results: { ruleId: string; baselineState: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.baselineState])).toEqual([
      ['adf/depends-on-exists', 'unchanged'],
      ['adf/expression-activity', 'unchanged'],
      ['adf/expression-parameters', 'new'],
    ]);
  });

  test("mapp's SARIF report as baseline: a run over part of it leaves the rest unchecked, not gone", async () => {
    const dir = tempDir();
    await run({ path: `${DEPENDS_ON}\n${PARAMETERS}`, 'sarif-file': path.join(dir, 'baseline.sarif') });
    const { host, result } = await run({ path: PARAMETERS, baseline: path.join(dir, 'baseline.sarif') });
    expect(result.exitCode).toBe(0);
    expect(host.outputsSet).toMatchObject({ errors: '0', known: '1' });
    expect(host.infos.join('\n')).toMatch(/Baseline \S+baseline\.sarif: 1 known finding not shown or counted; 2 entries for rules or paths this run did not check\.$/m);
  });

  test('an entry whose finding is fixed is counted as gone', async () => {
    const dir = tempDir();
    await run({ path: DEPENDS_ON, format: 'json', output: path.join(dir, 'baseline.json') });
    const written = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: ReportFinding[] };
    written.findings.push({ ...written.findings[0]!, message: 'A problem fixed since.' });
    writeFileSync(path.join(dir, 'baseline.json'), JSON.stringify(written));
    const { host, result } = await run({ path: DEPENDS_ON, baseline: path.join(dir, 'baseline.json') });
    expect(result.exitCode).toBe(0);
    expect(host.infos.join('\n')).toContain('2 known findings not shown or counted; 1 of its findings no longer occurs (write a new baseline from a full run to drop it).');
  });

  test('a baseline written from another working directory matches nothing, and the count line says why', async () => {
    const dir = tempDir();
    await run({ path: DEPENDS_ON, format: 'json', output: path.join(dir, 'baseline.json') });
    const host = new FakeHost(path.join(PROJECT_ROOT, 'test'));
    const result = await runCommand(host, validateCommand, inputs({ path: DEPENDS_ON.replace(/^test\//, ''), baseline: path.join(dir, 'baseline.json') }), validate);
    expect(result.exitCode).toBe(1);
    expect(host.outputsSet).toMatchObject({ errors: '2', known: '0' });
    expect(host.infos.join('\n')).toContain(
      'none of its 2 entries is for a file this run checked. Its file paths are relative to the working directory it was written from; write and use it from the same one.',
    );
  });

  test('run from inside the folder the baseline names, the entries are not counted as fixed but explained', async () => {
    const dir = tempDir();
    await run({ path: DEPENDS_ON, format: 'json', output: path.join(dir, 'baseline.json') });
    const host = new FakeHost(path.join(PROJECT_ROOT, DEPENDS_ON));
    const result = await runCommand(host, validateCommand, inputs({ path: '.', baseline: path.join(dir, 'baseline.json') }), validate);
    expect(result.exitCode).toBe(1);
    const text = host.infos.join('\n');
    expect(text).toContain('none of its 2 entries is for a file this run checked.');
    expect(text).not.toContain('no longer occur');
  });

  test('a run of rules the baseline has no entry for leaves them all unchecked; it is not taken for another working directory', async () => {
    const dir = tempDir();
    await run({ path: DEPENDS_ON, format: 'json', output: path.join(dir, 'baseline.json') });
    const { host } = await run({ path: DEPENDS_ON, baseline: path.join(dir, 'baseline.json'), only: 'adf/name-rules' });
    expect(host.infos.join('\n')).toContain('0 known findings not shown or counted; 2 entries for rules or paths this run did not check.');
  });

  test("a factory file validated alone leaves its entries that need the rest of the factory unchecked, not gone", async () => {
    const dir = tempDir();
    await run({ path: DEPENDS_ON, format: 'json', output: path.join(dir, 'baseline.json') });
    const written = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: ReportFinding[] };
    // As if the full run had also found a reference that only the whole factory can judge.
    written.findings.push({ ...written.findings[0]!, ruleId: 'adf/reference-exists', message: "Activity 'CopyMessages' of pipeline 'CopyMessages' references dataset 'Gone', which its factory does not define." });
    writeFileSync(path.join(dir, 'baseline.json'), JSON.stringify(written));
    const { host, result } = await run({ path: `${DEPENDS_ON}/pipeline/CopyMessages.json`, baseline: path.join(dir, 'baseline.json') });
    expect(result.exitCode).toBe(0);
    expect(host.infos.join('\n')).toContain('2 known findings not shown or counted; 1 entry for rules or paths this run did not check.');
  });

  test('a report written over the baseline says the findings gone are gone from it, not to write a new one', async () => {
    const dir = tempDir();
    await run({ path: DEPENDS_ON, format: 'json', output: path.join(dir, 'baseline.json') });
    const written = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: ReportFinding[] };
    written.findings.push({ ...written.findings[0]!, message: 'A problem fixed since.' });
    writeFileSync(path.join(dir, 'baseline.json'), JSON.stringify(written));
    const { host } = await run({ path: DEPENDS_ON, baseline: path.join(dir, 'baseline.json'), format: 'json', output: path.join(dir, 'baseline.json') });
    expect(host.infos.join('\n')).toContain('1 of its findings no longer occurs (the report written over the baseline no longer lists it).');
    expect((JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: unknown[] }).findings).toHaveLength(2);
  });

  test('a wrong baseline stops the run before the rules, as a usage error naming the input', async () => {
    const { host, result } = await run({ path: DEPENDS_ON, baseline: 'no-such-baseline.json' });
    expect(result.exitCode).toBe(2);
    expect(result.message).toBe(`There is no baseline at no-such-baseline.json (input 'baseline', from ${PROJECT_ROOT}). Write it first with the JSON report of a run, or leave input 'baseline' out.`);
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

  test('CLI: a missing baseline is exit 2, naming the option', () => {
    const run = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['validate', DEPENDS_ON, '--baseline', 'no-such-baseline.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("There is no baseline at no-such-baseline.json (option --baseline, from ");
  });

  test('CLI: no new findings, exit 0', () => {
    const run = runBundle('cli/bin/mapp.js', PROJECT_ROOT, {}, ['validate', DEPENDS_ON, '--baseline', baseline]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 errors, 0 warnings, 0 notes in 1 path');
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
