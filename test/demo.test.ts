import { connect } from 'node:net';
import { runBundleAsync } from './helpers/run-bundle-async.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

// `npm run demo`, the README's main command: the whole flow on the example app against the
// stand-in and Azurite, which it must stop again.
function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

test('the demo validates, builds, publishes, installs and smoke-runs the example app, then stops what it started', async () => {
  const run = await runBundleAsync('scripts/demo.js', PROJECT_ROOT, {}, []);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const rows = run.lines.filter((line) => /^\| [A-Z].* \| (ok|FAILED) \|/.test(line));
  expect(rows.map((row) => row.split(' | ')[0]!.slice(2))).toEqual([
    'Validate the example app',
    'Build app.zip',
    'Start the stand-in and Azurite',
    'Publish to the service catalog',
    'Install the app as a customer would',
    'Smoke-run the pipeline',
  ]);
  expect(rows.every((row) => row.includes(' | ok | '))).toBe(true);
  expect(run.stdout).toMatch(/\| Smoke-run the pipeline \| ok \| [\d.]+ s \| 1200 rows written \|/);
  expect(run.stdout).toContain('Deployed: 0 created, 2 updated, 4 unchanged.');
  expect(run.stdout).toMatch(/Pipeline CopyMessagesToDataLake run [0-9a-f-]{36}: Succeeded/);
  expect(run.stdout).not.toContain('demo-only-not-a-real-secret');
  // No SAS signature or storage key reaches the output.
  expect(run.stdout).not.toMatch(/sig=(?!\*\*\*)/);
  expect(run.stdout).not.toContain('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq');
  // Everything it started is stopped: the stand-in's and Azurite's ports are closed again.
  const ports = [...run.stdout.matchAll(/https?:\/\/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1]));
  expect(ports.length).toBeGreaterThan(0);
  for (const port of new Set(ports)) expect(await portOpen(port)).toBe(false);
  const total = Number(/Total: ([\d.]+) s/.exec(run.stdout)?.[1]);
  expect(total).toBeGreaterThan(0);
}, 60_000);
