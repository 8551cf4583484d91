import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from './helpers/run-bundle.js';

test('a secret task input is masked before anything could echo it, and never printed', () => {
  const secret = 'pl41n-input-s3cret-value';
  const run = runBundle('tasks/MappWhoAmI/dist/index.js', mkdtempSync(path.join(os.tmpdir(), 'mapp-secret-')), {
    INPUT_AUTH: 'secret',
    INPUT_CLIENTSECRET: secret,
    AGENT_TEMPDIRECTORY: os.tmpdir(),
  });
  const lines = (run.stdout + run.stderr).split(/\r?\n/);
  expect(lines).toContain(`##vso[task.setsecret]${secret}`);
  expect(lines.filter((line) => line.includes(secret) && !line.startsWith('##vso[task.setsecret]'))).toEqual([]);
  // The task still reads its other inputs and fails on the missing identity fields, not on the secret.
  expect(lines.some((line) => line.startsWith('##vso[task.complete result=Failed;]'))).toBe(true);
});
