/**
 * The two hashing template functions. Microsoft does not document either algorithm; these follow
 * public descriptions (facts only; no code copied):
 *
 * - uniqueString: a 64-bit MurmurHash built from two MurmurHash3-x86 lanes (constants c1
 *   0x239b961b, c2 0xab0e9789, 8-byte blocks, seed 0) over the UTF-8 bytes of the arguments
 *   joined with '-', written as 13 characters of base 32 (a-z, 2-7) from the high bits down.
 *   It reproduces the four published pairs in test/arm-eval/hashes.test.ts (Azure/terraform-
 *   provider-azapi, smokedlinq/powershell-az). One other published pair (a unit test in
 *   microsoft/commercial-marketplace-offer-deploy) does not match and is unexplained, and
 *   non-ASCII input is untested: treat values as very likely, not certainly, Azure's.
 * - guid: an RFC 4122 §4.3 name-based (version 5, SHA-1) UUID in the namespace
 *   11fb06fb-712d-4ddd-98c7-e71bbd588830, the name being the arguments joined with '-' (UTF-8),
 *   as several public projects describe it. No published guid() input/output pair was found to
 *   test against, so it is NOT verified to match Azure's values.
 */
import { createHash } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const MASK64 = 0xffffffffffffffffn;

const rotl32 = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul32 = (a: number, b: number): number => Math.imul(a, b) >>> 0;

function finalMix32(h: number): number {
  h ^= h >>> 16;
  h = mul32(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = mul32(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const mixLane1 = (k: number): number => mul32(rotl32(mul32(k, C1), 15), C2);
const mixLane2 = (k: number): number => mul32(rotl32(mul32(k, C2), 17), C1);

function littleEndian(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = end - 1; i >= start; i--) value = (value << 8) | bytes[i]!;
  return value >>> 0;
}

/** The 64-bit hash uniqueString encodes. */
export function murmurHash64(bytes: Uint8Array): bigint {
  let h1 = 0;
  let h2 = 0;
  const length = bytes.length;
  let i = 0;
  for (; i + 8 <= length; i += 8) {
    h1 = rotl32((h1 ^ mixLane1(littleEndian(bytes, i, i + 4))) >>> 0, 19);
    h1 = (mul32((h1 + h2) >>> 0, 5) + 0x561ccd1b) >>> 0;
    h2 = rotl32((h2 ^ mixLane2(littleEndian(bytes, i + 4, i + 8))) >>> 0, 13);
    h2 = (mul32((h2 + h1) >>> 0, 5) + 0x0bcaa747) >>> 0;
  }
  const rest = length - i;
  if (rest > 0) h1 = (h1 ^ mixLane1(littleEndian(bytes, i, i + Math.min(rest, 4)))) >>> 0;
  if (rest > 4) h2 = (h2 ^ mixLane2(littleEndian(bytes, i + 4, length))) >>> 0;
  h1 = (h1 ^ length) >>> 0;
  h2 = (h2 ^ length) >>> 0;
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  h1 = finalMix32(h1);
  h2 = finalMix32(h2);
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  return (BigInt(h2) << 32n) | BigInt(h1);
}

/** ARM's uniqueString(a, b, ...): 13 lowercase base-32 characters. */
export function uniqueString(...values: readonly string[]): string {
  let hash = murmurHash64(new TextEncoder().encode(values.join('-')));
  let text = '';
  for (let i = 0; i < 13; i++) {
    text += BASE32[Number(hash >> 59n)];
    hash = (hash << 5n) & MASK64;
  }
  return text;
}

const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';

/** An RFC 4122 §4.3 version-5 UUID of `name` in `namespace`. */
export function nameBasedUuid(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(Buffer.from(name, 'utf8')).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** ARM's guid(a, b, ...). */
export function templateGuid(...values: readonly string[]): string {
  return nameBasedUuid(ARM_GUID_NAMESPACE, values.join('-'));
}
