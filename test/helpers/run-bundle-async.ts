import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BundleRun } from './run-bundle.js';
import { PROJECT_ROOT } from './validate-fixture.js';

/**
 * {@link runBundle} without blocking the test's event loop, for bundles that call a server
 * running in the test process (the stand-in): a fresh process with only the given variables.
 */
export function runBundleAsync(bundle: string, cwd: string, env: Record<string, string>, args: string[] = []): Promise<BundleRun> {
  const node = process.env.MAPP_TEST_NODE || process.execPath;
  return new Promise((resolve, reject) => {
    const child = spawn(node, [path.join(PROJECT_ROOT, bundle), ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, lines: stdout.split(/\r?\n/) });
    });
  });
}
