import { existsSync } from 'node:fs';
import path from 'node:path';
import { setOutputs } from '../commands/run-command.js';
import type { SettingsOf } from '../commands/definition.js';
import { validateCommand } from '../commands/validate.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';
import { describeInput } from '../host/describe-input.js';
import type { CommandResult, Host } from '../host/host.js';
import { renderMarkdown } from '../report/markdown-report.js';
import { renderReport, type ReportFormat } from '../report/render.js';
import { countBySeverity, describeCounts, newFindings, type ValidationReport } from '../report/report-model.js';
import { renderSarif } from '../report/sarif-report.js';
import { countLine } from '../report/text-report.js';
import { TOOL_VERSION } from '../tool-info.js';
import { compareWithBaseline, readBaseline } from './baseline.js';
import { compareFindings, type Finding } from './finding.js';
import { annotateFindings, reachesFailOn } from './finding-outcome.js';
import { loadUnit } from './load-unit.js';
import { loadZip } from './load-zip.js';
import type { Rule } from './rule.js';
import { allRules } from './rules/index.js';
import { runRules } from './run-rules.js';
import { selectRules } from './select-rules.js';
import type { ValidationUnit } from './unit.js';

export type ValidateSettings = SettingsOf<typeof validateCommand>;

/** Rows of the findings table kept in a job summary (GitHub caps a summary at 1 MiB). */
const SUMMARY_ROWS = 200;

/**
 * Validates each path as its own unit with the selected rules; pure apart from reading files.
 * `seen` is told each unit as it is loaded (units are checked one at a time, not kept).
 */
export function collectFindings(workingDirectory: string, paths: readonly string[], rules: readonly Rule[], seen?: (unit: ValidationUnit) => void): Finding[] {
  const findings: Finding[] = [];
  for (const given of paths) {
    const unit = loadUnit(workingDirectory, given, loadZip);
    seen?.(unit);
    findings.push(...runRules(unit, rules));
  }
  return findings.sort(compareFindings);
}

/** Whether a finding's file is there: on disk, or an entry of a zip validated (which is not searched). */
function fileExists(workingDirectory: string, zips: readonly string[], file: string): boolean {
  if (zips.some((zip) => file === zip || file.startsWith(`${zip}/`))) return true;
  return existsSync(path.resolve(workingDirectory, file));
}

/** What validate keeps of a unit once its rules have run. */
interface UnitSeen {
  readonly display: string;
  readonly kind: ValidationUnit['kind'];
  /** A single factory file placed in a Git integration: its factory's folder. */
  readonly factoryFolder?: string;
  /** A single factory file, checked without the rest of its factory. */
  readonly lone: boolean;
  /** Data Factory's publish output: checked without the template rules. */
  readonly publishedFactory: boolean;
}

/**
 * Says which files given on their own belong to a factory's Git integration: checked alone,
 * their references to the rest of the factory cannot be resolved, and nothing else says so.
 * Not when the factory's folder is given too.
 */
function noteLoneFactoryFiles(host: Host, units: readonly UnitSeen[]): void {
  const given = new Set(units.map((unit) => unit.display));
  const byFactory = new Map<string, string[]>();
  for (const { display, factoryFolder: folder } of units) {
    if (folder !== undefined && !given.has(folder)) byFactory.set(folder, [...(byFactory.get(folder) ?? []), display]);
  }
  for (const [folder, files] of byFactory) {
    const where = folder === '.' ? 'the working directory' : folder;
    const what = files.length === 1 ? `${files[0]} is checked on its own, so its references` : `${files.length} files of the factory in ${where} are checked on their own, so their references`;
    host.log.info(`${what} to the rest of the factory are not resolved; give the factory's folder (${where}) to check them too.`);
  }
}

