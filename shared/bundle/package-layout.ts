import { artifactReferences } from './artifact-references.js';
import { IGNORE_FILE, type Refusal, type SourceFile } from './collect-files.js';
import { CREATE_UI_DEFINITION, folderOf, locate, MAIN_TEMPLATE, VIEW_DEFINITION, type RequiredName } from '../validate/rules/package/package-names.js';
import type { JsonNode } from '../validate/json-document.js';

/** A file of the package: its name in the zip and where it comes from. */
export interface PackedFile {
  readonly name: string;
  readonly source: SourceFile;
}

export interface PackageLayout {
  readonly entries: PackedFile[];
  readonly template?: PackedFile;
  readonly refusals: Refusal[];
}

/**
 * Names every file in the package. The template (`mainTemplate.json` or `azuredeploy.json`, any
 * case), createUiDefinition.json and viewDefinition.json get their exact names at the root; a
 * template or UI definition found only in a subfolder, or missing, is refused, as are names that
 * differ only in case.
 */
export function layoutPackage(files: readonly SourceFile[], appDisplay: string): PackageLayout {
  const refusals: Refusal[] = [];
  const renamed = new Map<SourceFile, string>();
  for (const required of [MAIN_TEMPLATE, CREATE_UI_DEFINITION, VIEW_DEFINITION]) {
    const { root, nested } = locate(files, required);
    if (root) renamed.set(root as SourceFile, required.name);
    else if (required !== VIEW_DEFINITION) refusals.push(missingRefusal(required, nested as SourceFile | undefined, appDisplay));
  }
  const entries = files.map((source) => ({ name: renamed.get(source) ?? source.path, source }));
  refusals.push(...caseCollisions(entries));
  const template = entries.find((e) => e.name === MAIN_TEMPLATE.name);
  return { entries, template, refusals };
}

function missingRefusal(required: RequiredName, nested: SourceFile | undefined, appDisplay: string): Refusal {
  if (nested) {
    const folder = folderOf(nested);
    return {
      file: nested.display,
      message: `${required.name} is in '${folder}/', not at the root of the app folder; the service reads it only from the root of app.zip. Move it to the root of ${appDisplay}, or build from the folder that holds both files.`,
    };
  }
  const names = [required.name, ...required.aliases].join(' or ');
  return { file: appDisplay, message: `${appDisplay} has no ${names} at its root; a managed application package needs both mainTemplate.json and createUiDefinition.json there.` };
}

function caseCollisions(entries: readonly PackedFile[]): Refusal[] {
  const seen = new Map<string, PackedFile>();
  const refusals: Refusal[] = [];
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    const other = seen.get(key);
    if (other) {
      refusals.push({
        file: entry.source.display,
        message: `'${entry.name}' and '${other.name}' differ only in case; extracted on Windows or macOS one would overwrite the other. Rename or remove one of them.`,
      });
    } else {
      seen.set(key, entry);
    }
  }
  return refusals;
}

/**
 * Every file the template loads through `_artifactsLocation` must be in the package under that
 * exact name (blob URLs are case-sensitive).
 */
export function checkArtifactReferences(template: JsonNode | undefined, layout: PackageLayout): Refusal[] {
  if (!layout.template) return [];
  const names = new Set(layout.entries.map((e) => e.name));
  const byLowerCase = new Map(layout.entries.map((e) => [e.name.toLowerCase(), e.name]));
  const refusals: Refusal[] = [];
  for (const reference of artifactReferences(template)) {
    if (names.has(reference)) continue;
    const near = byLowerCase.get(reference.toLowerCase());
    refusals.push({
      file: layout.template.source.display,
      message: near
        ? `The template loads '${reference}' through _artifactsLocation, but the file is named '${near}'; artifact URLs are case-sensitive. Make the two names match.`
        : `The template loads '${reference}' through _artifactsLocation, but the app folder has no such file (or ${IGNORE_FILE} leaves it out). Add it, or fix the path in the template.`,
    });
  }
  return refusals;
}
