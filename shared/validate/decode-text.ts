import type { TextEncoding } from './unit.js';

/**
 * Decodes a JSON file's bytes, recognising BOMs and BOM-less UTF-16, so the rules still see
 * the content while the package rules report the encoding itself.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be' };
  }
  // BOM-less UTF-16: JSON starts with an ASCII character, so one of the first two bytes is zero.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf16be' };
  }
  if (bytes.includes(0)) {
    return { text: '', encoding: 'binary' };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf8' };
}
