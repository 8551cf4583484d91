/**
 * What mapp knows offline about API versions: a small table of the versions of the resource types a
 * Graph Data Connect app uses, and the checks arm-ttk makes against its (online) cache that this
 * table lets us repeat: a preview version superseded by a non-preview one, and a version more than
 * two years old when a newer one exists.
 */

const STORAGE = [
  '2015-05-01-preview', '2015-06-15', '2016-01-01', '2016-05-01', '2016-12-01', '2017-06-01', '2017-10-01',
  '2018-02-01', '2018-03-01-preview', '2018-07-01', '2018-11-01', '2019-04-01', '2019-06-01', '2020-08-01-preview',
  '2021-01-01', '2021-02-01', '2021-04-01', '2021-06-01', '2021-08-01', '2021-09-01', '2022-05-01', '2022-09-01',
  '2023-01-01', '2023-04-01', '2023-05-01', '2024-01-01', '2025-01-01', '2025-06-01',
];

const DATA_FACTORY = ['2017-09-01-preview', '2018-06-01'];

const USER_ASSIGNED_IDENTITIES = [
  '2015-08-31-preview', '2018-11-30', '2021-09-30-preview', '2022-01-31-preview', '2023-01-31', '2023-07-31-preview', '2024-11-30',
];

const FEDERATED_IDENTITY_CREDENTIALS = ['2022-01-31-preview', '2023-01-31', '2023-07-31-preview', '2024-11-30'];

const KEY_VAULT = [
  '2015-06-01', '2016-10-01', '2018-02-14-preview', '2018-02-14', '2019-09-01', '2020-04-01-preview', '2021-04-01-preview',
  '2021-06-01-preview', '2021-10-01', '2021-11-01-preview', '2022-02-01-preview', '2022-07-01', '2022-11-01', '2023-02-01',
  '2023-07-01', '2024-04-01-preview', '2024-11-01',
];

const DEPLOYMENTS = [
  '2015-11-01', '2016-02-01', '2016-07-01', '2016-09-01', '2017-05-10', '2018-02-01', '2018-05-01', '2019-03-01',
  '2019-05-01', '2019-05-10', '2019-07-01', '2019-08-01', '2019-10-01', '2020-06-01', '2020-08-01', '2020-10-01',
  '2021-01-01', '2021-04-01', '2022-09-01', '2023-07-01', '2024-03-01',
];

const ROLE_ASSIGNMENTS = [
  '2015-07-01', '2017-10-01-preview', '2018-01-01-preview', '2018-09-01-preview', '2020-03-01-preview', '2020-04-01-preview',
  '2020-08-01-preview', '2020-10-01-preview', '2022-01-01-preview', '2022-04-01',
];

const ROLE_DEFINITIONS = ['2015-07-01', '2018-01-01-preview', '2022-04-01', '2022-05-01-preview'];

const LOCKS = ['2015-01-01', '2016-09-01', '2017-04-01', '2020-05-01'];

/**
 * Known API versions by resource type (lowercase). Child types not listed use their parent's list:
 * a provider releases all its types in one API version.
 */
export const KNOWN_API_VERSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['microsoft.storage/storageaccounts', STORAGE],
  ['microsoft.datafactory/factories', DATA_FACTORY],
  ['microsoft.managedidentity/userassignedidentities', USER_ASSIGNED_IDENTITIES],
  ['microsoft.managedidentity/userassignedidentities/federatedidentitycredentials', FEDERATED_IDENTITY_CREDENTIALS],
  ['microsoft.keyvault/vaults', KEY_VAULT],
  ['microsoft.resources/deployments', DEPLOYMENTS],
  ['microsoft.authorization/roleassignments', ROLE_ASSIGNMENTS],
  ['microsoft.authorization/roledefinitions', ROLE_DEFINITIONS],
  ['microsoft.authorization/locks', LOCKS],
]);

/** arm-ttk's window: an API version may be at most this many days old unless it is the newest. */
export const MAX_API_VERSION_AGE_DAYS = 730;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ApiVersion {
  readonly text: string;
  /** The version's date, UTC midnight. */
  readonly date: Date;
  /** `preview`, `beta`, `privatepreview`...; undefined for a stable version. */
  readonly suffix?: string;
}

/** Parses a date-form API version (`2023-05-01`, `2023-05-01-preview`); undefined for anything else. */
export function parseApiVersion(text: string): ApiVersion | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:-([A-Za-z][A-Za-z0-9.]*))?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Reject dates that roll over (2023-02-30).
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { text: text.trim(), date, suffix: match[4] };
}

/** The known versions of a resource type, falling back to its parent types; undefined when unknown. */
export function knownApiVersions(resourceType: string): readonly string[] | undefined {
  const segments = resourceType.toLowerCase().split('/');
  for (let length = segments.length; length >= 2; length--) {
    const found = KNOWN_API_VERSIONS.get(segments.slice(0, length).join('/'));
    if (found) return found;
  }
  return undefined;
}

/** The newest known non-preview version of a type. */
export function newestStableApiVersion(resourceType: string): ApiVersion | undefined {
  let newest: ApiVersion | undefined;
  for (const text of knownApiVersions(resourceType) ?? []) {
    const version = parseApiVersion(text);
    if (version && !version.suffix && (!newest || version.date > newest.date)) newest = version;
  }
  return newest;
}

export type ApiVersionProblem =
  | { readonly kind: 'preview-superseded'; readonly newer: string }
  | { readonly kind: 'out-of-date'; readonly ageDays: number; readonly newer: string };

/**
 * What is wrong with using `version` for `resourceType` on `today`, judged against the bundled
 * table: a preview when a non-preview version at least as new is known, or a version more than two
 * years old when a newer non-preview one is known. Unknown types are never judged.
 */
export function judgeApiVersion(resourceType: string, version: ApiVersion, today: Date): ApiVersionProblem | undefined {
  const newest = newestStableApiVersion(resourceType);
  if (!newest) return undefined;
  if (version.suffix && newest.date >= version.date) return { kind: 'preview-superseded', newer: newest.text };
  const ageDays = Math.floor((today.getTime() - version.date.getTime()) / DAY_MS);
  if (ageDays > MAX_API_VERSION_AGE_DAYS && newest.date > version.date) return { kind: 'out-of-date', ageDays, newer: newest.text };
  return undefined;
}

/** One sentence for a problem, naming the type, the version used and the one to use. */
export function describeApiVersionProblem(resourceType: string, used: string, problem: ApiVersionProblem): string {
  return problem.kind === 'preview-superseded'
    ? `${resourceType} uses preview API version ${used}, but ${problem.newer} is a non-preview version at least as new; use it.`
    : `API version ${used} of ${resourceType} is ${problem.ageDays} days old (more than 2 years) and ${problem.newer} is available; use a recent version.`;
}
