import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './validate-fixture.js';

export interface BundleRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: string[];
}

/**
 * Runs a built bundle the way a runner does: a fresh process with only the given variables
 * (plus PATH), in `cwd`. `node` defaults to the Node running the tests; MAPP_TEST_NODE
 * points at another one (CI runs the suite on Node 20 and Node 24).
 */
export function runBundle(bundle: string, cwd: string, env: Record<string, string>, args: string[] = []): BundleRun {
  const node = process.env.MAPP_TEST_NODE || process.execPath;
  const result = spawnSync(node, [path.join(PROJECT_ROOT, bundle), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split(/\r?\n/) };
}
