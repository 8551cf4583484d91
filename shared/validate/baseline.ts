import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Node } from 'jsonc-parser';
import { UsageError } from '../commands/usage-error.js';
import { decodeText } from './decode-text.js';
import type { Finding } from './finding.js';
import { JsonDocument } from './json-document.js';
import { elements, prop, stringOf } from './json-nav.js';
import { displayPath } from './load-unit.js';

/**
 * The findings of an earlier report that a team has accepted for now, so that only new ones
 * fail a run: how a validator is adopted on a factory that already has findings. A finding is
 * the same one when its rule, file and message are, numbers in the message aside (`has 121
 * activities` is the same finding at 122); its line and column are left out, so an edit above
 * it does not make it new. Each entry stands for one finding: a second identical problem in the
 * same file is new.
 */
export interface Baseline {
  /** Display path of the report it was read from. */
  readonly file: string;
  readonly entries: readonly BaselineEntry[];
}

/** One finding of the report a baseline was read from. */
export interface BaselineEntry {
  readonly ruleId: string;
  readonly file: string;
  readonly message: string;
  /** Where the report placed it: of two identical findings, the one nearer keeps the entry. */
  readonly line: number | undefined;
}

/** What a run's findings are against a baseline. */
export interface BaselineOutcome {
  readonly file: string;
  /** The findings the baseline lists (by identity). */
  readonly known: ReadonlySet<Finding>;
  /** Entries this run checked (their rule ran, their file is under a path validated) that no finding matched: fixed, or changed. */
  readonly gone: number;
  /** Entries this run would have checked whose file is not there: deleted, renamed, or named from another working directory. */
  readonly missing: number;
  /**
   * Entries this run did not check: their rule did not run, their file is under no path
   * validated, or it was validated alone (its references unresolved). Neither matched nor gone.
   */
  readonly unchecked: number;
  /** Entries in all. */
  readonly entries: number;
  /** No entry whose rule ran is for a file this run checked: the baseline was written from another working directory, most likely. */
  readonly misplaced: boolean;
  /** The run wrote its report over the baseline: that report is the new one. */
  readonly rewritten: boolean;
}

/** What a run checked, to tell a fixed finding from one the run did not look for. */
export interface BaselineScope {
  /** Display paths of the units validated (`.`, `factory`, `out/app.zip`). */
  readonly units: readonly string[];
  readonly ruleIds: ReadonlySet<string>;
  /** Whether a finding's file (a display path) is there to check; every file is, when left out. */
  readonly fileExists?: (file: string) => boolean;
  /** Factory files validated alone: rules that need the rest of the factory did not judge them. */
  readonly partial?: ReadonlySet<string>;
  /** Whether the report of this run is written over the baseline file. */
  readonly rewritten?: boolean;
}

/** Reports mapp reads a baseline from; a larger file is surely something else. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/**
 * Numbers standing alone in a message (counts, sizes, limits, dates), not those inside a name
 * (`Copy2`, `Lake_10`): a count that changes does not make a finding another one.
 */
const LOOSE_NUMBER = /(?<![\p{L}\p{N}_])\d+(?:[.,:]\d+)*(?![\p{L}\p{N}_])/gu;

function matchKey(ruleId: string, file: string, message: string): string {
  return JSON.stringify([ruleId, file, message.replace(LOOSE_NUMBER, '#')]);
}

/**
 * Reads a report written by `mapp validate`: the JSON report (format json) or the SARIF one.
 * Anything else is a usage error that names the file, and the line and column where it stops
 * being such a report.
 *
 * @param input how the input is named in messages (`input 'baseline'`, `option --baseline`)
 */
export function readBaseline(workingDirectory: string, given: string, input: string): Baseline {
  const absolute = path.resolve(workingDirectory, given);
  const display = displayPath(workingDirectory, absolute);
  const fix = `give the JSON or SARIF report of an earlier mapp validate as ${input}`;
  let bytes: Uint8Array;
  try {
    const stats = statSync(absolute);
    if (stats.isDirectory()) throw new UsageError(`The baseline ${display} (${input}) is a folder; ${fix}.`);
    if (stats.size > MAX_BASELINE_BYTES) {
      throw new UsageError(`The baseline ${display} (${input}) is ${(stats.size / (1024 * 1024)).toFixed(1)} MB; mapp reads a baseline up to ${MAX_BASELINE_BYTES / (1024 * 1024)} MB. ${fix[0]!.toUpperCase()}${fix.slice(1)}.`);
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UsageError(`There is no baseline at ${display} (${input}, from ${workingDirectory}). Write it first with the JSON report of a run, or leave ${input} out.`);
    }
    throw new UsageError(`The baseline ${display} (${input}) could not be read (${code ?? String(error)}); ${fix}.`);
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'binary') throw new UsageError(`The baseline ${display} (${input}) is not a text file; ${fix}.`);
  const document = new JsonDocument(display, text);
  const syntax = document.errors[0];
  if (syntax !== undefined || document.root === undefined) {
    const at = syntax ?? { line: 1, column: 1, message: 'empty file' };
    throw new UsageError(`${display}:${at.line}:${at.column}: the baseline is not valid JSON (${at.message}); ${fix} (mapp's text and Markdown reports cannot serve).`);
  }
  return { file: display, entries: baselineEntries(document, fix) };
}

