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

/**
 * How many annotations of each kind mapp makes for findings in a step. One error is left for the
 * line that fails the step (`setFailed` is an error annotation too) and one warning for a warning
 * line of the step's own (a package near the size limit), which would otherwise be the ones
 * dropped. The findings beyond are in the step's log and report, and `hiddenAnnotations` says so.
 */
export const ANNOTATION_LIMITS: Readonly<Record<Annotation['severity'], number>> = { error: SHOWN_PER_KIND - 1, warning: SHOWN_PER_KIND - 1, note: SHOWN_PER_KIND };

const KIND_NAMES: Record<Annotation['severity'], string> = { error: 'error', warning: 'warning', note: 'notice' };

/** The line that says which annotations were not made, or undefined when none was held back. */
export function hiddenAnnotations(counts: Readonly<Record<Annotation['severity'], number>>): string | undefined {
  const hidden = (['error', 'warning', 'note'] as const)
    .filter((severity) => counts[severity] > ANNOTATION_LIMITS[severity])
    .map((severity) => ({ more: counts[severity] - ANNOTATION_LIMITS[severity], kind: KIND_NAMES[severity] }));
  if (hidden.length === 0) return undefined;
  const parts = hidden.map(({ more, kind }) => `${more} of the ${kind}s`);
  const verb = hidden.length === 1 && hidden[0]!.more === 1 ? 'is' : 'are';
  return `GitHub shows ${SHOWN_PER_KIND} annotations of each kind per step: ${andList(parts)} ${verb} not annotated on the files. This step's log, or the report it wrote, lists them.`;
}

/** The GitHub Actions face of the host: `@actions/core` for inputs, annotations, outputs and summary. */
export function createGithubHost(workingDirectory = process.cwd()): Host & { flush(result: CommandResult): Promise<void> } {
  const summaryParts: string[] = [];
  const annotated: Record<Annotation['severity'], number> = { error: 0, warning: 0, note: 0 };
  const annotate = (a: Annotation) => {
    if (++annotated[a.severity] > ANNOTATION_LIMITS[a.severity]) return;
    const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.severity === 'error') core.error(a.message, properties);
    else if (a.severity === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  };
  const termination = lazyTerminationSignal(process);
  return {
    kind: 'github',
    workingDirectory,
    log: {
      info: (line) => core.info(line),
      // A warning line is an annotation too, always made: the slot kept for it is the one it takes.
      warning: (line) => core.warning(line),
      debug: (line) => core.debug(line),
    },
    annotations: { annotate },
    outputs: { set: (name, value) => core.setOutput(name, value), mask: (secret) => core.setSecret(secret) },
    summary: { append: (markdown) => void summaryParts.push(markdown) },
    context: { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, gitRef: process.env.GITHUB_REF },
    releases: githubReleases,
    azure: githubRunnerIdentity(),
    get cancellation() {
      return termination();
    },
    async flush(result) {
      const hidden = hiddenAnnotations(annotated);
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
