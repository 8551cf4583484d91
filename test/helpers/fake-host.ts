import type { Annotation, Host } from '../../shared/host/host.js';

/** A host that records everything the core tells it, for layer-one tests. */
export class FakeHost implements Host {
  readonly kind = 'cli' as const;
  readonly infos: string[] = [];
  readonly warnings: string[] = [];
  readonly debugs: string[] = [];
  readonly annotationsMade: Annotation[] = [];
  readonly outputsSet: Record<string, string> = {};
  readonly masked: string[] = [];
  readonly summaries: string[] = [];

  constructor(readonly workingDirectory: string) {}

  readonly log = {
    info: (line: string) => void this.infos.push(line),
    warning: (line: string) => void this.warnings.push(line),
    debug: (line: string) => void this.debugs.push(line),
  };
  readonly annotations = { annotate: (a: Annotation) => void this.annotationsMade.push(a) };
  readonly outputs = {
    set: (name: string, value: string) => void (this.outputsSet[name] = value),
    mask: (secret: string) => void this.masked.push(secret),
  };
  readonly summary = { append: (markdown: string) => void this.summaries.push(markdown) };
}
