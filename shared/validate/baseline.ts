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
 * the same one when its rule, file and message are; its line and column are left out, so an
 * edit above it does not make it new. Each entry stands for one finding: a second identical
 * problem in the same file is new.
 */
export interface Baseline {
  /** Display path of the report it was read from. */
  readonly file: string;
  /** How many findings of the report have each key (`baselineKey`). */
  readonly counts: ReadonlyMap<string, number>;
}

/** What a run's findings are against a baseline. */
export interface BaselineOutcome {
  readonly file: string;
  /** The findings the baseline lists (by identity). */
  readonly known: ReadonlySet<Finding>;
  /** Entries of the baseline no finding of this run matched: fixed, or changed. */
  readonly gone: number;
}

/** Reports mapp reads a baseline from; a larger file is surely something else. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

function baselineKey(ruleId: string, file: string, message: string): string {
  return `${ruleId}\n${file}\n${message}`;
}

/**
 * Reads a report written by `mapp validate`: the JSON report (`--format json`) or the SARIF one
 * (`--format sarif`, `--sarif-file`). Anything else is a usage error that names the file, and
 * the line and column where it stops being such a report.
 *
 * @param input how the input is named in messages (`input 'baseline'`, `--baseline`)
 */
export function readBaseline(workingDirectory: string, given: string, input: string): Baseline {
  const absolute = path.resolve(workingDirectory, given);
  const display = displayPath(workingDirectory, absolute);
  const fix = `give a report written by mapp validate --format json (or its SARIF report) as ${input}`;
  let bytes: Uint8Array;
  try {
    const size = statSync(absolute).size;
    if (size > MAX_BASELINE_BYTES) throw new UsageError(`${display} is ${Math.round(size / (1024 * 1024))} MB, too large for a report of findings; ${fix}.`);
    bytes = readFileSync(absolute);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`The baseline ${display} (${input}) does not exist; ${fix}, or leave ${input} out.`);
    throw new UsageError(`The baseline ${display} (${input}) could not be read (${code ?? String(error)}); ${fix}.`);
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'binary') throw new UsageError(`The baseline ${display} is not a text file; ${fix}.`);
  const document = new JsonDocument(display, text);
  const syntax = document.errors[0];
  if (syntax !== undefined || document.root === undefined) {
    const at = syntax ?? { line: 1, column: 1, message: 'empty file' };
    throw new UsageError(`${display}:${at.line}:${at.column}: the baseline is not valid JSON (${at.message}); ${fix}.`);
  }
  const counts = new Map<string, number>();
  for (const entry of baselineEntries(document, fix)) {
    const key = baselineKey(entry.ruleId, entry.file, entry.message);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { file: display, counts };
}

/** The rule, file and message of each finding a report lists, from mapp's JSON or SARIF shape. */
function baselineEntries(document: JsonDocument, fix: string): { ruleId: string; file: string; message: string }[] {
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
      if (ruleId === undefined || file === undefined || message === undefined) wrong(finding, 'this finding lacks a string ruleId, file or message');
      return { ruleId: ruleId!, file: file!, message: message! };
    });
  }
  const runs = prop(root, 'runs');
  if (root.type === 'object' && runs !== undefined) {
    if (runs.type !== 'array') wrong(runs, "'runs' is not an array");
    return elements(runs).flatMap((run) => {
      const results = prop(run, 'results');
      if (results === undefined) return [];
      if (results.type !== 'array') wrong(results, "'results' is not an array");
      return elements(results).map((result) => {
        const ruleId = stringOf(prop(result, 'ruleId'));
        const message = stringOf(prop(prop(result, 'message'), 'text'));
        const uri = stringOf(prop(prop(prop(elements(prop(result, 'locations'))[0], 'physicalLocation'), 'artifactLocation'), 'uri'));
        if (ruleId === undefined || message === undefined || uri === undefined) wrong(result, 'this result lacks a ruleId, a message text or a location uri');
        return { ruleId: ruleId!, file: fileOfUri(uri!), message: message! };
      });
    });
  }
  return wrong(root, "it holds neither 'findings' (mapp's JSON report) nor 'runs' (a SARIF report)");
}

/** A SARIF report's relative uri back to the display path it was written from (each segment was percent-encoded). */
function fileOfUri(uri: string): string {
  return uri
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

/** Which findings a baseline lists, each entry matching one finding at most, in report order. */
export function compareWithBaseline(findings: readonly Finding[], baseline: Baseline): BaselineOutcome {
  const left = new Map(baseline.counts);
  const known = new Set<Finding>();
  for (const finding of findings) {
    const key = baselineKey(finding.ruleId, finding.file, finding.message);
    const count = left.get(key);
    if (count === undefined || count === 0) continue;
    left.set(key, count - 1);
    known.add(finding);
  }
  let gone = 0;
  for (const count of left.values()) gone += count;
  return { file: baseline.file, known, gone };
}
