import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../commands/usage-error.js';
import { classifyJson } from './classify.js';
import { dataFactoryRoots, placeInLayout, tellsFactory, type AdfKind } from './datafactory/git-layout.js';
import { guessKind } from './datafactory/object-kind.js';
import { prop, stringOf } from './json-nav.js';
import { decodeText } from './decode-text.js';
import { JsonDocument } from './json-document.js';
import type { LoadProblem, UnitFile, UnitJson, ValidationUnit } from './unit.js';

/**
 * Files Data Factory's Git integration keeps beside the factory's objects: the publish branch
 * setting and the custom ARM parameters of a publish. No rule applies to them.
 */
const FACTORY_SETTINGS_FILES = new Set(['publish_config.json', 'arm-template-parameters-definition.json']);

/** The deployment template Data Factory publishes a factory as (adf_publish/<factory>/). */
const PUBLISHED_TEMPLATE = 'ARMTemplateForFactory.json';

/** A deployment parameters file (`$schema` ending in deploymentParameters.json): values for a template, read for its JSON alone. */
function isDeploymentParameters(json: UnitJson): boolean {
  const root = json.document.root;
  const schema = root?.type === 'object' ? stringOf(prop(root, '$schema')) : undefined;
  return schema !== undefined && /deploymentparameters\.json/i.test(schema);
}

/** Folders never part of a package. */
const IGNORED_FOLDERS = new Set(['.git', '.svn', '.hg', 'node_modules']);

/**
 * mapp's own folder at the root of an app folder, where a validation baseline is kept
 * (`.mapp/baseline.json`): never validated as part of the app, never packed.
 */
export const MAPP_FOLDER = '.mapp';

/** Display form of a path: relative to the working directory, `/` separators. */
export function displayPath(workingDirectory: string, absolute: string): string {
  const relative = path.relative(workingDirectory, absolute) || '.';
  return relative.split(path.sep).join('/');
}

/**
 * The display path of a file below a folder, from the folder's display path and the path below
 * it (`/` separators). A drive or share root displays with its separator (`D:/`), not doubled.
 */
export function displayBelow(folderDisplay: string, relative: string): string {
  if (folderDisplay === '.') return relative;
  return folderDisplay.endsWith('/') ? `${folderDisplay}${relative}` : `${folderDisplay}/${relative}`;
}

/**
 * Largest JSON file mapp parses. ARM accepts templates up to 4 MB, so nothing valid comes near;
 * the cap keeps a stray huge file from costing seconds in every rule.
 */
export const MAX_JSON_BYTES = 32 * 1024 * 1024;

/** Decodes and parses one file of a unit; a file too large or unreadable becomes a syntax problem. */
export function readUnitJson(file: UnitFile): UnitJson {
  return parseUnitJson(decodeUnitJson(file));
}

/** A file's text, or why it has none; reading comes apart from parsing so a unit can read all its files first. */
type DecodedJson = { file: UnitFile; encoding: UnitJson['encoding']; text: string } | { file: UnitFile; refusal: string };

function decodeUnitJson(file: UnitFile): DecodedJson {
  if (file.size > MAX_JSON_BYTES) {
    return { file, refusal: `this file is ${megabytes(file.size)} MB; mapp reads JSON files up to ${megabytes(MAX_JSON_BYTES)} MB and ARM accepts templates up to 4 MB` };
  }
  let bytes: Uint8Array;
  try {
    bytes = file.read();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { file, refusal: `this file could not be read (${reason}); check that it exists and is readable` };
  }
  const { text, encoding } = decodeText(bytes);
  return { file, encoding, text };
}

/** @param lazy see `JsonDocument`: for the files of a Data Factory Git integration */
function parseUnitJson(decoded: DecodedJson, lazy = false): UnitJson {
  const { file } = decoded;
  if ('refusal' in decoded) return { file, encoding: 'utf8', document: new JsonDocument(file.display, '', decoded.refusal) };
  return { file, encoding: decoded.encoding, document: new JsonDocument(file.display, decoded.text, undefined, lazy) };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

function listFolder(root: string, workingDirectory: string): { files: UnitFile[]; problems: LoadProblem[] } {
  const files: UnitFile[] = [];
  const problems: LoadProblem[] = [];
  const realRoot = safeRealPath(root) ?? root;
  // Paths are joined as the walk goes down instead of computed again for each of a factory's
  // thousands of files; the display path the same way, unless the working directory lies
  // inside the folder (a file's display path is then no longer the folder's followed by more).
  const rootDisplay = displayPath(workingDirectory, root);
  const fromRoot = path.relative(root, workingDirectory);
  const joinDisplay = fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot);
  const display = (absolute: string, relative: string) => (joinDisplay ? displayBelow(rootDisplay, relative) : displayPath(workingDirectory, absolute));
  const visit = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      problems.push({ ruleId: 'package/readable', display: displayPath(workingDirectory, folder), message: `This folder could not be listed (${reason}); make it readable or remove it from the app folder.` });
      return;
    }
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!IGNORED_FOLDERS.has(entry.name) && !(prefix === '' && entry.name === MAPP_FOLDER)) visit(absolute, `${prefix}${entry.name}/`);
        continue;
      }
      if (entry.isSymbolicLink()) {
        // Links are read through only when they stay inside the app folder and point at a file.
        const target = safeRealPath(absolute);
        const inside = target !== undefined && !path.relative(realRoot, target).startsWith('..');
        if (!inside || !safeStat(absolute)?.isFile()) {
          problems.push({ ruleId: 'package/unsafe-path', display: displayPath(workingDirectory, absolute), message: 'This symbolic link points outside the app folder or at nothing; replace it with the file itself.' });
          continue;
        }
      } else if (!entry.isFile()) {
        continue;
      }
      const size = safeStat(absolute)?.size ?? 0;
      const relative = prefix + entry.name;
      files.push({
        path: relative,
        display: display(absolute, relative),
        size,
        read: () => readFileSync(absolute),
      });
    }
  };
  visit(root, '');
  return { files, problems };
}

