/**
 * The seam between the core and the place it runs. Each face (GitHub Action, Azure DevOps
 * task, CLI) implements it; the core only ever talks to these members.
 */

import type { RunnerIdentity } from '../azure/runner-identity.js';
import type { ReleaseAssets } from './release-assets.js';

export type HostKind = 'github' | 'azure-devops' | 'cli';
export type Severity = 'error' | 'warning' | 'note';

export interface HostLog {
  info(line: string): void;
  warning(line: string): void;
  debug(line: string): void;
}

/** A message pinned to a place in a file: a PR annotation, a DevOps issue, a CLI line. */
export interface Annotation {
  readonly severity: Severity;
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface HostAnnotations {
  annotate(annotation: Annotation): void;
}

export interface HostOutputs {
  set(name: string, value: string): void;
  /** Registers a secret with the host's masking before it can reach any log line. */
  mask(secret: string): void;
}

export interface HostSummary {
  /** Appends Markdown to the job summary (GitHub step summary, DevOps summary tab). */
  append(markdown: string): void;
}

/**
 * Facts about the run that only the face can read from its environment. The core never reads
 * the environment; each face fills in what its runner provides.
 */
export interface HostContext {
  /** SOURCE_DATE_EPOCH as set (seconds since 1970), the timestamp of reproducible outputs. */
  readonly sourceDateEpoch?: string;
  /** The Git ref being built, e.g. `refs/tags/v1.2.3`: GITHUB_REF on GitHub, BUILD_SOURCEBRANCH on Azure DevOps. */
  readonly gitRef?: string;
}

export interface Host {
  readonly kind: HostKind;
  /** Folder that relative paths in inputs and findings are resolved against. */
  readonly workingDirectory: string;
  readonly log: HostLog;
  readonly annotations: HostAnnotations;
  readonly outputs: HostOutputs;
  readonly summary: HostSummary;
  /** Environment facts; a host with none (a test) leaves it out. */
  readonly context?: HostContext;
  /** Release uploads, on hosts whose platform has releases (GitHub). */
  readonly releases?: ReleaseAssets;
  /** Azure identities the runner offers (OIDC, service connections, environment); absent in tests that need none. */
  readonly azure?: RunnerIdentity;
  /**
   * Aborts when the job is cancelled (SIGINT or SIGTERM), so long operations can stop cleanly;
   * absent where nothing can cancel. Faces create it lazily: reading it takes over the signals.
   */
  readonly cancellation?: AbortSignal;
}

/** What a use case hands back; each face turns it into its own success or failure signal. */
export interface CommandResult {
  /** 0 success, 1 findings or a failed operation, 2 bad usage or unreadable input, 3 internal error. */
  readonly exitCode: 0 | 1 | 2 | 3;
  /** One line for the failure, when exitCode is not 0. */
  readonly message?: string;
}
