import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../commands/usage-error.js';

/**
 * Writes a whole file or nothing: the content goes to a temporary sibling that is then renamed
 * over the target, so a reader never sees half a report.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, what: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there (its folder is a file, say): nothing to clean up.
    }
    // Not `instanceof Error`: errors from another realm (a test's VM context) are not instances of this one's.
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as NodeJS.ErrnoException).code) : undefined;
    // Renaming over a folder fails (EISDIR; EPERM on Windows): the path names a folder, not a file.
    if (isFolder(target)) throw new UsageError(`Cannot write the ${what} to ${target}: it is a folder; give the path of a file.`);
    if (code === 'ENOTDIR' || code === 'EEXIST') throw new UsageError(`Cannot write the ${what} to ${target}: a part of that path is a file, not a folder.`);
    throw new UsageError(`Cannot write the ${what} to ${target} (${code ?? String(error)}); check that the folder is writable.`);
  }
}

function isFolder(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}