function safeStat(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function safeRealPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function atRoot(files: readonly UnitFile[], ...names: string[]): UnitFile | undefined {
  for (const name of names) {
    const found = files.find((f) => !f.path.includes('/') && f.path.toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
}

/** Builds a unit from a list of files: picks the template, createUiDefinition and viewDefinition at the root. */
export function unitFromFiles(
  kind: ValidationUnit['kind'],
  display: string,
  files: readonly UnitFile[],
  packageBytes: number,
  loadProblems: readonly LoadProblem[],
): ValidationUnit {
  const templateFile = atRoot(files, 'maintemplate.json', 'azuredeploy.json');
  const cuidFile = atRoot(files, 'createuidefinition.json');
  const viewFile = atRoot(files, 'viewdefinition.json');
  const special = new Set([templateFile, cuidFile, viewFile]);
  // All texts first, then all trees: read in one go, the texts leave the young generation
  // early, instead of being copied again at each collection the parsing triggers (scavenge
  // time on a 5,000-file factory fell from about 430 ms to 120 ms).
  const factoryRoots = dataFactoryRoots(files.map((f) => f.path));
  const inFactory = (file: UnitFile): boolean => {
    const placed = factoryRoots.length > 0 ? placeInLayout(file.path) : undefined;
    return placed !== undefined && factoryRoots.includes(placed.root);
  };
  const otherJson = files
    .filter((f) => !special.has(f) && f.path.toLowerCase().endsWith('.json'))
    .map(decodeUnitJson)
    .map((decoded) => parseUnitJson(decoded, inFactory(decoded.file)));
  return {
    ...(factoryRoots.length > 0 ? { dataFactory: { roots: factoryRoots } } : {}),
    kind,
    display,
    files,
    packageBytes,
    template: templateFile && readUnitJson(templateFile),
    createUiDefinition: cuidFile && readUnitJson(cuidFile),
    viewDefinition: viewFile && readUnitJson(viewFile),
    otherJson,
    loadProblems,
  };
}

function loadFolder(absolute: string, display: string, workingDirectory: string): ValidationUnit {
  const { files, problems } = listFolder(absolute, workingDirectory);
  const unit = unitFromFiles('folder', display, files, files.reduce((sum, f) => sum + f.size, 0), problems);
  if (!unit.template && !unit.createUiDefinition && !unit.dataFactory) {
    // What Data Factory publishes (the adf_publish branch): the factory as one deployment
    // template, beside its parameters file and the same resources split into linkedTemplates/.
    // The template holds them all: it is checked as if given alone.
    const published = atRoot(files, PUBLISHED_TEMPLATE.toLowerCase());
    if (published !== undefined) {
      const file = path.join(absolute, published.path);
      return loadJsonFile(file, displayPath(workingDirectory, file), workingDirectory);
    }
    // Pipelines kept loose in one folder (as some samples ship them) can be given as single files.
    const loose = files.some((f) => !f.path.includes('/') && f.path.toLowerCase().endsWith('.json'));
    // One folder of a factory's Git integration (its pipeline/, say): the folder above is the factory.
    const name = path.basename(absolute);
    const parent = loose && tellsFactory(name) ? displayPath(workingDirectory, path.dirname(absolute)) : undefined;
    const hint =
      parent !== undefined
        ? ` It looks like the ${name}/ folder of a factory's Git integration: give the factory's folder (mapp validate ${parent}).`
        : loose
          ? ` Its JSON files at the root can be checked one by one: give them as files (mapp validate ${display}/*.json).`
          : '';
    throw new UsageError(
      `${display} has no mainTemplate.json, azuredeploy.json, createUiDefinition.json or ARMTemplateForFactory.json (Data Factory's publish output) at its root, and no Data Factory folders (pipeline/, dataset/, linkedService/, ...). Give the folder that holds the app's templates or a factory's Git integration, a built .zip, or a single JSON file.${hint}`,
    );
  }
  return unit;
}

function loadJsonFile(absolute: string, display: string, workingDirectory: string): ValidationUnit {
  const size = statSync(absolute).size;
  const file: UnitFile = { path: path.basename(absolute), display, size, read: () => readFileSync(absolute) };
  const json = readUnitJson(file);
  // The folder counts only where the content agrees or cannot tell (a pipeline kept loose in a
  // folder named factory/ is a pipeline, and not part of a factory).
  const folder = placeFile(absolute, workingDirectory);
  const shape = guessKind(json.document.root);
  const placed = folder !== undefined && (shape === undefined || shape === folder.kind) ? folder : undefined;
  const kind = jsonFileKind(json, placed?.kind);
  const base = { kind: 'file' as const, display, files: [file], packageBytes: size, otherJson: [], loadProblems: [] };
  switch (kind) {
    case 'template':
      return { ...base, template: json, ...(path.basename(absolute).toLowerCase() === PUBLISHED_TEMPLATE.toLowerCase() ? { publishedFactory: true } : {}) };
    case 'createUiDefinition':
      return { ...base, createUiDefinition: json };
    case 'viewDefinition':
      return { ...base, viewDefinition: json };
    case 'dataFactoryObject':
      return { ...base, otherJson: [json], dataFactory: { roots: [], ...(placed ? { placed } : {}) } };
    default:
      // The Git integration's own settings files: read, as in a folder, for their JSON alone.
      if (json.document.errors.length > 0 || json.encoding === 'binary' || FACTORY_SETTINGS_FILES.has(path.basename(absolute).toLowerCase()) || isDeploymentParameters(json)) {
        // Not valid JSON (or a settings or parameters file): keep it as a template-shaped unit so the JSON rule reports where it breaks.
        return { ...base, otherJson: [json] };
      }
      throw new UsageError(
        `Cannot tell what ${display} is: expected a deployment template ($schema ending in deploymentTemplate.json), a createUiDefinition ($schema ending in CreateUIDefinition.MultiVm.json), a viewDefinition or a Data Factory pipeline, dataset or trigger (name and properties); other factory objects are recognised in their Git-integration folder (linkedService/, dataflow/, ...).`,
      );
  }
}

/**
 * What a JSON file given on its own is: from its content; failing that, for an object whose
 * content does not tell (a linked service, an integration runtime, a data flow), from the folder
 * of a Git integration it sits in (`linkedService/Lake.json`). A factory's own file and its
 * managed virtual network need no `properties`.
 */
function jsonFileKind(json: UnitJson, folderKind: AdfKind | undefined): ReturnType<typeof classifyJson> {
  const kind = classifyJson(json.document.root);
  if (kind !== 'unknown' || folderKind === undefined || json.document.errors.length > 0) return kind;
  const root = json.document.root;
  if (root?.type !== 'object' || stringOf(prop(root, 'name')) === undefined) return kind;
  const needsProperties = folderKind !== 'factory' && folderKind !== 'managedVirtualNetwork';
  return !needsProperties || prop(root, 'properties')?.type === 'object' ? 'dataFactoryObject' : kind;
}

/**
 * Where a JSON file sits in a Git integration's layout (`factory/pipeline/Copy.json`): the kind
 * its folder holds and the factory's folder (`factory`); undefined for any other file. Read from
 * the absolute path, so a file given from inside its folder is placed too.
 */
function placeFile(absolute: string, workingDirectory: string): { kind: AdfKind; factoryFolder: string } | undefined {
  const placed = placeInLayout(absolute.split(path.sep).join('/'));
  if (placed === undefined) return undefined;
  // <factory>/<kind>/<name>.json, or <factory>/managedVirtualNetwork/<network>/managedPrivateEndpoint/<name>.json
  let folder = absolute;
  for (let up = placed.kind === 'managedPrivateEndpoint' ? 4 : 2; up > 0; up--) folder = path.dirname(folder);
  return { kind: placed.kind, factoryFolder: displayPath(workingDirectory, folder) };
}

/** Zip support plugs in here (see load-zip.ts). */
export type ZipLoader = (absolute: string, display: string) => ValidationUnit;

/**
 * Turns one user-given path into a validation unit: an app folder, a built `.zip`, or a single
 * JSON file recognised from its content. A missing or unsupported path is a usage error.
 */
export function loadUnit(workingDirectory: string, given: string, loadZip: ZipLoader): ValidationUnit {
  const absolute = path.resolve(workingDirectory, given);
  const display = displayPath(workingDirectory, absolute);
  let stats;
  try {
    stats = lstatSync(absolute);
  } catch {
    throw new UsageError(`Path not found: ${given}. Give an app folder, a built .zip or a JSON file.`);
  }
  if (stats.isSymbolicLink()) stats = safeStat(absolute) ?? stats;
  if (stats.isDirectory()) return loadFolder(absolute, display, workingDirectory);
  // A device or a pipe would block or never end when read.
  if (!stats.isFile()) throw new UsageError(`${display} is not a regular file; give an app folder, a built .zip or a JSON file.`);
  const lowered = absolute.toLowerCase();
  if (lowered.endsWith('.zip')) return loadZip(absolute, display);
  if (lowered.endsWith('.json')) return loadJsonFile(absolute, display, workingDirectory);
  throw new UsageError(`${display} is neither a folder, a .zip nor a .json file; mapp validate cannot read it.`);
}
