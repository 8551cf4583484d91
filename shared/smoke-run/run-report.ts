import { GRAPH_DATA_CONNECT_APPROVAL, isGraphDataConnectAuthorisationFailure } from './graph-data-connect.js';
import type { ActivityRecord, RunOutcome } from './run-model.js';

export function seconds(ms: number | undefined): string {
  return ms === undefined ? '-' : `${(ms / 1000).toFixed(1)}s`;
}

function copyPart(activity: ActivityRecord): string {
  const o = activity.output;
  if (activity.type.toLowerCase() !== 'copy' || !o || activity.status !== 'Succeeded') return '';
  return `: ${Number(o.rowsRead ?? 0)} rows read, ${Number(o.rowsCopied ?? o.rowsWritten ?? 0)} rows written, ${Number(o.filesWritten ?? 0)} files written`;
}

/** The live line for an activity status change. */
export function activityLine(activity: ActivityRecord): string {
  const where = `${'  '.repeat(activity.depth + 1)}${activity.pipeline} › ${activity.name} (${activity.type})`;
  if (activity.status === 'InProgress' || activity.status === 'Queued') return `${where}: ${activity.status}`;
  const error = activity.status === 'Failed' && activity.error ? `: ${activity.error.errorCode} ${activity.error.failureType}: ${activity.error.message}` : '';
  return `${where}: ${activity.status} in ${seconds(activity.durationMs)}${copyPart(activity)}${error}`;
}

/** The innermost failed activity: the one whose error explains the others. */
export function firstFailure(activities: readonly ActivityRecord[]): ActivityRecord | undefined {
  const failed = activities.filter((a) => a.status === 'Failed' && a.error);
  return failed.sort((a, b) => b.depth - a.depth || (a.end ?? '').localeCompare(b.end ?? ''))[0];
}

/** Why a failed run failed, in lines: the activity, its error, and what to do for Graph Data Connect. */
export function failureLines(outcome: RunOutcome): string[] {
  const failure = outcome.failure;
  if (!failure?.error) return outcome.message ? [outcome.message] : [];
  const lines = [
    `Activity ${failure.name} (${failure.type}) of pipeline ${failure.pipeline} failed: error ${failure.error.errorCode || '-'}, failure type ${failure.error.failureType || '-'}: ${failure.error.message}`,
  ];
  if (isGraphDataConnectAuthorisationFailure(failure.error)) lines.push(GRAPH_DATA_CONNECT_APPROVAL);
  return lines;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The job summary: one table of runs, then a timeline per run. */
export function summaryMarkdown(outcomes: readonly RunOutcome[], problems: readonly string[]): string {
  const lines = ['### mapp smoke-run', '', '| Pipeline | Run id | Status | Duration | Rows read | Rows written | Files written |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const o of outcomes) {
    lines.push(`| ${cell(o.pipeline)} | ${o.runId ?? '-'} | ${o.status}${o.stoppedBecause ? ` (${o.stoppedBecause})` : ''} | ${seconds(o.durationMs)} | ${o.totals.rowsRead} | ${o.totals.rowsWritten} | ${o.totals.filesWritten} |`);
  }
  if (problems.length > 0) lines.push('', ...problems.map((p) => `- :x: ${cell(p)}`));
  for (const o of outcomes) {
    if (o.activities.length === 0) continue;
    lines.push('', `#### ${cell(o.pipeline)} (${o.runId})`, '', '| Activity | Type | Status | Start | Duration | Detail |', '| --- | --- | --- | --- | --- | --- |');
    const ordered = [...o.activities].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    for (const a of ordered) {
      const detail = a.status === 'Failed' && a.error ? `${a.error.errorCode} ${a.error.failureType}: ${a.error.message}` : copyPart(a).replace(/^: /, '');
      lines.push(`| ${'↳ '.repeat(a.depth)}${cell(a.pipeline)} › ${cell(a.name)} | ${a.type} | ${a.status} | ${a.start ?? '-'} | ${seconds(a.durationMs)} | ${cell(detail)} |`);
    }
    for (const line of failureLines(o)) lines.push('', `> ${cell(line)}`);
  }
  return lines.join('\n') + '\n';
}
