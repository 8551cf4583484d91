import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { CommandResult } from '../shared/host/host.js';
import { runCommand } from '../shared/commands/run-command.js';
import { validateCommand } from '../shared/commands/validate.js';
import type { Finding } from '../shared/validate/finding.js';
import { MAX_JSON_NESTING } from '../shared/validate/json-nesting.js';
import { validate } from '../shared/validate/validate.js';
import { FakeHost } from './helpers/fake-host.js';
import { FIXTURES } from './helpers/validate-fixture.js';

const BASE = path.join(FIXTURES, 'fuzz-base');
const TEMPLATE = readFileSync(path.join(BASE, 'mainTemplate.json'), 'utf8');
const CUID = readFileSync(path.join(BASE, 'createUiDefinition.json'), 'utf8');

/** An app folder made of the clean base package with some files replaced. */
function appFolder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mapp-bad-input-'));
  const all = { 'mainTemplate.json': TEMPLATE, 'createUiDefinition.json': CUID, ...files };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function validateIn(dir: string, given = '.'): Promise<{ result: CommandResult; findings: Finding[] }> {
  const host = new FakeHost(dir);
  const values: Record<string, string> = { path: given, format: 'json', output: 'report.json' };
  const result = await runCommand(host, validateCommand, { get: (n) => values[n], describe: (n) => `input '${n}'` }, validate);
  if (result.exitCode === 2 || result.exitCode === 3) return { result, findings: [] };
  return { result, findings: JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).findings };
}

