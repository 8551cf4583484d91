import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import * as tl from 'azure-pipelines-task-lib/task.js';
import type { CliCommandDefinition } from '../../shared/commands/definition.js';
import { maskableLines } from '../../shared/azure/identity-settings.js';
import { devopsName } from '../../shared/commands/naming.js';
import type { InputSource } from '../../shared/commands/settings.js';
import type { Annotation, CommandResult, Host } from '../../shared/host/host.js';
import { devopsRunnerIdentity } from './devops-azure.js';
import { lazyTerminationSignal } from '../../shared/host/termination-signal.js';

/** The Azure DevOps face of the host: the task library's logging commands. */
export function createDevopsHost(workingDirectory = process.cwd()): Host & { flush(result: CommandResult): void } {
  const summaryParts: string[] = [];
  const annotate = (a: Annotation) => {
    if (a.severity === 'note') {
      console.log(`${a.file ?? ''}${a.line ? `(${a.line},${a.column ?? 1})` : ''}: note: ${a.message}`);
      return;
    }
    const type = a.severity === 'error' ? tl.IssueType.Error : tl.IssueType.Warning;
    tl.logIssue(type, a.message, a.file, a.line, a.column);
  };
  const termination = lazyTerminationSignal(process);
  return {
    kind: 'azure-devops',
    workingDirectory,
    log: { info: (line) => console.log(line), warning: (line) => tl.warning(line), debug: (line) => tl.debug(line) },
    annotations: { annotate },
    outputs: {
      set: (name, value) => tl.setVariable(devopsName(name), value, false, true),
      mask: (secret) => tl.setSecret(secret),
    },
    summary: { append: (markdown) => void summaryParts.push(markdown) },
    azure: devopsRunnerIdentity(),
    get cancellation() {
      return termination();
    },
    context: { sourceDateEpoch: tl.getVariable('SOURCE_DATE_EPOCH'), gitRef: tl.getVariable('Build.SourceBranch') },
    flush(result) {
      if (summaryParts.length > 0) {
        const folder = mkdtempSync(path.join(tl.getVariable('Agent.TempDirectory') ?? os.tmpdir(), 'mapp-'));
        const file = path.join(folder, 'mapp-summary.md');
        writeFileSync(file, summaryParts.join('\n'));
        tl.uploadSummary(file);
      }
      if (result.exitCode === 0) tl.setResult(tl.TaskResult.Succeeded, '');
      else tl.setResult(tl.TaskResult.Failed, result.message ?? 'mapp failed.');
    },
  };
}

/** Drops whatever the task library writes while a secret input is read. */
const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * Reads a secret input. The task library echoes every input it reads as a debug line, before any
 * code could mask the value; so its output is silenced for that one read and the value masked.
 */
function readSecretInput(name: string): string | undefined {
  tl.setStdStream(silent);
  let value: string | undefined;
  try {
    value = tl.getInput(name);
  } finally {
    tl.setStdStream(process.stdout);
  }
  if (value) for (const line of maskableLines(value)) tl.setSecret(line);
  return value || undefined;
}

/** Task inputs of a command, by their camelCase task.json names. */
export function devopsInputs(command: CliCommandDefinition): InputSource {
  return {
    get: (name) => (command.inputs[name]?.kind === 'secret' ? readSecretInput(devopsName(name)) : tl.getInput(devopsName(name)) || undefined),
    describe: (name) => `input '${devopsName(name)}'`,
  };
}
