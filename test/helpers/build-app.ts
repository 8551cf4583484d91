import { cpSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_APP } from './validate-fixture.js';

export const tempDir = (prefix = 'mapp-build-') => mkdtempSync(path.join(os.tmpdir(), prefix));

/** A copy of the example app in a fresh folder, every file's mtime set to `mtime`. */
export function copyExample(mtime: Date, name = 'app'): string {
  const target = path.join(tempDir(), name);
  cpSync(EXAMPLE_APP, target, { recursive: true });
  const touch = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) touch(full);
      utimesSync(full, mtime, mtime);
    }
  };
  touch(target);
  return target;
}
