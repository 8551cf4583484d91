import type { RunnerIdentity } from '../../shared/azure/runner-identity.js';
import type { Host, HostKind } from '../../shared/host/host.js';
import { FakeHost } from './fake-host.js';

/** A recording host of the given face kind that offers these Azure identity facts. */
export function azureHost(kind: HostKind, azure: Partial<RunnerIdentity>, workingDirectory = process.cwd()): { host: Host; fake: FakeHost } {
  const fake = new FakeHost(workingDirectory);
  const describeInput = azure.describeInput ?? ((name: string) => `input '${name}'`);
  return { fake, host: { ...fake, kind, azure: { ...azure, describeInput } } };
}

/** Everything the host was told to log, annotate, output or summarise, as one string. */
export function everythingRecorded(fake: FakeHost): string {
  return [
    ...fake.infos,
    ...fake.warnings,
    ...fake.debugs,
    ...fake.summaries,
    ...fake.annotationsMade.map((a) => a.message),
    ...Object.values(fake.outputsSet),
  ].join('\n');
}
