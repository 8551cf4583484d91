import type { TextEncoding } from './unit.js';

/** First characters a JSON text can start with (whitespace, a value, a comment). */
const JSON_START = new Set([0x09, 0x0a, 0x0d, 0x20, 0x7b /* { */, 0x5b /* [ */, 0x22 /* " */, 0x2f /* / */]);

/**
 * Decodes a JSON file's bytes, recognising BOMs and BOM-less UTF-16, so the rules still see
 * the content while the package rules report the encoding itself. Bytes that are neither are
 * `binary` with no text. Invalid UTF-8 sequences decode to U+FFFD; see `isValidUtf8`.
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
  // BOM-less UTF-16: JSON starts with an ASCII character, so one of its first two bytes is zero.
  // Only a character JSON can start with counts, so other binary data is not taken for text.
  if (bytes.length >= 2 && JSON_START.has(bytes[0]!) && bytes[1] === 0) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0 && JSON_START.has(bytes[1]!)) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf16be' };
  }
  if (bytes.includes(0)) {
    return { text: '', encoding: 'binary' };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf8' };
}

/** True when the bytes (after any UTF-8 BOM) are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
