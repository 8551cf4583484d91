import * as core from '@actions/core';
import type { InputSource } from '../../shared/commands/settings.js';
import type { Annotation, CommandResult, Host } from '../../shared/host/host.js';
import { andList } from '../../shared/report/words.js';
import { githubRunnerIdentity } from './github-azure.js';
import { githubReleases } from './github-releases.js';
import { lazyTerminationSignal } from '../../shared/host/termination-signal.js';

/**
 * Annotations of each kind (error, warning, notice) GitHub shows for one step; it drops the rest
 * without a word (actions/toolkit, docs/problem-matchers.md, "Limitations").
 */
const SHOWN_PER_KIND = 10;

type Counts = Readonly<Record<Annotation['severity'], number>>;

const KIND_NAMES: Record<Annotation['severity'], string> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * How many annotations of each kind are left for findings once the step's own have been
 * counted: its warning lines, and the error line that fails it (`setFailed` is an annotation
 * too), which would otherwise be the ones GitHub drops.
 */
export function annotationSlots(ownWarnings: number, failing: boolean): Counts {
  return { error: SHOWN_PER_KIND - (failing ? 1 : 0), warning: Math.max(0, SHOWN_PER_KIND - ownWarnings), note: SHOWN_PER_KIND };
}

/** The line that says how many findings were not annotated, or undefined when all were. */
export function hiddenAnnotations(counts: Counts, slots: Counts): string | undefined {
  const hidden = (['error', 'warning', 'note'] as const)
    .filter((severity) => counts[severity] > slots[severity])
    .map((severity) => ({ more: counts[severity] - slots[severity], kind: KIND_NAMES[severity] }));
  if (hidden.length === 0) return undefined;
  const parts = hidden.map(({ more, kind }) => `${more} of the ${kind}s`);
  const verb = hidden.length === 1 && hidden[0]!.more === 1 ? 'is' : 'are';
  return `GitHub shows ${SHOWN_PER_KIND} annotations of each kind per step: ${andList(parts)} ${verb} not annotated on the files. This step's log, or the report it wrote, lists them.`;
}

/**
 * The GitHub Actions face of the host: `@actions/core` for inputs, annotations, outputs and
 * summary. Annotations of findings are held until the step ends, when it is known how many of
 * GitHub's slots the step's own warning and failure lines take.
 */
export function createGithubHost(workingDirectory = process.cwd()): Host & { flush(result: CommandResult): Promise<void> } {
  const summaryParts: string[] = [];
  const pending: Annotation[] = [];
  let ownWarnings = 0;
  const termination = lazyTerminationSignal(process);
  return {
    kind: 'github',
    workingDirectory,
    log: {
      info: (line) => core.info(line),
      warning: (line) => {
        ownWarnings++;
        core.warning(line);
      },
      debug: (line) => core.debug(line),
    },
    annotations: { annotate: (a) => void pending.push(a) },
    outputs: { set: (name, value) => core.setOutput(name, value), mask: (secret) => core.setSecret(secret) },
    summary: { append: (markdown) => void summaryParts.push(markdown) },
    context: { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, gitRef: process.env.GITHUB_REF },
    releases: githubReleases,
    azure: githubRunnerIdentity(),
    get cancellation() {
      return termination();
    },
    async flush(result) {
      const slots = annotationSlots(ownWarnings, result.exitCode !== 0);
      const counts = { error: 0, warning: 0, note: 0 };
      for (const a of pending) {
        if (++counts[a.severity] > slots[a.severity]) continue;
        const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
        if (a.severity === 'error') core.error(a.message, properties);
        else if (a.severity === 'warning') core.warning(a.message, properties);
        else core.notice(a.message, properties);
      }
      const hidden = hiddenAnnotations(counts, slots);
      if (hidden !== undefined) {
        core.info(hidden);
        summaryParts.push(`> ${hidden}\n`);
      }
      if (summaryParts.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
        await core.summary.addRaw(summaryParts.join('\n'), true).write();
      }
      if (result.exitCode !== 0) core.setFailed(result.message ?? 'mapp failed.');
    },
  };
}

/** Action inputs as the workflow's `with:` gives them. */
export const githubInputs: InputSource = {
  get: (name) => core.getInput(name) || undefined,
  describe: (name) => `input '${name}'`,
};
