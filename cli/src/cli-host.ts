import type { Host } from '../../shared/host/host.js';
import { cliRunnerIdentity } from './cli-azure.js';
import { lazyTerminationSignal } from '../../shared/host/termination-signal.js';

const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', note: '\u001b[36m' } as const;
const RESET = '\u001b[0m';

/** Colours the severity word of `file:line:col severity ...` lines. */
function colourFindingLines(text: string): string {
  return text.replace(/^(\S+:\d+:\d+ )(error|warning|note)( )/gm, (_, where: string, severity: keyof typeof COLOURS, space: string) => `${where}${COLOURS[severity]}${severity}${RESET}${space}`);
}

/** The CLI face of the host: reports to standard output, warnings to standard error. */
export function createCliHost(options: { workingDirectory: string; colour: boolean; verbose: boolean }): Host {
  const termination = lazyTerminationSignal(process);
  return {
    kind: 'cli',
    workingDirectory: options.workingDirectory,
    log: {
      info: (line) => void process.stdout.write(`${options.colour ? colourFindingLines(line) : line}\n`),
      warning: (line) => void process.stderr.write(`warning: ${line}\n`),
      debug: (line) => void (options.verbose && process.stderr.write(`${line}\n`)),
    },
    // The report printed on standard output already shows every finding with its position.
    annotations: { annotate: () => undefined },
    // The CLI has no step outputs; nothing to mask since nothing is echoed back.
    outputs: { set: () => undefined, mask: () => undefined },
    summary: { append: () => undefined },
    azure: cliRunnerIdentity(),
    get cancellation() {
      return termination();
    },
    // The CLI also runs inside CI shell steps, where the runner's ref names the tag being built.
    context: { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, gitRef: process.env.GITHUB_REF ?? process.env.BUILD_SOURCEBRANCH },
  };
}
