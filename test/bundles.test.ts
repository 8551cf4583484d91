import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES } from './helpers/validate-fixture.js';
import { runBundle } from './helpers/run-bundle.js';

// An app whose template has one syntax error at 6:3 and nothing else wrong.
const BROKEN = path.join(FIXTURES, 'broken-app');
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'mapp-bundle-'));

/** Reads a GITHUB_OUTPUT file written with the `name<<delimiter` form. */
function readGithubOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    while (lines[++i] !== match[2]) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

describe('GitHub action bundle (actions/validate/dist)', () => {
  test('annotates findings with file, line and column, writes outputs and the job summary, and fails', () => {
    const dir = tempDir();
    const outputFile = path.join(dir, 'output');
    const summaryFile = path.join(dir, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const run = runBundle('actions/validate/dist/index.js', BROKEN, {
      INPUT_PATH: '.',
      'INPUT_FAIL-ON': 'error',
      'INPUT_SARIF-FILE': path.join(dir, 'mapp.sarif'),
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    expect(run.status).toBe(1);
    expect(run.lines).toContain(
      "::error title=JSONFiles-Should-Be-Valid,file=mainTemplate.json,line=6,col=3::Invalid JSON: ',' expected (4 more syntax errors may follow from it). [json/valid]",
    );
    expect(run.lines).toContain('::error::Validation found 1 error, 0 warnings, 0 notes (failing on error).');
    const outputs = readGithubOutputs(outputFile);
    expect(outputs).toMatchObject({ errors: '1', warnings: '0', notes: '0', 'sarif-file': path.join(dir, 'mapp.sarif') });
    expect(JSON.parse(readFileSync(path.join(dir, 'mapp.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(summaryFile, 'utf8')).toContain('| ❌ error | `mainTemplate.json:6:3` |');
  });

  test('a bad input value fails the step with a message naming the input, not a stack trace', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'output'), '');
    const run = runBundle('actions/validate/dist/index.js', BROKEN, { 'INPUT_FAIL-ON': 'sometimes', GITHUB_OUTPUT: path.join(dir, 'output') });
    expect(run.status).toBe(1);
    expect(run.lines).toContain("::error::input 'fail-on' must be one of error, warning, never; got 'sometimes'.");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('Azure DevOps task bundle (tasks/MappValidate/dist)', () => {
  test('logs issues with source path, line and column, sets output variables, uploads a summary and completes as failed', () => {
    const dir = tempDir();
    const run = runBundle('tasks/MappValidate/dist/index.js', BROKEN, { INPUT_PATH: '.', INPUT_FAILON: 'error', AGENT_TEMPDIRECTORY: dir });
    expect(run.status).toBe(0);
    expect(run.lines).toContain(
      "##vso[task.logissue type=error;sourcepath=mainTemplate.json;linenumber=6;columnnumber=3;]Invalid JSON: ',' expected (4 more syntax errors may follow from it). [json/valid]",
    );
    expect(run.lines).toContain('##vso[task.setvariable variable=errors;isOutput=true;issecret=false;]1');
    const summary = run.lines.find((l) => l.startsWith('##vso[task.uploadsummary]'));
    expect(readFileSync(summary!.slice('##vso[task.uploadsummary]'.length), 'utf8')).toContain('`mainTemplate.json:6:3`');
    expect(run.lines).toContain('##vso[task.complete result=Failed;]Validation found 1 error, 0 warnings, 0 notes (failing on error).');
  });

  test('fail-on never completes as succeeded', () => {
    const run = runBundle('tasks/MappValidate/dist/index.js', BROKEN, { INPUT_FAILON: 'never', AGENT_TEMPDIRECTORY: tempDir() });
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
  });
});

describe('CLI bundle (cli/bin/mapp.js)', () => {
  test('prints findings as file:line:col lines and exits 1', () => {
    const run = runBundle('cli/bin/mapp.js', BROKEN, {}, ['validate', '.']);
    expect(run.status).toBe(1);
    expect(run.lines[0]).toBe("mainTemplate.json:6:3 error Invalid JSON: ',' expected (4 more syntax errors may follow from it). [json/valid / JSONFiles-Should-Be-Valid]");
  });

  test('json format follows the documented contract', () => {
    const run = runBundle('cli/bin/mapp.js', BROKEN, {}, ['validate', '--format', 'json', '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      findings: [
        {
          ruleId: 'json/valid',
          armTtk: 'JSONFiles-Should-Be-Valid',
          severity: 'error',
          message: "Invalid JSON: ',' expected (4 more syntax errors may follow from it).",
          file: 'mainTemplate.json',
          line: 6,
          column: 3,
        },
      ],
    });
  });

  test('usage errors exit 2 with a one-line message', () => {
    const missing = runBundle('cli/bin/mapp.js', BROKEN, {}, ['validate', 'no-such-dir']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('mapp: Path not found: no-such-dir. Give an app folder, a built .zip or a JSON file.\n');
    const flag = runBundle('cli/bin/mapp.js', BROKEN, {}, ['validate', '--frobnicate']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe("mapp: Unknown option --frobnicate for mapp validate. Run 'mapp validate --help' for its options.\n");
  });
});

describe('GitHub annotation limits', () => {
  test('past the ten a step shows, annotations stop, the failure line stays visible, and the log and summary say how many were left out', () => {
    // A factory with 12 pipelines, each depending on an activity that does not exist: 12 errors.
    const dir = tempDir();
    const factory = path.join(dir, 'factory');
    mkdirSync(path.join(factory, 'pipeline'), { recursive: true });
    for (let i = 0; i < 12; i++) {
      const pipeline = {
        name: `P${i}`,
        properties: {
          activities: [
            { name: 'Wait', type: 'Wait', dependsOn: [{ activity: 'Missing', dependencyConditions: ['Succeeded'] }], typeProperties: { waitTimeInSeconds: 1 } },
          ],
        },
      };
      writeFileSync(path.join(factory, 'pipeline', `P${i}.json`), JSON.stringify(pipeline, null, 2));
    }
    const summaryFile = path.join(dir, 'summary.md');
    writeFileSync(path.join(dir, 'output'), '');
    writeFileSync(summaryFile, '');
    const run = runBundle('actions/validate/dist/index.js', dir, { INPUT_PATH: 'factory', 'INPUT_ONLY': 'adf/depends-on-exists', GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: summaryFile });
    expect(run.status).toBe(1);
    const errors = run.lines.filter((l) => l.startsWith('::error'));
    // Nine findings, then the line that fails the step: the ten GitHub shows.
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((l) => l.includes('[adf/depends-on-exists]'))).toBe(true);
    expect(errors[9]).toBe('::error::Validation found 12 errors, 0 warnings, 0 notes (failing on error).');
    const note = 'GitHub shows 10 annotations of each kind per step: 3 of the errors are not annotated on the files.';
    expect(run.stdout).toContain(note);
    expect(readFileSync(summaryFile, 'utf8')).toContain(note);
    // The log's report still lists all twelve.
    expect(run.lines.filter((l) => / error Activity 'Wait' depends on 'Missing'/.test(l))).toHaveLength(12);
    expect(readGithubOutputs(path.join(dir, 'output'))).toMatchObject({ errors: '12' });
  });
});
