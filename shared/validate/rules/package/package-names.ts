import type { RuleContext } from '../../rule.js';
import type { UnitFile } from '../../unit.js';

/** A file the service looks up by exact name at the root of the package. */
export interface RequiredName {
  /** The exact, case-sensitive name, e.g. `mainTemplate.json`. */
  readonly name: string;
  /** Other names (lower case) mapp accepts for it in an app folder, e.g. `azuredeploy.json`. */
  readonly aliases: readonly string[];
}

export const MAIN_TEMPLATE: RequiredName = { name: 'mainTemplate.json', aliases: ['azuredeploy.json'] };
export const CREATE_UI_DEFINITION: RequiredName = { name: 'createUiDefinition.json', aliases: [] };
export const VIEW_DEFINITION: RequiredName = { name: 'viewDefinition.json', aliases: [] };

function baseName(file: UnitFile): string {
  return file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
}

function matches(file: UnitFile, required: RequiredName): boolean {
  const base = baseName(file);
  return base === required.name.toLowerCase() || required.aliases.includes(base);
}

/** Where a required file is: at the root (any case or alias), only in a subfolder, or nowhere. */
export function locate(files: readonly UnitFile[], required: RequiredName): { root?: UnitFile; nested?: UnitFile } {
  const candidates = files.filter((f) => matches(f, required));
  const atRoot = candidates.filter((f) => !f.path.includes('/'));
  // Prefer the exact name, then the canonical name in any case, then an alias.
  const root =
    atRoot.find((f) => f.path === required.name) ??
    atRoot.find((f) => f.path.toLowerCase() === required.name.toLowerCase()) ??
    atRoot[0];
  return root ? { root } : { nested: candidates[0] };
}

/** The folder part of a unit path, e.g. `app` for `app/mainTemplate.json`. */
export function folderOf(file: UnitFile): string {
  return file.path.slice(0, file.path.lastIndexOf('/'));
}

/**
 * Reports a required file of a built package (.zip) that is misnamed (other case, alias) or
 * sits in a subfolder, where the service will not find it. A missing file is `package/required-files`.
 */
export function checkZipName(context: RuleContext, required: RequiredName): void {
  if (context.unit.kind !== 'zip') return;
  const { root, nested } = locate(context.unit.files, required);
  if (root && root.path !== required.name) {
    context.reportAt(
      root.display,
      1,
      1,
      `The package names this file '${root.path}'; the service reads only '${required.name}' (the name is case-sensitive). Rename it to ${required.name}.`,
    );
  } else if (!root && nested) {
    context.reportAt(
      nested.display,
      1,
      1,
      `${required.name} must sit at the root of the zip, not in '${folderOf(nested)}/'. Zip the contents of the app folder, not the folder itself.`,
    );
  }
}
