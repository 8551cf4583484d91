import type { CommandResult, Host } from '../host/host.js';
import { renderMarkdown } from '../report/markdown-report.js';
import { renderReport } from '../report/render.js';
import { countBySeverity, describeCounts, type ValidationReport } from '../report/report-model.js';
import { TOOL_VERSION } from '../tool-info.js';
import { annotateFindings, reachesFailOn } from '../validate/finding-outcome.js';
import { allRules } from '../validate/rules/index.js';
import { SIZE_LIMIT_RULE_ID } from './package-size.js';
import { selectRules } from '../validate/select-rules.js';
import { collectFindings } from '../validate/validate.js';
import { describeInput } from '../host/describe-input.js';

/** Rows of the findings table kept in the job summary. */
const SUMMARY_ROWS = 100;

/**
 * Runs validate's rules over the app folder before anything is packed, and reports the findings
 * the way validate does. Returns a failed result when a finding reaches `failOn`. The size rule
 * is left to the build, which measures the real package against its target.
 */
export function validateFirst(host: Host, appPath: string, failOn: string, skip: readonly string[]): { failed?: CommandResult; counts: string } {
  const rules = selectRules(allRules, [], [...skip, SIZE_LIMIT_RULE_ID], (input) => describeInput(host, input));
  const findings = collectFindings(host.workingDirectory, [appPath], rules);
  const report: ValidationReport = { findings, rules, units: [appPath], toolVersion: TOOL_VERSION };
  host.log.info(renderReport(report, 'text').trimEnd());
  annotateFindings(host, findings);
  const counts = describeCounts(countBySeverity(findings));
  if (!reachesFailOn(findings, failOn)) return { counts };
  host.summary.append(renderMarkdown(report, SUMMARY_ROWS));
  return { counts, failed: { exitCode: 1, message: `Validation found ${counts} (failing on ${failOn}); nothing was built. Fix the findings or set fail-on.` } };
}
