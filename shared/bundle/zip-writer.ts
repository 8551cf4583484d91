import { zipSync, type Zippable } from 'fflate';

/** One file of a package: its path inside the zip (`/` separators) and its bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/** 1980-01-01T00:00:00Z, the earliest time a zip (MS-DOS) timestamp can hold. */
export const DEFAULT_ZIP_EPOCH = 315_532_800;
/** 2107-12-31T23:59:58Z, the latest. */
const LAST_DOS_EPOCH = 4_354_819_198;

/** Regular file, rw-r--r--, in the upper half of the external attributes (as Info-ZIP writes them). */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const UNIX = 3;

/**
 * Writes a zip whose bytes depend only on the entries and `epochSeconds`: entries sorted by name, one timestamp for all, mode 0644, no extra fields, no comments, no folder
 * entries. Returns the bytes and the entry names in zip order. Compression is fflate's pure-JS deflate, so the bytes do not change with the zlib
 * that the running Node happens to bundle.
 */
export function writeReproducibleZip(entries: readonly ZipEntry[], epochSeconds: number = DEFAULT_ZIP_EPOCH): { bytes: Uint8Array; names: string[] } {
  const sorted = [...entries].sort((a, b) => compareNames(a.name, b.name));
  const files: Zippable = {};
  // fflate takes an object, so root names that look like array indices ("2024") come first;
  // the order is still fixed by the names alone.
  for (const entry of sorted) {
    files[entry.name] = [entry.data, { level: entry.data.length === 0 ? 0 : 9, os: UNIX, attrs: FILE_ATTRIBUTES }];
  }
  const zip = zipSync(files, { mtime: new Date(2000, 0, 1) });
  stampDosTime(zip, dosDateTime(epochSeconds));
  return { bytes: zip, names: Object.keys(files) };
}

/** Byte order of the UTF-8 names, the order `zip` and most listings use. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The MS-DOS date (high half) and time (low half) of a UTC instant, clamped to what zip can hold. */
export function dosDateTime(epochSeconds: number): number {
  const clamped = Math.min(Math.max(Math.floor(epochSeconds), DEFAULT_ZIP_EPOCH), LAST_DOS_EPOCH);
  const d = new Date(clamped * 1000);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  return ((date << 16) | time) >>> 0;
}

/**
 * fflate writes the timestamp in the machine's local time zone; this rewrites it, in every local
 * header and central directory record, with the UTC-based value so the bytes are the same in
 * every time zone. The layout is fflate's: no archive comment, so the end record is the last 22 bytes.
 */
function stampDosTime(zip: Uint8Array, dos: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) throw new Error('unexpected zip layout: no end of central directory record');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error('unexpected zip layout: bad central directory record');
    setDos(view, offset + 12, dos);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('unexpected zip layout: bad local header');
    setDos(view, local + 10, dos);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}

function setDos(view: DataView, at: number, dos: number): void {
  view.setUint16(at, dos & 0xffff, true);
  view.setUint16(at + 2, dos >>> 16, true);
}
