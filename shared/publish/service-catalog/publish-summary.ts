import { describeChanges, type PropertyChange } from './definition-diff.js';

export type PublishResult = 'created' | 'updated' | 'unchanged' | 'what-if';

export interface PublishReport {
  readonly result: PublishResult;
  readonly definitionId: string;
  readonly definitionName: string;
  readonly version?: string;
  /** Package URL with its signature masked, or a note that the templates are inline. */
  readonly packageShown: string;
  readonly portalUrl: string;
  readonly changes: readonly PropertyChange[];
  readonly existed: boolean;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The job summary: what was published where, and each property that changed. */
export function renderPublishSummary(report: PublishReport): string {
  const rows: [string, string][] = [
    ['Definition', `[${report.definitionName}](${report.portalUrl})`],
    ['Result', headline(report)],
    ['Version', report.version ?? '(none)'],
    ['Package', report.packageShown],
    ['Resource id', `\`${report.definitionId}\``],
  ];
  const lines = ['### mapp publish-service-catalog', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), ''];
  if (report.changes.length > 0) {
    lines.push(report.result === 'what-if' ? 'Would change:' : 'Changed:', '', ...describeChanges(report.changes).map((line) => `- ${line.replace(/([*_`])/g, '\\$1')}`), '');
  }
  return lines.join('\n');
}

/** One line for the log and the summary. */
export function headline(report: PublishReport): string {
  switch (report.result) {
    case 'unchanged':
      return 'unchanged: the package and every property match, nothing written';
    case 'what-if':
      return `what-if: would ${report.existed ? `update ${report.changes.length} propert${report.changes.length === 1 ? 'y' : 'ies'}` : 'create the definition'}; nothing written`;
    case 'created':
      return 'created';
    case 'updated':
      return `updated ${report.changes.length} propert${report.changes.length === 1 ? 'y' : 'ies'}`;
  }
}