/** The rule, file and message of each finding a report lists, from mapp's JSON or SARIF shape. */
function baselineEntries(document: JsonDocument, fix: string): BaselineEntry[] {
  const root = document.root!;
  const wrong = (node: Node | undefined, what: string): never => {
    const at = document.positionOf(node ?? root);
    throw new UsageError(`${document.file}:${at.line}:${at.column}: ${what}; ${fix}.`);
  };
  const findings = prop(root, 'findings');
  if (root.type === 'object' && findings !== undefined) {
    if (findings.type !== 'array') wrong(findings, "'findings' is not an array");
    return elements(findings).map((finding) => {
      const ruleId = stringOf(prop(finding, 'ruleId'));
      const file = stringOf(prop(finding, 'file'));
      const message = stringOf(prop(finding, 'message'));
      const absent = Object.entries({ ruleId, file, message }).filter(([, value]) => value === undefined).map(([key]) => key);
      if (absent.length > 0) wrong(finding, `this finding has no string ${absent.join(' or ')}`);
      return { ruleId: ruleId!, file: file!, message: message!, line: lineOf(prop(finding, 'line')) };
    });
  }
  const runs = prop(root, 'runs');
  if (root.type === 'object' && runs !== undefined) {
    if (runs.type !== 'array') wrong(runs, "'runs' is not an array");
    // A SARIF file may merge several tools' runs: only mapp's findings are mapp's to match.
    const ours = elements(runs).filter((run) => stringOf(prop(prop(prop(run, 'tool'), 'driver'), 'name'))?.toLowerCase() === 'mapp');
    if (ours.length === 0) wrong(runs, 'this SARIF report holds no run of mapp (tool.driver.name)');
    return ours.flatMap((run) => {
      const results = prop(run, 'results');
      if (results === undefined) return [];
      if (results.type !== 'array') wrong(results, "'results' is not an array");
      // A result marked absent was in an earlier baseline and is no finding of that run.
      return elements(results)
        .filter((result) => stringOf(prop(result, 'baselineState')) !== 'absent')
        .map((result) => {
          const ruleId = stringOf(prop(result, 'ruleId'));
          const message = stringOf(prop(prop(result, 'message'), 'text'));
          const location = prop(elements(prop(result, 'locations'))[0], 'physicalLocation');
          const uri = stringOf(prop(prop(location, 'artifactLocation'), 'uri'));
          const absent = Object.entries({ ruleId, 'message.text': message, 'locations[0].physicalLocation.artifactLocation.uri': uri }).filter(([, value]) => value === undefined).map(([key]) => key);
          if (absent.length > 0) wrong(result, `this result has no string ${absent.join(' or ')}`);
          return { ruleId: ruleId!, file: fileOfUri(uri!), message: message!, line: lineOf(prop(prop(location, 'region'), 'startLine')) };
        });
    });
  }
  return wrong(root, "it holds neither 'findings' (mapp's JSON report) nor 'runs' (a SARIF report)");
}

function lineOf(node: Node | undefined): number | undefined {
  return node?.type === 'number' && Number.isInteger(node.value) ? (node.value as number) : undefined;
}

/** A SARIF report's relative uri back to the display path it was written from (each segment was percent-encoded). */
function fileOfUri(uri: string): string {
  return uri
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** Whether an entry's file is under one of the paths validated. */
function underUnits(entry: BaselineEntry, scope: BaselineScope): boolean {
  return scope.units.some((unit) => unit === '.' || entry.file === unit || entry.file.startsWith(`${unit}/`));
}

/**
 * Which findings a baseline lists. Each entry matches one finding at most; where a rule reports
 * the same message more than once in a file, each entry goes to the finding nearest its line.
 */
export function compareWithBaseline(findings: readonly Finding[], baseline: Baseline, scope: BaselineScope): BaselineOutcome {
  const findingsByKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = matchKey(finding.ruleId, finding.file, finding.message);
    const group = findingsByKey.get(key);
    if (group) group.push(finding);
    else findingsByKey.set(key, [finding]);
  }
  const known = new Set<Finding>();
  let gone = 0;
  let missing = 0;
  let unchecked = 0;
  // Entries whose rule ran, and of those the ones for files this run could not have checked.
  let ran = 0;
  let elsewhere = 0;
  for (const entry of baseline.entries) {
    if (!scope.ruleIds.has(entry.ruleId)) {
      unchecked++;
      continue;
    }
    ran++;
    if (!underUnits(entry, scope)) {
      unchecked++;
      elsewhere++;
      continue;
    }
    const match = nearest(findingsByKey.get(matchKey(entry.ruleId, entry.file, entry.message)), entry.line, known);
    if (match !== undefined) known.add(match);
    else if (scope.fileExists?.(entry.file) === false) {
      missing++;
      elsewhere++;
    } else if (scope.partial?.has(entry.file)) unchecked++;
    else gone++;
  }
  const misplaced = known.size === 0 && ran > 0 && elsewhere === ran;
  return { file: baseline.file, known, gone, missing, unchecked, entries: baseline.entries.length, misplaced, rewritten: scope.rewritten === true };
}

/** The finding of a group not matched yet that lies nearest a line (the first, without one). */
function nearest(group: readonly Finding[] | undefined, line: number | undefined, taken: ReadonlySet<Finding>): Finding | undefined {
  let best: Finding | undefined;
  for (const finding of group ?? []) {
    if (taken.has(finding)) continue;
    if (best === undefined) best = finding;
    if (line === undefined) break;
    if (Math.abs(finding.line - line) < Math.abs(best.line - line)) best = finding;
  }
  return best;
}
