import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { copyExample, tempDir } from './helpers/build-app.js';
import { runBundle, type BundleRun } from './helpers/run-bundle.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

const ACTION = 'actions/build/dist/index.js';
const TASK = 'tasks/MappBuild/dist/index.js';
const CLI = 'cli/bin/mapp.js';
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Reads a GITHUB_OUTPUT file written with the `name<<delimiter` form. */
function readGithubOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    while (lines[++i] !== match[2]) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

function githubFiles(): { dir: string; env: Record<string, string> } {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary.md'), '');
  return { dir, env: { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') } };
}

describe('GitHub action bundle (actions/build/dist)', () => {
  test('builds the package, sets the outputs and writes the job summary table', () => {
    const app = copyExample(new Date());
    const { dir, env } = githubFiles();
    const run = runBundle(ACTION, app, { ...env, INPUT_OUT: path.join(dir, 'app.zip'), GITHUB_REF: 'refs/tags/v1.4.0' });
    expect(run.status).toBe(0);
    const zip = readFileSync(path.join(dir, 'app.zip'));
    expect(readGithubOutputs(env.GITHUB_OUTPUT!)).toEqual({
      package: path.relative(app, path.join(dir, 'app.zip')),
      size: String(zip.length),
      sha256: sha256(zip),
      files: 'README.md\ncreateUiDefinition.json\nmainTemplate.json\nviewDefinition.json',
      'content-version': '1.4.0.0',
    });
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain(`| SHA-256 | \`${sha256(zip)}\` |`);
    expect(summary).toContain('| contentVersion | `1.4.0.0` (from the tag refs/tags/v1.4.0) |');
  });
});

describe('Azure DevOps task bundle (tasks/MappBuild/dist)', () => {
  test('builds with the version from BUILD_SOURCEBRANCH, sets output variables and completes', () => {
    const app = copyExample(new Date());
    const dir = tempDir();
    const run = runBundle(TASK, app, { INPUT_OUT: path.join(dir, 'app.zip'), BUILD_SOURCEBRANCH: 'refs/tags/v2.0.0', AGENT_TEMPDIRECTORY: dir });
    const zip = readFileSync(path.join(dir, 'app.zip'));
    expect(run.lines).toContain(`##vso[task.setvariable variable=sha256;isOutput=true;issecret=false;]${sha256(zip)}`);
    expect(run.lines).toContain('##vso[task.setvariable variable=contentVersion;isOutput=true;issecret=false;]2.0.0.0');
    expect(run.lines.some((l) => l.startsWith('##vso[task.uploadsummary]'))).toBe(true);
    expect(run.lines).toContain('##vso[task.complete result=Succeeded;]');
  });
});

describe('CLI (cli/bin/mapp.js)', () => {
  test('builds the example into the same bytes from two checkout folders', () => {
    const dir = tempDir();
    const first = runBundle(CLI, PROJECT_ROOT, {}, ['build', 'examples/graph-data-connect-app', '--out', path.join(dir, 'a.zip')]);
    const copy = copyExample(new Date('2020-01-01T00:00:00Z'));
    const second = runBundle(CLI, path.dirname(copy), {}, ['build', path.basename(copy), '-o', path.join(dir, 'b.zip')]);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(sha256(readFileSync(path.join(dir, 'a.zip')))).toBe(sha256(readFileSync(path.join(dir, 'b.zip'))));
    const check = runBundle(CLI, dir, {}, ['validate', 'a.zip']);
    expect(check.status).toBe(0);
  });
});

/** The three refusals the issue names, each with the message all three faces must show. */
function refusedApps(): { name: string; app: string; file: string; message: string }[] {
  const secret = copyExample(new Date());
  writeFileSync(path.join(secret, 'deploy.pem'), '-----BEGIN PRIVATE KEY-----\n');
  const linked = copyExample(new Date());
  const target = path.join(tempDir(), 'outside.json');
  writeFileSync(target, '{}');
  symlinkSync(target, path.join(linked, 'escape.json'));
  const misplaced = copyExample(new Date());
  mkdirSync(path.join(misplaced, 'templates'));
  writeFileSync(path.join(misplaced, 'templates/mainTemplate.json'), readFileSync(path.join(misplaced, 'mainTemplate.json')));
  unlinkSync(path.join(misplaced, 'mainTemplate.json'));
  return [
    { name: 'secret file', app: secret, file: 'deploy.pem', message: "'deploy.pem' looks like a secret (a key, certificate or environment file) and would be published with the package. Remove it, list it in .mappignore, or allow it with allow-secrets if it is safe to ship." },
    { name: 'escaping symlink', app: linked, file: 'escape.json', message: `'escape.json' is a symbolic link to '${target}', outside the app folder; a package holds only what is inside the app folder. Copy the file into the app folder, or list the link in .mappignore.` },
    { name: 'misplaced template', app: misplaced, file: 'templates/mainTemplate.json', message: "mainTemplate.json is in 'templates/', not at the root of the app folder; the service reads it only from the root of app.zip. Move it to the root of ., or build from the folder that holds both files." },
  ];
}

describe('refusals are clear in all three faces', () => {
  test.each(refusedApps())('$name', ({ app, file, message }) => {
    const out = path.join(tempDir(), 'app.zip');
    const { env } = githubFiles();
    const action = runBundle(ACTION, app, { ...env, INPUT_OUT: out });
    expect(action.status).toBe(1);
    expect(action.lines).toContain(`::error title=mapp build,file=${file}::${message}`);
    expect(action.lines).toContain(`::error::Nothing was built: ${message}`);

    const task = runBundle(TASK, app, { INPUT_OUT: out, AGENT_TEMPDIRECTORY: tempDir() });
    expect(task.lines).toContain(`##vso[task.logissue type=error;sourcepath=${file};]${message}`);
    expect(task.lines).toContain(`##vso[task.complete result=Failed;]Nothing was built: ${message}`);

    const cli = runBundle(CLI, app, {}, ['build', '.', '--out', out]);
    expect(cli.status).toBe(1);
    expect(cli.lines).toContain(`${file} error ${message}`);
    expect(cli.stderr).toBe(`mapp: Nothing was built: ${message}\n`);
  });
});

interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization?: string;
  readonly contentType?: string;
  readonly body: Buffer;
}

/** A stand-in for the GitHub REST API: releases by tag, release creation, asset upload and deletion. */
function startGithubApi(existing?: { assets: { id: number; name: string; digest: string }[] }): Promise<{ server: Server; url: string; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = [];
  let release: { id: number; tag_name: string; html_url: string; upload_url: string; assets: { id: number; name: string; digest: string; browser_download_url: string }[] } | undefined;
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      // octokit expands the upload_url template `{?name,label}` with an empty label as `?name=x&`.
      const url = req.url!.replace(/&$/, '');
      requests.push({ method: req.method!, url, authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const makeRelease = (tag: string) => ({ id: 7, tag_name: tag, html_url: `https://github.example/acme/app/releases/tag/${tag}`, upload_url: `${base}/uploads/repos/acme/app/releases/7/assets{?name,label}`, assets: [] as never[] });
      if (req.method === 'GET' && req.url === '/repos/acme/app/releases/tags/v1.2.3') {
        if (!release && existing) release = { ...makeRelease('v1.2.3'), assets: existing.assets.map((a) => ({ ...a, browser_download_url: `${base}/dl/${a.name}` })) };
        return release ? send(200, release) : send(404, { message: 'Not Found' });
      }
      if (req.method === 'POST' && req.url === '/repos/acme/app/releases') {
        release = makeRelease(JSON.parse(body.toString()).tag_name);
        return send(201, release);
      }
      const upload = /^\/uploads\/repos\/acme\/app\/releases\/7\/assets\?name=([^&]+)$/.exec(url);
      if (req.method === 'POST' && upload) return send(201, { id: 100 + requests.length, name: decodeURIComponent(upload[1]!), browser_download_url: `${base}/dl/${upload[1]}` });
      if (req.method === 'DELETE' && /^\/repos\/acme\/app\/releases\/assets\/\d+$/.test(req.url!)) {
        res.writeHead(204);
        return res.end();
      }
      send(404, { message: `no route for ${req.method} ${req.url}` });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests })));
}

