import * as core from '@actions/core';
import type { InputSource } from '../../shared/commands/settings.js';
import type { Annotation, CommandResult, Host } from '../../shared/host/host.js';
import { githubRunnerIdentity } from './github-azure.js';
import { githubReleases } from './github-releases.js';
import { lazyTerminationSignal } from '../../shared/host/termination-signal.js';

/** The GitHub Actions face of the host: `@actions/core` for inputs, annotations, outputs and summary. */
export function createGithubHost(workingDirectory = process.cwd()): Host & { flush(result: CommandResult): Promise<void> } {
  const summaryParts: string[] = [];
  const annotate = (a: Annotation) => {
    const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.severity === 'error') core.error(a.message, properties);
    else if (a.severity === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  };
  const termination = lazyTerminationSignal(process);
  return {
    kind: 'github',
    workingDirectory,
    log: { info: (line) => core.info(line), warning: (line) => core.warning(line), debug: (line) => core.debug(line) },
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
