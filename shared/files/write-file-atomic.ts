import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    rmSync(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new UsageError(`Cannot write the ${what} to ${target} (${reason}); check that the folder is writable.`);
  }
}
