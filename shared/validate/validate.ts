import path from 'node:path';
import { setOutputs } from '../commands/run-command.js';
import type { SettingsOf } from '../commands/definition.js';
import { validateCommand } from '../commands/validate.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';
import type { CommandResult, Host } from '../host/host.js';
import { renderMarkdown } from '../report/markdown-report.js';
import { renderReport, type ReportFormat } from '../report/render.js';
import { countBySeverity, describeCounts, type ValidationReport } from '../report/report-model.js';
import { renderSarif } from '../report/sarif-report.js';
import { TOOL_VERSION } from '../tool-info.js';
import { compareFindings, type Finding } from './finding.js';
import { annotateFindings, reachesFailOn } from './finding-outcome.js';
import { loadUnit } from './load-unit.js';
import { loadZip } from './load-zip.js';
import type { Rule } from './rule.js';
import { allRules } from './rules/index.js';
import { runRules } from './run-rules.js';
import { selectRules } from './select-rules.js';

export type ValidateSettings = SettingsOf<typeof validateCommand>;

/** Rows of the findings table kept in a job summary (GitHub caps a summary at 1 MiB). */
const SUMMARY_ROWS = 200;

/** Validates each path as its own unit with the selected rules; pure apart from reading files. */
export function collectFindings(workingDirectory: string, paths: readonly string[], rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const given of paths) {
    findings.push(...runRules(loadUnit(workingDirectory, given, loadZip), rules));
  }
  return findings.sort(compareFindings);
}

/**
 * The validate use case: runs the rules, writes the report, annotates every finding, appends
 * the job summary and sets the outputs. Fails (exit 1) when a finding reaches `fail-on`.
 */
export async function validate(host: Host, settings: ValidateSettings): Promise<CommandResult> {
  const rules = selectRules(allRules, settings.only, settings.skip);
  const paths = settings.path.length > 0 ? settings.path : ['.'];
  const findings = collectFindings(host.workingDirectory, paths, rules);
  const report: ValidationReport = { findings, rules, units: paths, toolVersion: TOOL_VERSION };

  const rendered = renderReport(report, settings.format as ReportFormat);
  if (settings.output) {
    writeFileAtomic(path.resolve(host.workingDirectory, settings.output), rendered, `${settings.format} report`);
    host.log.info(`Wrote the ${settings.format} report to ${settings.output}.`);
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
  setOutputs(host, validateCommand, { errors: counts.error, warnings: counts.warning, notes: counts.note, 'sarif-file': sarifFile });

  const failOn = settings['fail-on'];
  if (reachesFailOn(findings, failOn)) return { exitCode: 1, message: `Validation found ${describeCounts(counts)} (failing on ${failOn}).` };
  return { exitCode: 0 };
}
