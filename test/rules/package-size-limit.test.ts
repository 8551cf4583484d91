import { unitFromFiles } from '../../shared/validate/load-unit.js';
import { PACKAGE_LIMIT_BYTES, sizeLimitRule } from '../../shared/validate/rules/package/size-limit.js';
import type { UnitFile } from '../../shared/validate/unit.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const MB = 1024 * 1024;

function bigFile(path: string, size: number, read: () => Uint8Array): UnitFile {
  return { path, display: `app/${path}`, size, read };
}

describe('package/size-limit', () => {
  test('a zip under 120 MB passes; over it fails at the zip', () => {
    expect(check(sizeLimitRule, memoryUnit({ 'mainTemplate.json': '{}' }, { kind: 'zip', packageBytes: 119 * MB }))).toEqual([]);
    const findings = check(sizeLimitRule, memoryUnit({ 'mainTemplate.json': '{}' }, { kind: 'zip', packageBytes: PACKAGE_LIMIT_BYTES + 1 }));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'package/size-limit', severity: 'error', file: 'app.zip', line: 1, column: 1 })]);
    expect(findings[0]!.message).toContain('120.0 MB');
  });

  test('a folder whose files add up to more but compress well passes', () => {
    const zeros = bigFile('data.bin', 130 * MB, () => new Uint8Array(130 * MB));
    const unit = unitFromFiles('folder', 'app', [zeros], zeros.size, []);
    expect(check(sizeLimitRule, unit)).toEqual([]);
  });

  test('a folder whose files would zip to more than 120 MB fails', () => {
    // Unreadable files count at full size, so this needs no 130 MB of random bytes.
    const opaque = bigFile('data.bin', 130 * MB, () => {
      throw new Error('EACCES');
    });
    const findings = check(sizeLimitRule, unitFromFiles('folder', 'app', [opaque], opaque.size, []));
    expect(findings).toEqual([expect.objectContaining({ file: 'app', line: 1, column: 1 })]);
    expect(findings[0]!.message).toContain('would zip to about 130.0 MB');
  });

  test('single files are not packages', () => {
    expect(check(sizeLimitRule, memoryUnit({ 'mainTemplate.json': '{}' }, { kind: 'file', packageBytes: 500 * MB }))).toEqual([]);
  });
});
