import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { displayPath, MAPP_FOLDER } from '../validate/load-unit.js';
import type { UnitFile } from '../validate/unit.js';
import { compareNames } from './zip-writer.js';

/** The ignore file at the root of an app folder (gitignore syntax). */
export const IGNORE_FILE = '.mappignore';

/** Never packed: version-control folders and files, dependency folders, mapp's own ignore file and folder. */
const DEFAULT_IGNORES = ['.git/', '.svn/', '.hg/', '.bzr/', 'CVS/', '_darcs/', '.gitignore', '.gitattributes', '.gitmodules', 'node_modules/', `/${IGNORE_FILE}`, `/${MAPP_FOLDER}/`];

/** Files that usually hold credentials; they stop the build unless allowed. */
const SECRET_PATTERNS = ['.env', '.env.*', '!.env.example', '!.env.sample', '!.env.template', '*.pem', '*.pfx', '*.p12', '*.key', '*.publishsettings'];

/** A file of the app folder chosen for the package. */
export interface SourceFile extends UnitFile {
  readonly absolute: string;
}

/** Something that stops the build, pinned to the file it is about. */
export interface Refusal {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface CollectOptions {
  readonly workingDirectory: string;
  /** gitignore-style patterns of secret-looking files that may be packed. */
  readonly allowSecrets: readonly string[];
  /** Absolute paths never packed (the package being written, when it lies inside the app folder). */
  readonly exclude: readonly string[];
}

export interface Collected {
  readonly files: SourceFile[];
  readonly refusals: Refusal[];
  readonly ignoredCount: number;
}

/**
 * Lists what goes into the package: every file of the app folder except the default ignores and
 * what `.mappignore` names. Refuses secret-looking files, links leaving the folder and names that
 * would not extract to the same place on every system. Links inside the folder are followed.
 */
export function collectAppFiles(root: string, options: CollectOptions): Collected {
  const realRoot = realpathSync(root);
  const ignored = ignore().add(DEFAULT_IGNORES).add(readIgnoreFile(root));
  const secrets = ignore().add(SECRET_PATTERNS);
  const allowed = ignore().add([...options.allowSecrets]);
  const excluded = new Set(options.exclude.map((p) => path.resolve(p)));
  const display = (absolute: string) => displayPath(options.workingDirectory, absolute);
  const files: SourceFile[] = [];
  const refusals: Refusal[] = [];
  const visitedFolders = new Set<string>([realRoot]);
  let ignoredCount = 0;

  const visit = (folder: string, relativeFolder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      const relative = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name;
      if (excluded.has(absolute)) continue;
      const badName = nameProblem(entry.name);
      if (badName) {
        refusals.push({ file: display(absolute), message: `The name '${relative}' ${badName}; rename it, or list it in ${IGNORE_FILE}.` });
        continue;
      }
      let stats = entry.isSymbolicLink() ? undefined : lstatSync(absolute);
      if (entry.isSymbolicLink()) {
        const target = realPathInside(absolute, realRoot);
        if (!target) {
          if (ignores(ignored, relative, false)) ignoredCount++;
          else refusals.push({ file: display(absolute), message: `'${relative}' is a symbolic link ${describeLinkTarget(absolute)}; a package holds only what is inside the app folder. Copy the file into the app folder, or list the link in ${IGNORE_FILE}.` });
          continue;
        }
        stats = statSync(absolute);
        if (stats.isDirectory() && visitedFolders.has(target)) continue; // a link back up: already packed
        if (stats.isDirectory()) visitedFolders.add(target);
      }
      if (stats!.isDirectory()) {
        if (ignores(ignored, relative, true)) ignoredCount++;
        else visit(absolute, relative);
        continue;
      }
      if (!stats!.isFile()) continue; // sockets, pipes, devices
      if (ignores(ignored, relative, false)) {
        ignoredCount++;
        continue;
      }
      if (secrets.ignores(relative) && !allowed.ignores(relative)) {
        refusals.push({
          file: display(absolute),
          message: `'${relative}' looks like a secret (a key, certificate or environment file) and would be published with the package. Remove it, list it in ${IGNORE_FILE}, or allow it with allow-secrets if it is safe to ship.`,
        });
        continue;
      }
      const size = stats!.size;
      files.push({ absolute, path: relative, display: display(absolute), size, read: () => readFileSync(absolute) });
    }
  };
  visit(root, '');
  return { files, refusals, ignoredCount };
}

function readIgnoreFile(root: string): string {
  try {
    return readFileSync(path.join(root, IGNORE_FILE), 'utf8');
  } catch {
    return '';
  }
}

function ignores(matcher: Ignore, relative: string, folder: boolean): boolean {
  return matcher.ignores(folder ? `${relative}/` : relative);
}

/**
 * Why a file name cannot go into a zip as it is, or undefined. A backslash is a folder separator
 * to Windows tools (so `..\x` escapes the root there); `:` and control characters do not extract.
 */
export function nameProblem(name: string): string | undefined {
  if (name.includes('\\')) return 'contains a backslash, which Windows tools read as a folder separator and can take outside the zip root';
  if (name.includes(':')) return "contains ':', which cannot be extracted on Windows";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character';
  if (name === '.' || name === '..') return 'would point outside the zip root';
  return undefined;
}

function realPathInside(link: string, realRoot: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(link);
  } catch {
    return undefined;
  }
  const relative = path.relative(realRoot, target);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? undefined : target;
}

function describeLinkTarget(link: string): string {
  try {
    return `to '${realpathSync(link)}', outside the app folder`;
  } catch {
    return 'to a file that does not exist';
  }
}
