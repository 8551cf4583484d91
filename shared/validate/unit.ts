import type { AdfKind } from './datafactory/git-layout.js';
import type { JsonDocument } from './json-document.js';

/** How a file's bytes were encoded; anything but `utf8` is a finding for the package rules. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'binary';

/** One file of a unit: a file in an app folder, or an entry of a zip. */
export interface UnitFile {
  /** Path inside the unit, `/` separators, exact case (e.g. `nestedtemplates/storage.json`). */
  readonly path: string;
  /** Path shown in findings: relative to the working directory; inside a zip `app.zip/entry`. */
  readonly display: string;
  readonly size: number;
  /** Reads the bytes (lazily for folders; zip entries are already in memory). */
  read(): Uint8Array;
}

/** A decoded JSON file of the unit. */
export interface UnitJson {
  readonly file: UnitFile;
  readonly encoding: TextEncoding;
  readonly document: JsonDocument;
}

/**
 * One thing to validate: an app folder, a built zip, or a single JSON file. Each path the user
 * names becomes one unit and is validated on its own.
 */
export interface ValidationUnit {
  readonly kind: 'folder' | 'zip' | 'file';
  /** The path as the user gave it, relative to the working directory. */
  readonly display: string;
  /** Every file of the unit (folders: without VCS and node_modules folders). */
  readonly files: readonly UnitFile[];
  /** Size of the package on disk (the zip's size; for a folder, the sum of its files). */
  readonly packageBytes: number;
  /** The deployment template (`mainTemplate.json`, or `azuredeploy.json`, any case), when found. */
  readonly template?: UnitJson;
  readonly createUiDefinition?: UnitJson;
  readonly viewDefinition?: UnitJson;
  /** Other JSON files of the unit (nested templates, parameters files, ...), decoded on demand. */
  readonly otherJson: readonly UnitJson[];
  /** Problems met while reading the unit (unsafe zip entries, unreadable files). */
  readonly loadProblems: readonly LoadProblem[];
  /**
   * Set when the unit holds Data Factory objects as files: a Git-integration layout
   * (`pipeline/`, `dataset/`, `linkedService/`, ... folders) or a single object file. Their JSON
   * files are in `otherJson`; objects inside ARM templates are found from the templates.
   */
  readonly dataFactory?: DataFactoryLayout;
}

/** Where a unit keeps Data Factory object files. */
export interface DataFactoryLayout {
  /** Folders laid out as a Data Factory Git integration ('' is the unit's root); empty for a single object file. */
  readonly roots: readonly string[];
  /**
   * A single object file that sits in a Git integration's layout (`factory/linkedService/Lake.json`):
   * the kind its folder holds, and the factory's folder as a display path. Checked on its own,
   * its references to the rest of that factory cannot be resolved.
   */
  readonly placed?: { readonly kind: AdfKind; readonly factoryFolder: string };
}

export interface LoadProblem {
  readonly ruleId: string;
  readonly display: string;
  readonly message: string;
}
