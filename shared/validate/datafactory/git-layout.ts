/** The kinds of Data Factory objects mapp reads. */
export type AdfKind =
  | 'factory'
  | 'pipeline'
  | 'dataset'
  | 'linkedService'
  | 'trigger'
  | 'dataflow'
  | 'integrationRuntime'
  | 'credential'
  | 'managedVirtualNetwork'
  | 'managedPrivateEndpoint';

/** The folder of a Data Factory Git integration that holds each kind, as the service writes it. */
const KIND_FOLDERS: ReadonlyMap<string, AdfKind> = new Map([
  ['pipeline', 'pipeline'],
  ['dataset', 'dataset'],
  ['linkedservice', 'linkedService'],
  ['trigger', 'trigger'],
  ['dataflow', 'dataflow'],
  ['integrationruntime', 'integrationRuntime'],
  ['factory', 'factory'],
  ['credential', 'credential'],
  ['managedvirtualnetwork', 'managedVirtualNetwork'],
]);


/** Folders that alone make a folder a factory (`factory/` and `credential/` are too common a name). */
const TELLING_KINDS = new Set<AdfKind>(['pipeline', 'dataset', 'linkedService', 'trigger', 'dataflow', 'integrationRuntime']);

/**
 * Whether a folder of this name holding JSON files makes the folder above it a factory's Git
 * integration (`pipeline/`, `dataset/`, ...; not `factory/` or `credential/`, too common a name).
 */
export function tellsFactory(folderName: string): boolean {
  const kind = KIND_FOLDERS.get(folderName.toLowerCase());
  return kind !== undefined && TELLING_KINDS.has(kind);
}

/** Where a file sits in a Git-integration layout. */
export interface GitPlacement {
  /** The factory's root folder inside the unit ('' for the unit's root). */
  readonly root: string;
  readonly kind: AdfKind;
  /** The file name without `.json`: the object's name must equal it. */
  readonly fileName: string;
}

/** Places a unit path in a Git-integration layout (`<root>/pipeline/<name>.json`, ...), or undefined. */
export function placeInLayout(path: string): GitPlacement | undefined {
  if (!path.toLowerCase().endsWith('.json')) return undefined;
  const segments = path.split('/');
  const file = segments[segments.length - 1]!;
  const fileName = file.slice(0, -'.json'.length);
  // <root>/<kind>/<name>.json
  const kindIndex = segments.length - 2;
  const kind = kindIndex >= 0 ? KIND_FOLDERS.get(segments[kindIndex]!.toLowerCase()) : undefined;
  if (kind) return { root: segments.slice(0, kindIndex).join('/'), kind, fileName };
  // <root>/managedVirtualNetwork/<network>/managedPrivateEndpoint/<name>.json
  const networkIndex = segments.length - 4;
  if (
    networkIndex >= 0 &&
    segments[networkIndex]!.toLowerCase() === 'managedvirtualnetwork' &&
    segments[segments.length - 2]!.toLowerCase() === 'managedprivateendpoint'
  ) {
    return { root: segments.slice(0, networkIndex).join('/'), kind: 'managedPrivateEndpoint', fileName };
  }
  return undefined;
}

/**
 * The folders of a unit laid out as a Data Factory Git integration: those with JSON files in
 * `pipeline/`, `dataset/`, `linkedService/`, `trigger/`, `dataflow/` or `integrationRuntime/`.
 */
export function dataFactoryRoots(paths: Iterable<string>): string[] {
  const roots = new Set<string>();
  for (const path of paths) {
    const placed = placeInLayout(path);
    if (placed && TELLING_KINDS.has(placed.kind)) roots.add(placed.root);
  }
  return [...roots].sort();
}

/**
 * Folders only a Synapse workspace's Git integration writes, beside the pipelines, datasets and
 * linked services it shares with Data Factory (lower case).
 */
const SYNAPSE_FOLDERS = new Set(['notebook', 'sqlscript', 'sparkjobdefinition', 'bigdatapool', 'sqlpool', 'kqlscript', 'sparkconfiguration', 'kustopool']);

/** The Synapse artifacts pipelines reference by name, by the reference type (lower case) and the folder they sit in. */
export const SYNAPSE_REFERENCED: readonly { readonly referenceType: string; readonly folder: string; readonly word: string }[] = [
  { referenceType: 'notebookreference', folder: 'notebook', word: 'notebook' },
  { referenceType: 'sparkjobdefinitionreference', folder: 'sparkjobdefinition', word: 'Spark job definition' },
];

/**
 * The folders only Synapse writes that a Git root holds JSON files in (`<root>/notebook/<name>.json`),
 * each with the names of its files, by lower-case folder name. Any of them shows a Synapse
 * workspace rather than a data factory; JSON files only, as a factory's repository may keep
 * Databricks notebooks (.py, .ipynb) in a notebook/ folder of its own.
 * @param root the root folder, '' for the unit's root
 */
export function synapseFolders(paths: Iterable<string>, root: string): Map<string, string[]> {
  const prefix = root === '' ? '' : `${root}/`;
  const folders = new Map<string, string[]>();
  for (const path of paths) {
    if (!path.startsWith(prefix) || !path.toLowerCase().endsWith('.json')) continue;
    const rest = path.slice(prefix.length).split('/');
    const folder = rest[0]!.toLowerCase();
    if (rest.length !== 2 || !SYNAPSE_FOLDERS.has(folder)) continue;
    let names = folders.get(folder);
    if (names === undefined) folders.set(folder, (names = []));
    names.push(rest[1]!.slice(0, -'.json'.length));
  }
  return folders;
}

/**
 * The names of the notebooks and Spark job definitions of a Synapse Git root, by the type of the
 * reference that names them. A kind whose folder is absent is left out: the folder is then a
 * partial copy of the workspace, not one without them.
 */
export function synapseArtifactNames(folders: ReadonlyMap<string, string[]>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const { referenceType, folder } of SYNAPSE_REFERENCED) {
    const files = folders.get(folder);
    if (files !== undefined) names.set(referenceType, files);
  }
  return names;
}