/** Says which templates were checked as Data Factory's publish output, without the template rules. */
function notePublishedFactories(host: Host, units: readonly UnitSeen[]): void {
  for (const { display } of units.filter((unit) => unit.publishedFactory)) {
    host.log.info(
      `${display} is Data Factory's publish output: checked with the Data Factory and Graph Data Connect rules, not the template rules, which judge templates you write (such as an app's mainTemplate.json) and not what the service generates.`,
    );
  }
}

/**
 * The validate use case: runs the rules, writes the report, annotates every finding, appends
 * the job summary and sets the outputs. Fails (exit 1) when a finding reaches `fail-on`. With a
 * baseline, the findings it lists stay in the JSON and SARIF reports but are neither shown,
 * annotated, counted in the outputs nor failed on.
 */
export async function validate(host: Host, settings: ValidateSettings): Promise<CommandResult> {
  const rules = selectRules(allRules, settings.only, settings.skip, (input) => describeInput(host, input));
  const paths = settings.path.length > 0 ? settings.path : ['.'];
  // Read before the rules run, so a wrong baseline fails at once.
  const baseline = settings.baseline ? readBaseline(host.workingDirectory, settings.baseline, describeInput(host, 'baseline')) : undefined;
  const units: UnitSeen[] = [];
  const all = collectFindings(host.workingDirectory, paths, rules, (unit) =>
    units.push({
      display: unit.display,
      kind: unit.kind,
      factoryFolder: unit.dataFactory?.placed?.factoryFolder,
      lone: unit.kind === 'file' && unit.dataFactory !== undefined,
      publishedFactory: unit.publishedFactory === true,
    }),
  );
  // A report on standard output in any format but text (JSON, SARIF, a Markdown page redirected
  // to a file) must be all that is written there.
  if (settings.output || settings.format === 'text') {
    noteLoneFactoryFiles(host, units);
    notePublishedFactories(host, units);
  }
  const zips = units.filter((unit) => unit.kind === 'zip').map((unit) => unit.display);
  const scope = {
    units: units.map((unit) => unit.display),
    ruleIds: new Set(rules.map((rule) => rule.id)),
    fileExists: (file: string) => fileExists(host.workingDirectory, zips, file),
    partial: new Set(units.filter((unit) => unit.lone).map((unit) => unit.display)),
    rewritten: settings.baseline !== undefined && settings.output !== undefined && path.resolve(host.workingDirectory, settings.output) === path.resolve(host.workingDirectory, settings.baseline),
  };
  const report: ValidationReport = { findings: all, rules, units: paths, toolVersion: TOOL_VERSION, ...(baseline ? { baseline: compareWithBaseline(all, baseline, scope) } : {}) };
  const findings = newFindings(report);

  const rendered = renderReport(report, settings.format as ReportFormat);
  if (settings.output) {
    writeFileAtomic(path.resolve(host.workingDirectory, settings.output), rendered, `${settings.format} report`);
    host.log.info(`Wrote the ${settings.format} report to ${settings.output}. ${countLine(report)}`);
  } else {
    host.log.info(rendered.trimEnd());
  }
  let sarifFile: string | undefined;
  if (settings['sarif-file']) {
    sarifFile = settings['sarif-file'];
    writeFileAtomic(path.resolve(host.workingDirectory, sarifFile), renderSarif(report), 'SARIF report');
  } else if (settings.output && settings.format === 'sarif') {
    sarifFile = settings.output;
  }

  annotateFindings(host, findings);
  host.summary.append(renderMarkdown(report, SUMMARY_ROWS));

  const counts = countBySeverity(findings);
  setOutputs(host, validateCommand, { errors: counts.error, warnings: counts.warning, notes: counts.note, known: report.baseline?.known.size ?? 0, 'sarif-file': sarifFile });

  const failOn = settings['fail-on'];
  if (reachesFailOn(findings, failOn)) return { exitCode: 1, message: `Validation found ${describeCounts(counts)}${baseline ? ' not in the baseline' : ''} (failing on ${failOn}).` };
  return { exitCode: 0 };
}