/** runBundle, but without blocking the event loop the stand-in server runs on. */
function runBundleAsync(bundle: string, cwd: string, env: Record<string, string>): Promise<BundleRun> {
  return new Promise((resolve) => {
    const child = spawn(process.env.MAPP_TEST_NODE || process.execPath, [path.join(PROJECT_ROOT, bundle)], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr, lines: stdout.split(/\r?\n/) }));
  });
}

describe('GitHub release upload (against a local stand-in for the REST API)', () => {
  let api: Awaited<ReturnType<typeof startGithubApi>> | undefined;
  afterEach(async () => {
    await new Promise((resolve) => api?.server.close(resolve));
    api = undefined;
  });

  function uploadEnv(dir: string): Record<string, string> {
    return {
      ...githubFiles().env,
      GITHUB_OUTPUT: path.join(dir, 'output'),
      INPUT_OUT: path.join(dir, 'app.zip'),
      'INPUT_UPLOAD-RELEASE': 'true',
      'INPUT_GITHUB-TOKEN': 'ghs_test-token',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: api!.url,
    };
  }

  test('looks the release up by tag, creates it when missing, and uploads app.zip and app.zip.sha256', async () => {
    api = await startGithubApi();
    const app = copyExample(new Date());
    const dir = tempDir();
    writeFileSync(path.join(dir, 'output'), '');
    const run = await runBundleAsync(ACTION, app, uploadEnv(dir));
    expect(run.status).toBe(0);
    const zip = readFileSync(path.join(dir, 'app.zip'));
    expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/app/releases/tags/v1.2.3',
      'POST /repos/acme/app/releases',
      'POST /uploads/repos/acme/app/releases/7/assets?name=app.zip',
      'POST /uploads/repos/acme/app/releases/7/assets?name=app.zip.sha256',
    ]);
    expect(api.requests.every((r) => r.authorization === 'token ghs_test-token')).toBe(true);
    expect(JSON.parse(api.requests[1]!.body.toString())).toMatchObject({ tag_name: 'v1.2.3' });
    expect(api.requests[2]).toMatchObject({ contentType: 'application/zip' });
    expect(sha256(api.requests[2]!.body)).toBe(sha256(zip));
    expect(api.requests[3]!.body.toString()).toBe(`${sha256(zip)}  app.zip\n`);
    expect(readGithubOutputs(path.join(dir, 'output'))['release-url']).toBe('https://github.example/acme/app/releases/tag/v1.2.3');
    expect(run.lines).toContain('::add-mask::ghs_test-token');
    expect(run.lines.filter((l) => l.includes('ghs_test-token'))).toEqual(['::add-mask::ghs_test-token']);
  });

  test('an existing release keeps an identical asset and replaces one that differs', async () => {
    const app = copyExample(new Date());
    const dir = tempDir();
    writeFileSync(path.join(dir, 'output'), '');
    // Build once to learn the checksum file's digest, then serve it as already uploaded.
    const probe = runBundle(ACTION, app, { ...githubFiles().env, INPUT_OUT: path.join(dir, 'app.zip'), GITHUB_REF: 'refs/tags/v1.2.3' });
    expect(probe.status).toBe(0);
    const checksum = Buffer.from(`${sha256(readFileSync(path.join(dir, 'app.zip')))}  app.zip\n`);
    api = await startGithubApi({ assets: [{ id: 11, name: 'app.zip', digest: 'sha256:stale' }, { id: 12, name: 'app.zip.sha256', digest: `sha256:${sha256(checksum)}` }] });
    const run = await runBundleAsync(ACTION, app, uploadEnv(dir));
    expect(run.status).toBe(0);
    expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/app/releases/tags/v1.2.3',
      'DELETE /repos/acme/app/releases/assets/11',
      'POST /uploads/repos/acme/app/releases/7/assets?name=app.zip',
    ]);
  });

  test('an API failure fails the step with the reason, after the package was written', async () => {
    api = await startGithubApi();
    const app = copyExample(new Date());
    const dir = tempDir();
    writeFileSync(path.join(dir, 'output'), '');
    const env = { ...uploadEnv(dir), GITHUB_REPOSITORY: 'acme/missing' };
    const run = await runBundleAsync(ACTION, app, env);
    expect(run.status).toBe(1);
    expect(run.lines.find((l) => l.startsWith('::error::'))).toMatch(/^::error::The package was built, but uploading it to the release v1\.2\.3 failed: .*Check that github-token may write contents\.$/);
    expect(readFileSync(path.join(dir, 'app.zip')).length).toBeGreaterThan(0);
  });
});
