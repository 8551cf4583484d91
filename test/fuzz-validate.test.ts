import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { runCommand } from '../shared/commands/run-command.js';
import { validateCommand } from '../shared/commands/validate.js';
import { RULE_CRASHED_ID } from '../shared/validate/run-rules.js';
import { validate } from '../shared/validate/validate.js';
import { FakeHost } from './helpers/fake-host.js';
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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type StructuralOp = { kind: 'delete' | 'replace' | 'duplicate' | 'retype' | 'insert'; target: number; key: string; value: Json };
type TextOp = { kind: 'truncate'; at: number } | { kind: 'bytes'; at: number; bytes: Uint8Array } | { kind: 'text'; at: number; text: string } | { kind: 'duplicate-line'; at: number };
type Mutation = { file: string; op: StructuralOp | TextOp };

const armish = fc.constantFrom(
  "[parameters('location')]",
  "[concat('a', parameters('storageAccountName'))]",
  "[resourceGroup().location]",
  "[steps('storageConfig').storageAccountName]",
  "[basics('x')]",
  '[concat(',
  '[[escaped]',
  '[]',
  '',
  'Microsoft.Common.TextBox',
  'Microsoft.Compute/virtualMachines',
  'securestring',
);
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  armish,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(armish, fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(armish, fc.integer(), fc.boolean()), { maxKeys: 3 }),
);
const structural: fc.Arbitrary<StructuralOp> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'duplicate', 'retype', 'insert'),
  target: fc.nat(),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('type', 'name', 'location', 'outputs', 'parameters', 'resources', 'apiVersion', 'views')),
  value: jsonValue,
});
const textual: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '//', '/*', '\\')) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);
const mutation: fc.Arbitrary<Mutation> = fc.record({ file: fc.constantFrom(...FILE_NAMES), op: fc.oneof({ weight: 3, arbitrary: structural }, { weight: 2, arbitrary: textual }) });

/** Every (container, key) slot of a JSON value, collected without recursion. */
function slots(root: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const found: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (Array.isArray(current)) current.forEach((child, index) => (found.push({ parent: current, key: index }), stack.push(child)));
    else if (current && typeof current === 'object') for (const [key, child] of Object.entries(current)) found.push({ parent: current, key }), stack.push(child);
  }
  return found;
}

function retyped(value: Json): Json {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return Object.values(value);
}

function applyStructural(text: string, op: StructuralOp): string {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return text; // an earlier textual mutation broke it: leave it broken
  }
  const all = slots(root);
  if (all.length === 0) return JSON.stringify(op.value);
  const { parent, key } = all[op.target % all.length]!;
  const get = () => (parent as Record<string | number, Json>)[key]!;
  const set = (k: string | number, v: Json) => void ((parent as Record<string | number, Json>)[k] = v);
  switch (op.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'replace':
      set(key, op.value);
      break;
    case 'duplicate':
      // Arrays get a second copy; objects get the property again under another case, which ARM treats as the same name.
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(get()));
      else set((key as string).toUpperCase() === key ? (key as string).toLowerCase() : (key as string).toUpperCase(), structuredClone(get()));
      break;
    case 'retype':
      set(key, retyped(get()));
      break;
    case 'insert': {
      const target = get();
      if (Array.isArray(target)) target.push(op.value);
      else if (target && typeof target === 'object') target[op.key] = op.value;
      else set(key, { [op.key]: op.value });
      break;
    }
  }
  return JSON.stringify(root, null, 2);
}

function applyTextual(bytes: Uint8Array, op: TextOp): Uint8Array {
  const at = op.at % (bytes.length + 1);
  const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  switch (op.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'bytes':
      return join(bytes.subarray(0, at), op.bytes, bytes.subarray(at));
    case 'text':
      return join(bytes.subarray(0, at), new TextEncoder().encode(op.text), bytes.subarray(at));
    case 'duplicate-line': {
      const lines = new TextDecoder().decode(bytes).split('\n');
      const index = op.at % lines.length;
      lines.splice(index, 0, lines[index]!);
      return new TextEncoder().encode(lines.join('\n'));
    }
  }
}

function mutate(mutations: readonly Mutation[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = Object.fromEntries(Object.entries(BASE_FILES).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  for (const { file, op } of mutations) {
    files[file] =
      op.kind === 'truncate' || op.kind === 'bytes' || op.kind === 'text' || op.kind === 'duplicate-line'
        ? applyTextual(files[file]!, op)
        : new TextEncoder().encode(applyStructural(new TextDecoder().decode(files[file]!), op));
  }
  return files;
}

describe('validate survives random damage to a valid package', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mapp-fuzz-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('no crash, a parsable report, well-formed findings, no rule crashed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        for (const [name, bytes] of Object.entries(mutate(mutations))) writeFileSync(path.join(dir, name), bytes);
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
