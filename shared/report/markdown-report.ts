import { countBySeverity, describeBaseline, describeCounts, newFindings, plural, type ValidationReport } from './report-model.js';

const ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * A Markdown report: a count line and a findings table. `limit` caps the rows so a job summary
 * stays within the runner's size limit; the rest is counted, not dropped silently. Findings a
 * baseline lists are left out of the counts and the table; the head says how many there were.
 */
export function renderMarkdown(report: ValidationReport, limit = Number.POSITIVE_INFINITY): string {
  const shown = newFindings(report);
  const counts = countBySeverity(shown);
  const baseline = describeBaseline(report);
  const head = `### mapp validate: ${counts.error === 0 && counts.warning === 0 ? 'passed' : describeCounts(counts)}\n\n` +
    `${plural(report.units.length, 'path')} checked (${report.units.map((u) => `\`${u}\``).join(', ')}) with ${plural(report.rules.length, 'rule')}.${baseline ? ` ${cell(baseline)}` : ''}\n`;
  if (shown.length === 0) return `${head}\nNo ${report.baseline ? 'new ' : ''}findings.\n`;
  const rows = shown.slice(0, limit).map(
    (f) => `| ${ICON[f.severity]} ${f.severity} | \`${f.file}:${f.line}:${f.column}\` | ${cell(f.message)} | \`${f.ruleId}\`${f.armTtk ? `<br>${f.armTtk}` : ''} |`,
  );
  const more = shown.length > limit ? `\n…and ${shown.length - limit} more findings; see the full report.\n` : '';
  return `${head}\n| Severity | Location | Finding | Rule |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n${more}`;
}
