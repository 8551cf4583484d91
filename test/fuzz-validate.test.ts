import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { runCommand } from '../shared/commands/run-command.js';
import { validateCommand } from '../shared/commands/validate.js';
import { RULE_CRASHED_ID } from '../shared/validate/run-rules.js';
import { validate } from '../shared/validate/validate.js';
import { FakeHost } from './helpers/fake-host.js';
import { mutate, mutationOf } from './helpers/json-mutations.js';
import { EXAMPLE_APP, FIXTURES } from './helpers/validate-fixture.js';

/**
 * Property: whatever happens to a valid package's JSON (properties deleted, replaced,
 * duplicated or retyped, text truncated, random bytes or strings inserted), validate ends with
 * exit code 0 or 1, writes a parsable JSON report of well-formed findings, and no rule crashes.
 * Deterministic (fixed seed); FUZZ_RUNS and FUZZ_SEED allow a longer or different local session.
 */

function rootJsonFiles(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {};
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

/** The example app when it exists (its root JSON files), else a small realistic package. */
const EXAMPLE_FILES = rootJsonFiles(EXAMPLE_APP);
const BASE_FILES = Object.keys(EXAMPLE_FILES).length >= 2 ? EXAMPLE_FILES : rootJsonFiles(path.join(FIXTURES, 'fuzz-base'));
const FILE_NAMES = Object.keys(BASE_FILES);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const mutation = mutationOf(FILE_NAMES);

describe('validate survives random damage to a valid package', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mapp-fuzz-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('no crash, a parsable report, well-formed findings, no rule crashed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        for (const [name, bytes] of Object.entries(mutate(BASE_FILES, mutations))) writeFileSync(path.join(dir, name), bytes);
        const host = new FakeHost(dir);
        const values: Record<string, string> = { path: '.', format: 'json', output: 'report.json', 'fail-on': 'error' };
        const result = await runCommand(host, validateCommand, { get: (n) => values[n], describe: (n) => `input '${n}'` }, validate);
        expect([0, 1]).toContain(result.exitCode);
        const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { findings: Record<string, unknown>[] };
        expect(Array.isArray(report.findings)).toBe(true);
        for (const finding of report.findings) {
          expect(finding.ruleId).toEqual(expect.stringMatching(/^[a-z]+\/[a-z0-9-]+$/));
          expect(['error', 'warning', 'note']).toContain(finding.severity);
          expect(typeof finding.file).toBe('string');
          expect((finding.file as string).length).toBeGreaterThan(0);
          expect(typeof finding.message).toBe('string');
          expect(Number.isInteger(finding.line) && (finding.line as number) >= 1).toBe(true);
          expect(Number.isInteger(finding.column) && (finding.column as number) >= 1).toBe(true);
        }
        const crashed = report.findings.filter((f) => f.ruleId === RULE_CRASHED_ID);
        expect(crashed).toEqual([]);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_250_601), endOnFailure: true },
    );
  });
});