const only = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('bad input never crashes validate', () => {
  test('the base package is clean', async () => {
    const { result, findings } = await validateIn(appFolder());
    expect(findings).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  test('invalid JSON is a json/valid finding at its line and column', async () => {
    const broken = TEMPLATE.replace('"contentVersion": "1.0.0.0",', '"contentVersion": "1.0.0.0"');
    const { result, findings } = await validateIn(appFolder({ 'mainTemplate.json': broken }));
    expect(result.exitCode).toBe(1);
    expect(only(findings, 'json/valid')).toEqual([expect.objectContaining({ file: 'mainTemplate.json', line: 4, column: 3 })]);
  });

  test('a missing path is exit code 2 naming it', async () => {
    const { result } = await validateIn(appFolder(), 'no/such/app');
    expect(result.exitCode).toBe(2);
    expect(result.message).toContain('no/such/app');
  });

  test('100k nested arrays are reported as too deep, at the first level past the limit', async () => {
    const deep = `{\n  "resources": ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}\n`;
    const { result, findings } = await validateIn(appFolder({ 'mainTemplate.json': deep }));
    expect(result.exitCode).toBe(1);
    const syntax = only(findings, 'json/valid');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ file: 'mainTemplate.json', line: 2, column: 16 + MAX_JSON_NESTING - 1 });
    expect(syntax[0]!.message).toContain(`deeper than ${MAX_JSON_NESTING} levels`);
  });

  test('nesting up to the limit parses and every rule copes with it', async () => {
    const depth = MAX_JSON_NESTING - 10; // the cuid step already sits 4 levels deep
    const nested = `${'{"a":'.repeat(depth)}"[concat('x', 'y')]"${'}'.repeat(depth)}`;
    const template = TEMPLATE.replace('"containerName": "exports"', `"containerName": "exports",\n    "deep": ${nested}`);
    const cuid = CUID.replace('"bladeTitle": "Storage settings",', `"bladeTitle": "Storage settings",\n        "deep": ${nested},`);
    const { findings } = await validateIn(appFolder({ 'mainTemplate.json': template, 'createUiDefinition.json': cuid }));
    expect(only(findings, 'json/valid')).toEqual([]);
    expect(only(findings, 'mapp/rule-crashed')).toEqual([]);
  });

  test('brackets inside strings and comments do not count as nesting', async () => {
    const text = TEMPLATE.replace('"exports"', JSON.stringify('['.repeat(5000))).replace('{', `{\n  /* ${'{'.repeat(5000)} */`);
    const { findings } = await validateIn(appFolder({ 'mainTemplate.json': text }));
    expect(only(findings, 'json/valid')).toEqual([]);
  });

  test('a 50 MB string is refused with a size finding, not parsed', async () => {
    const huge = TEMPLATE.replace('"exports"', `"${'x'.repeat(50 * 1024 * 1024)}"`);
    const { result, findings } = await validateIn(appFolder({ 'mainTemplate.json': huge }));
    expect(result.exitCode).toBe(1);
    expect(only(findings, 'json/valid')).toEqual([expect.objectContaining({ file: 'mainTemplate.json', line: 1, column: 1 })]);
    expect(only(findings, 'json/valid')[0]!.message).toContain('mapp reads JSON files up to 32 MB');
  });

  test('a 5 MB string value is read and checked without crashing', async () => {
    const big = TEMPLATE.replace('"exports"', `"${'x'.repeat(5 * 1024 * 1024)}"`);
    const { findings } = await validateIn(appFolder({ 'mainTemplate.json': big }));
    expect(only(findings, 'json/valid')).toEqual([]);
    expect(only(findings, 'mapp/rule-crashed')).toEqual([]);
  });

  test('a binary file named .json is "not text"', async () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    const { findings } = await validateIn(appFolder({ 'createUiDefinition.json': binary }));
    expect(only(findings, 'json/valid')).toEqual([expect.objectContaining({ file: 'createUiDefinition.json', line: 1, column: 1 })]);
    expect(only(findings, 'json/valid')[0]!.message).toContain('not text');
  });

  test('a binary file given on its own is reported, not a usage error', async () => {
    const dir = appFolder({ 'blob.json': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    const { result, findings } = await validateIn(dir, 'blob.json');
    expect(result.exitCode).toBe(1);
    expect(findings.map((f) => f.ruleId)).toEqual(['json/valid']);
  });

  test('an empty file and a whitespace-only file are "empty"; a stray word is invalid JSON', async () => {
    const { findings } = await validateIn(appFolder({ 'mainTemplate.json': '', 'createUiDefinition.json': ' \n\t\n', 'nested/x.json': 'x' }));
    const syntax = only(findings, 'json/valid');
    expect(syntax.map((f) => [f.file, f.message])).toEqual([
      ['createUiDefinition.json', 'This file is empty; a JSON document is expected.'],
      ['mainTemplate.json', 'This file is empty; a JSON document is expected.'],
      ['nested/x.json', expect.stringContaining('Invalid JSON: unexpected character')],
    ]);
  });

  test('a link pointing outside the app folder is not read and is an unsafe-path finding', async () => {
    const dir = appFolder();
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'mapp-outside-')), 'secret.json');
    writeFileSync(outside, '{"secret": true}');
    symlinkSync(outside, path.join(dir, 'linked.json'));
    const { findings } = await validateIn(dir);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'package/unsafe-path', file: 'linked.json', line: 1, column: 1 })]);
  });

  const posixOnly = process.platform === 'win32' ? test.skip : test;
  posixOnly('a named pipe given as the path is a usage error, not a hang', async () => {
    const dir = appFolder();
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
    const { result } = await validateIn(dir, 'pipe.json');
    expect(result.exitCode).toBe(2);
    expect(result.message).toContain('not a regular file');
  });

  test('a zip with ../ entries and a corrupt zip are findings', async () => {
    const dir = appFolder();
    const encode = (s: string) => new TextEncoder().encode(s);
    writeFileSync(path.join(dir, 'evil.zip'), zipSync({ 'mainTemplate.json': encode(TEMPLATE), 'createUiDefinition.json': encode(CUID), '../evil.json': encode('{}'), '..\\..\\win.json': encode('{}') }));
    writeFileSync(path.join(dir, 'corrupt.zip'), encode('PK\u0003\u0004 definitely not a zip'));
    const evil = await validateIn(dir, 'evil.zip');
    expect(evil.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['package/unsafe-path', 'evil.zip/../evil.json'],
      ['package/unsafe-path', 'evil.zip/..\\..\\win.json'],
    ]);
    const corrupt = await validateIn(dir, 'corrupt.zip');
    expect(corrupt.result.exitCode).toBe(1);
    expect(corrupt.findings).toEqual([expect.objectContaining({ ruleId: 'package/readable', file: 'corrupt.zip', line: 1, column: 1 })]);
  });
});
