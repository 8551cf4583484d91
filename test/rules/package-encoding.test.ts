import { byteOrderMarkRule } from '../../shared/validate/rules/package/byte-order-mark.js';
import { encodingRule } from '../../shared/validate/rules/package/encoding.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const TEXT = '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": []\n}\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

describe('package/encoding and package/byte-order-mark', () => {
  test('UTF-8 without BOM passes both', () => {
    const unit = memoryUnit({ 'mainTemplate.json': TEXT, 'nested/storage.json': TEXT });
    expect(check(encodingRule, unit)).toEqual([]);
    expect(check(byteOrderMarkRule, unit)).toEqual([]);
  });

  test.each([
    ['UTF-16 LE with BOM', utf16(TEXT, false, true), 'little-endian'],
    ['UTF-16 BE with BOM', utf16(TEXT, true, true), 'big-endian'],
    ['UTF-16 LE without BOM', utf16(TEXT, false, false), 'little-endian'],
  ])('%s is an encoding error', (_name, bytes, order) => {
    const unit = memoryUnit({ 'mainTemplate.json': bytes });
    const findings = check(encodingRule, unit);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'package/encoding', severity: 'error', file: 'app/mainTemplate.json', line: 1, column: 1 })]);
    expect(findings[0]!.message).toContain(order);
    // The rules still see the content.
    expect(unit.template?.document.root?.type).toBe('object');
  });

  test('bytes that are not UTF-8 are an encoding error', () => {
    const latin1 = Uint8Array.from([...utf8('{ "a": "caf'), 0xe9, ...utf8('" }')]);
    const findings = check(encodingRule, memoryUnit({ 'createUiDefinition.json': latin1 }));
    expect(findings).toEqual([expect.objectContaining({ file: 'app/createUiDefinition.json' })]);
    expect(findings[0]!.message).toContain('not valid UTF-8');
  });

  test('a UTF-8 BOM is a warning only', () => {
    const unit = memoryUnit({ 'mainTemplate.json': withBom(TEXT) });
    expect(check(encodingRule, unit)).toEqual([]);
    expect(check(byteOrderMarkRule, unit)).toEqual([expect.objectContaining({ ruleId: 'package/byte-order-mark', severity: 'warning', file: 'app/mainTemplate.json', line: 1, column: 1 })]);
  });

  test('binary content is left to json/valid', () => {
    expect(check(encodingRule, memoryUnit({ 'mainTemplate.json': Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1]) }))).toEqual([]);
  });
});
