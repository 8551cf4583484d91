import type { BuildPlan } from './build-plan.js';
import type { BuiltPackage } from './build.js';
import type { Refusal } from './collect-files.js';

/** Rows of the file table kept in a job summary (GitHub caps a summary at 1 MiB). */
const FILE_ROWS = 200;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function code(text: string): string {
  return `\`${cell(text).replace(/`/g, "'")}\``;
}

/** The job summary of a build: the package, its hash, and the files in it. */
export function renderBuildSummary(plan: BuildPlan, built: BuiltPackage): string {
  const lines = [
    `### 📦 mapp build: ${code(plan.outDisplay)}`,
    '',
    '| | |',
    '|---|---|',
    `| Package | ${code(plan.outDisplay)} |`,
    `| Size | ${built.zip.length.toLocaleString('en-US')} bytes |`,
    `| SHA-256 | ${code(built.sha256)} |`,
    `| contentVersion | ${built.contentVersion ? code(built.contentVersion) : 'not set'}${plan.versionSource ? ` (from ${cell(plan.versionSource)})` : ''} |`,
    `| Tracking id | ${plan.trackingId ? `${code(`pid-${plan.trackingId}-partnercenter`)}${built.trackingAdded ? ' (added)' : ''}` : 'none'} |`,
    `| Validation | ${built.validation} |`,
    `| Files | ${built.entries.length} |`,
    '',
    '| File | Bytes | From |',
    '|---|---:|---|',
    ...built.entries.slice(0, FILE_ROWS).map((e) => `| ${code(e.name)} | ${e.size.toLocaleString('en-US')} | ${code(e.from)} |`),
  ];
  if (built.entries.length > FILE_ROWS) lines.push('', `…and ${built.entries.length - FILE_ROWS} more files (see the files output).`);
  return lines.join('\n') + '\n';
}

/** The job summary of a refused build. */
export function renderRefusals(refusals: readonly Refusal[]): string {
  return [
    '### ❌ mapp build: nothing was built',
    '',
    '| File | Problem |',
    '|---|---|',
    ...refusals.map((r) => `| ${code(r.line ? `${r.file}:${r.line}:${r.column}` : r.file)} | ${cell(r.message)} |`),
  ].join('\n') + '\n';
}
