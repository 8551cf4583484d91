import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { loadZip, safeEntryPath, ZIP_LIMITS } from '../shared/validate/load-zip.js';
import { findingsFor } from './helpers/validate-fixture.js';

const TEMPLATE = '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": []\n}\n';
const CUID = '{\n  "handler": "Microsoft.Azure.CreateUIDef",\n  "parameters": {}\n}\n';
const text = (value: string) => new TextEncoder().encode(value);

function writeZip(entries: Zippable | Uint8Array, name = 'app.zip'): { absolute: string; display: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mapp-zip-'));
  const absolute = path.join(dir, name);
  writeFileSync(absolute, entries instanceof Uint8Array ? entries : zipSync(entries));
  return { absolute, display: name };
}

function load(entries: Zippable | Uint8Array) {
  const { absolute, display } = writeZip(entries);
  return loadZip(absolute, display);
}

describe('safeEntryPath', () => {
  test.each([
    ['mainTemplate.json', 'mainTemplate.json'],
    ['nested/storage.json', 'nested/storage.json'],
    ['nested\\storage.json', 'nested/storage.json'],
    ['a/../b.json', 'b.json'],
    ['./c.json', 'c.json'],
  ])('%s stays inside as %s', (raw, expected) => {
    expect(safeEntryPath(raw)).toBe(expected);
  });

  test.each(['../evil.json', 'a/../../evil.json', '..\\evil.json', 'a\\..\\..\\evil.json', '/etc/passwd', '\\evil.json', 'C:/evil.json', 'c:evil.json', '..', '', 'a\0b.json'])(
    '%j would escape or is not a file name',
    (raw) => {
      expect(safeEntryPath(raw)).toBeUndefined();
    },
  );
});

describe('loadZip', () => {
  test('reads every entry with its path and display, and finds the templates at the root', () => {
    const unit = load({ 'mainTemplate.json': text(TEMPLATE), 'createUiDefinition.json': text(CUID), 'nested/': {}, 'nested/storage.json': text(TEMPLATE) });
    expect(unit.kind).toBe('zip');
    expect(unit.files.map((f) => [f.path, f.display])).toEqual([
      ['mainTemplate.json', 'app.zip/mainTemplate.json'],
      ['createUiDefinition.json', 'app.zip/createUiDefinition.json'],
      ['nested/storage.json', 'app.zip/nested/storage.json'],
    ]);
    expect(unit.template?.document.root?.type).toBe('object');
    expect(unit.createUiDefinition?.file.path).toBe('createUiDefinition.json');
    expect(unit.otherJson.map((j) => j.file.path)).toEqual(['nested/storage.json']);
    expect(unit.loadProblems).toEqual([]);
  });

  test('entries that would escape the root are not read and become unsafe-path problems', () => {
    const unit = load({ 'mainTemplate.json': text(TEMPLATE), 'createUiDefinition.json': text(CUID), '../evil.json': text('{}'), '/abs.json': text('{}'), 'C:/drive.json': text('{}') });
    expect(unit.files.map((f) => f.path)).toEqual(['mainTemplate.json', 'createUiDefinition.json']);
    expect(unit.loadProblems.map((p) => [p.ruleId, p.display])).toEqual([
      ['package/unsafe-path', 'app.zip/../evil.json'],
      ['package/unsafe-path', 'app.zip//abs.json'],
      ['package/unsafe-path', 'app.zip/C:/drive.json'],
    ]);
  });

  test('a file that is not a zip, an empty file and a truncated zip are readable-problems naming the file', () => {
    const good = zipSync({ 'mainTemplate.json': text(TEMPLATE) });
    for (const bytes of [text('not a zip at all'), new Uint8Array(0), good.subarray(0, good.length - 30), good.subarray(0, 40)]) {
      const unit = load(bytes);
      expect(unit.files).toEqual([]);
      expect(unit.loadProblems).toEqual([expect.objectContaining({ ruleId: 'package/readable', display: 'app.zip' })]);
      expect(unit.loadProblems[0]!.message).toContain('app.zip');
    }
  });

  test('a corrupt entry is a readable-problem, not a crash', () => {
    const bytes = zipSync({ 'mainTemplate.json': text(TEMPLATE.repeat(20)) }, { level: 9 });
    // Overwrite the deflated data (after the 30-byte local header and the name) with garbage.
    const start = 30 + 'mainTemplate.json'.length;
    bytes.fill(0xff, start, start + 40);
    const unit = load(bytes);
    expect(unit.loadProblems.map((p) => p.ruleId)).toEqual(['package/readable']);
  });

  test('a zip declaring a huge uncompressed size is refused before inflating (zip bomb)', () => {
    const bytes = zipSync({ 'mainTemplate.json': text(TEMPLATE) });
    // Patch the uncompressed size in the central directory record (offset 24 of the record).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let central = bytes.length - 22;
    while (view.getUint32(central, true) !== 0x02014b50) central--;
    view.setUint32(central + 24, 0xfffffff0, true);
    const unit = load(bytes);
    expect(unit.files).toEqual([]);
    expect(unit.loadProblems).toEqual([expect.objectContaining({ ruleId: 'package/readable' })]);
    expect(unit.loadProblems[0]!.message).toContain('would unpack to');
  });

  test('a zip with more entries than the limit is refused', () => {
    const entries: Zippable = {};
    for (let i = 0; i <= ZIP_LIMITS.maxEntries; i++) entries[`f${i}.txt`] = [new Uint8Array(0), { level: 0 }];
    const unit = load(entries);
    expect(unit.loadProblems).toEqual([expect.objectContaining({ ruleId: 'package/readable' })]);
    expect(unit.loadProblems[0]!.message).toContain(`more than mapp reads (${ZIP_LIMITS.maxEntries})`);
  });

  test('the package size is the zip file size', () => {
    const bytes = zipSync({ 'mainTemplate.json': text(TEMPLATE), 'createUiDefinition.json': text(CUID) });
    expect(load(bytes).packageBytes).toBe(bytes.length);
  });
});

describe('zip fixtures through the rules', () => {
  test('the ../ fixture reports unsafe-path and nothing crashes', () => {
    const findings = findingsFor('test/fixtures/rules/package--unsafe-path.zip');
    expect(findings.map((f) => f.ruleId)).toEqual(['package/unsafe-path']);
  });

  test('the corrupt fixture reports only readable', () => {
    const findings = findingsFor('test/fixtures/rules/package--readable.zip');
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['package/readable', 1, 1]]);
  });
});
