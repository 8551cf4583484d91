import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { unitFromFiles } from './load-unit.js';
import type { LoadProblem, UnitFile, ValidationUnit } from './unit.js';

/** Limits that keep a hostile or broken zip (a "zip bomb") from exhausting memory. */
export const ZIP_LIMITS = {
  /** Size of the .zip file mapp is willing to open. */
  maxZipBytes: 1024 * 1024 * 1024,
  /** Sum of the entries' declared uncompressed sizes. */
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxEntries: 10_000,
} as const;

export const READABLE_RULE_ID = 'package/readable';
export const UNSAFE_PATH_RULE_ID = 'package/unsafe-path';

interface ZipEntry {
  /** The name as stored in the zip. */
  readonly raw: string;
  readonly originalSize: number;
}

/**
 * The path an entry extracts to inside the package root, `/` separators, or undefined when
 * it would land outside the root (`../`, an absolute path, a drive letter) or is not a file name.
 * Backslashes count as separators, as Windows tools write and read them.
 */
export function safeEntryPath(raw: string): string | undefined {
  const name = raw.replace(/\\/g, '/');
  if (name.length === 0 || name.includes('\0')) return undefined;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return undefined;
  const normalized = path.posix.normalize(name);
  if (normalized === '..' || normalized.startsWith('../') || normalized === '.' || normalized.endsWith('/')) return undefined;
  return normalized;
}

function isFolderEntry(raw: string): boolean {
  return raw.endsWith('/') || raw.endsWith('\\');
}

function emptyUnit(display: string, packageBytes: number, message: string): ValidationUnit {
  return unitFromFiles('zip', display, [], packageBytes, [{ ruleId: READABLE_RULE_ID, display, message }]);
}

/** Lists the entries from the central directory without inflating anything. */
function listEntries(data: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzipSync(data, {
    filter: (file) => {
      entries.push({ raw: file.name, originalSize: file.originalSize });
      return false;
    },
  });
  return entries;
}

/**
 * Picks the entries to read: files whose path stays inside the package root, the first of any
 * two that extract to the same path. Entries that would escape become unsafe-path problems.
 */
function chooseEntries(entries: readonly ZipEntry[], display: string): { wanted: Map<string, string>; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const wanted = new Map<string, string>();
  const taken = new Set<string>();
  for (const entry of entries) {
    if (isFolderEntry(entry.raw)) continue;
    const safe = safeEntryPath(entry.raw);
    if (safe === undefined) {
      problems.push({
        ruleId: UNSAFE_PATH_RULE_ID,
        display: `${display}/${entry.raw}`,
        message: `The zip entry '${entry.raw}' would extract outside the package root; it was not read. Rebuild the zip from the app folder so every entry path is relative and stays inside it.`,
      });
    } else if (!wanted.has(entry.raw) && !taken.has(safe)) {
      wanted.set(entry.raw, safe);
      taken.add(safe);
    }
  }
  return { wanted, problems };
}

/**
 * Reads a built package (.zip) into a unit. Entries that would extract outside the package root
 * are not read and become `package/unsafe-path` problems; a corrupt zip, or one beyond the size
 * and entry-count limits, becomes a `package/readable` problem naming the file. Never throws for
 * bad zip content.
 */
export function loadZip(absolute: string, display: string): ValidationUnit {
  const packageBytes = statSync(absolute).size;
  if (packageBytes > ZIP_LIMITS.maxZipBytes) {
    return emptyUnit(display, packageBytes, `${display} is larger than mapp opens (${ZIP_LIMITS.maxZipBytes / 1024 ** 3} GiB); a managed application package must stay under 120 MB.`);
  }
  const data = new Uint8Array(readFileSync(absolute));

  let entries: ZipEntry[];
  try {
    entries = listEntries(data);
  } catch (error) {
    return emptyUnit(display, packageBytes, `${display} is not a readable zip file (${reason(error)}); rebuild the package with 'mapp build' or a zip tool.`);
  }
  if (entries.length > ZIP_LIMITS.maxEntries) {
    return emptyUnit(display, packageBytes, `${display} holds ${entries.length} entries, more than mapp reads (${ZIP_LIMITS.maxEntries}); a package needs only its templates and the files they use.`);
  }
  const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (declared > ZIP_LIMITS.maxUncompressedBytes) {
    return emptyUnit(display, packageBytes, `${display} would unpack to ${Math.round(declared / 1024 ** 2)} MB, more than mapp reads (${ZIP_LIMITS.maxUncompressedBytes / 1024 ** 3} GiB); check that the package holds only what the app needs.`);
  }

  const { wanted, problems } = chooseEntries(entries, display);

  let contents: Record<string, Uint8Array>;
  try {
    contents = unzipSync(data, { filter: (file) => wanted.has(file.name) });
  } catch (error) {
    return emptyUnit(display, packageBytes, `${display} could not be unpacked (${reason(error)}); rebuild the package with 'mapp build' or a zip tool.`);
  }
  const files: UnitFile[] = [];
  for (const [raw, safe] of wanted) {
    const bytes = contents[raw];
    if (!bytes) continue;
    files.push({ path: safe, display: `${display}/${safe}`, size: bytes.length, read: () => bytes });
  }
  return unitFromFiles('zip', display, files, packageBytes, problems);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
