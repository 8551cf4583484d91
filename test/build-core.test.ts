import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { buildCommand } from '../shared/commands/build.js';
import { runCommand } from '../shared/commands/run-command.js';
import type { CommandResult, HostContext } from '../shared/host/host.js';
import { build } from '../shared/bundle/build.js';
import { checkPackageSize } from '../shared/bundle/package-size.js';
import { artifactReferences } from '../shared/bundle/artifact-references.js';
import { dosDateTime } from '../shared/bundle/zip-writer.js';
import { collectFindings } from '../shared/validate/validate.js';
import { allRules } from '../shared/validate/rules/index.js';
import { JsonDocument } from '../shared/validate/json-document.js';
import { FakeHost } from './helpers/fake-host.js';
import { copyExample, tempDir } from './helpers/build-app.js';

class ContextHost extends FakeHost {
  constructor(workingDirectory: string, readonly context: HostContext = {}) {
    super(workingDirectory);
  }
}

async function runBuild(host: FakeHost, inputs: Record<string, string>): Promise<CommandResult> {
  return runCommand(host, buildCommand, { get: (name) => inputs[name], describe: (name) => `--${name}` }, build);
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const entriesOf = (zip: string) => unzipSync(new Uint8Array(readFileSync(zip)));

describe('build: reproducible packages', () => {
  test('two builds from copies in different folders with different mtimes give the same sha256', async () => {
    const first = copyExample(new Date('2001-02-03T04:05:06Z'), 'one');
    const second = copyExample(new Date('2024-12-31T23:59:59Z'), 'somewhere-else');
    const outA = path.join(tempDir(), 'app.zip');
    const outB = path.join(tempDir(), 'app.zip');
    expect(await runBuild(new FakeHost(path.dirname(first)), { path: 'one', out: outA })).toEqual({ exitCode: 0 });
    expect(await runBuild(new FakeHost(second), { out: outB })).toEqual({ exitCode: 0 });
    expect(sha256(outA)).toBe(sha256(outB));
  });

  test('Info-ZIP reads the package back, with sorted entries, one fixed date and mode 0644', async () => {
    const app = copyExample(new Date());
    const out = path.join(tempDir(), 'app.zip');
    await runBuild(new FakeHost(app), { out });
    expect(execFileSync('/usr/bin/unzip', ['-t', out], { encoding: 'utf8' })).toContain('No errors detected');
    const listing = execFileSync('/usr/bin/zipinfo', [out], { encoding: 'utf8' }).trim().split('\n').slice(2, -1);
    expect(listing.map((line) => line.split(/\s+/).pop())).toEqual(['README.md', 'createUiDefinition.json', 'mainTemplate.json', 'viewDefinition.json']);
    for (const line of listing) expect(line).toMatch(/^-rw-r--r-- .* 80-Jan-01 00:00 /);
  });

  test('SOURCE_DATE_EPOCH from the host context sets the timestamp; time zones do not matter', async () => {
    const app = copyExample(new Date());
    const out = path.join(tempDir(), 'app.zip');
    await runBuild(new ContextHost(app, { sourceDateEpoch: '1700000000' }), { out });
    expect(execFileSync('/usr/bin/zipinfo', [out], { encoding: 'utf8' })).toContain('23-Nov-14 22:13');
    // 2023-11-14T22:13:20Z: date and time fields in UTC, seconds halved.
    expect(dosDateTime(1_700_000_000)).toBe((((2023 - 1980) << 9 | 11 << 5 | 14) << 16 | (22 << 11 | 13 << 5 | 10)) >>> 0);
    const bad = await runBuild(new ContextHost(app, { sourceDateEpoch: 'yesterday' }), { out: path.join(tempDir(), 'x.zip') });
    expect(bad).toEqual({ exitCode: 2, message: "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01; got 'yesterday'." });
  });

  test('the package passes mapp validate as a zip, and outputs name it', async () => {
    const app = copyExample(new Date());
    const out = path.join(tempDir(), 'app.zip');
    const host = new FakeHost(app);
    await runBuild(host, { out, version: '2.0.1' });
    expect(collectFindings(app, [out], allRules)).toEqual([]);
    expect(host.outputsSet).toMatchObject({ size: String(readFileSync(out).length), sha256: sha256(out), 'content-version': '2.0.1.0' });
    expect(host.outputsSet.files!.split('\n')).toEqual(['README.md', 'createUiDefinition.json', 'mainTemplate.json', 'viewDefinition.json']);
    expect(host.summaries.join('\n')).toContain(`| SHA-256 | \`${sha256(out)}\` |`);
    // Stamping 1.0.0.0 -> 2.0.1.0 keeps the template's length.
    const templateBytes = readFileSync(path.join(app, 'mainTemplate.json')).length.toLocaleString('en-US');
    expect(host.summaries.join('\n')).toContain(`| \`mainTemplate.json\` | ${templateBytes} |`);
  });
});

describe('build: what goes in', () => {
  test('exact root names whatever the source casing; azuredeploy.json becomes mainTemplate.json', async () => {
    const app = copyExample(new Date());
    renameSync(path.join(app, 'mainTemplate.json'), path.join(app, 'azuredeploy.json'));
    renameSync(path.join(app, 'createUiDefinition.json'), path.join(app, 'CreateUIDefinition.json'));
    renameSync(path.join(app, 'viewDefinition.json'), path.join(app, 'VIEWDEFINITION.json'));
    const out = path.join(tempDir(), 'app.zip');
    expect(await runBuild(new FakeHost(app), { out })).toEqual({ exitCode: 0 });
    expect(Object.keys(entriesOf(out)).sort()).toEqual(['README.md', 'createUiDefinition.json', 'mainTemplate.json', 'viewDefinition.json']);
  });

  test('.mappignore (gitignore syntax) and the default VCS ignores leave files out; the output zip inside the app is skipped', async () => {
    const app = copyExample(new Date());
    mkdirSync(path.join(app, '.git'));
    writeFileSync(path.join(app, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    mkdirSync(path.join(app, 'docs/drafts'), { recursive: true });
    writeFileSync(path.join(app, 'docs/guide.md'), '# guide\n');
    writeFileSync(path.join(app, 'docs/drafts/wip.md'), '# wip\n');
    writeFileSync(path.join(app, 'notes.tmp'), 'x');
    writeFileSync(path.join(app, '.mappignore'), '# comments work\n*.tmp\ndocs/drafts/\nREADME.md\n');
    const host = new FakeHost(app);
    expect(await runBuild(host, { out: 'app.zip' })).toEqual({ exitCode: 0 });
    expect(Object.keys(entriesOf(path.join(app, 'app.zip'))).sort()).toEqual(['createUiDefinition.json', 'docs/guide.md', 'mainTemplate.json', 'viewDefinition.json']);
    // A second build next to the first package must not pack the first one.
    expect(await runBuild(host, { out: 'app.zip' })).toEqual({ exitCode: 0 });
    expect(Object.keys(entriesOf(path.join(app, 'app.zip')))).not.toContain('app.zip');
  });

  test("mapp's own .mapp folder at the root (where a validation baseline lives) is neither validated nor packed; a .mapp deeper down is the app's", async () => {
    const app = copyExample(new Date());
    mkdirSync(path.join(app, '.mapp'));
    // Not JSON: validated as part of the app, it would stop the build.
    writeFileSync(path.join(app, '.mapp', 'baseline.json'), '{ not a report');
    mkdirSync(path.join(app, 'docs/.mapp'), { recursive: true });
    writeFileSync(path.join(app, 'docs/.mapp/kept.md'), '# kept\n');
    const out = path.join(tempDir(), 'app.zip');
    expect(await runBuild(new FakeHost(app), { out })).toEqual({ exitCode: 0 });
    expect(Object.keys(entriesOf(out)).sort()).toEqual(['README.md', 'createUiDefinition.json', 'docs/.mapp/kept.md', 'mainTemplate.json', 'viewDefinition.json']);
  });

  test('nested templates and scripts the template loads through _artifactsLocation must be packed, in exact case', async () => {
    const app = copyExample(new Date());
    const templateFile = path.join(app, 'mainTemplate.json');
    const template = JSON.parse(readFileSync(templateFile, 'utf8'));
    template.parameters._artifactsLocation = { type: 'string', defaultValue: '[deployment().properties.templateLink.uri]' };
    template.parameters._artifactsLocationSasToken = { type: 'securestring', defaultValue: '' };
    template.outputs.scriptUri = { type: 'string', value: "[uri(parameters('_artifactsLocation'), concat('scripts/Install.sh', parameters('_artifactsLocationSasToken')))]" };
    writeFileSync(templateFile, JSON.stringify(template, null, 2));
    mkdirSync(path.join(app, 'scripts'));
    writeFileSync(path.join(app, 'scripts/install.sh'), '#!/bin/sh\n');
    const host = new FakeHost(app);
    const result = await runBuild(host, { out: path.join(tempDir(), 'app.zip'), 'fail-on': 'never' });
    expect(result.exitCode).toBe(1);
    expect(result.message).toContain("The template loads 'scripts/Install.sh' through _artifactsLocation, but the file is named 'scripts/install.sh'");
    renameSync(path.join(app, 'scripts/install.sh'), path.join(app, 'scripts/Install.sh'));
    expect(await runBuild(host, { out: path.join(tempDir(), 'app.zip'), 'fail-on': 'never' })).toEqual({ exitCode: 0 });
  });

  test('artifact references are read from uri, concat and format expressions', () => {
    const doc = new JsonDocument('t.json', JSON.stringify({
      a: "[uri(parameters('_artifactsLocation'), 'nestedtemplates/storage.json')]",
      b: "[concat(parameters('_artifactsLocation'), '/scripts/setup.ps1', parameters('_artifactsLocationSasToken'))]",
      c: "[format('{0}/bin/tool.zip{1}', parameters('_ARTIFACTSLOCATION'), parameters('_artifactsLocationSasToken'))]",
      d: "[concat('https://example.com/', 'not/an-artifact.json')]",
      e: "[uri(parameters('_artifactsLocation'), '../escape.sh')]",
    }));
    expect(artifactReferences(doc.root)).toEqual(['bin/tool.zip', 'nestedtemplates/storage.json', 'scripts/setup.ps1']);
  });
});

describe('build: refusals', () => {
  test('a secret-looking file stops the build, unless ignored or allowed', async () => {
    const app = copyExample(new Date());
    writeFileSync(path.join(app, '.env'), 'PASSWORD=hunter2\n');
    mkdirSync(path.join(app, 'certs'));
    writeFileSync(path.join(app, 'certs/signing.pfx'), 'binary');
    const host = new FakeHost(app);
    const out = path.join(tempDir(), 'app.zip');
    const refused = await runBuild(host, { out });
    expect(refused).toEqual({
      exitCode: 1,
      message: "Nothing was built: '.env' looks like a secret (a key, certificate or environment file) and would be published with the package. Remove it, list it in .mappignore, or allow it with allow-secrets if it is safe to ship. (and 1 more problem)",
    });
    expect(host.annotationsMade.map((a) => [a.severity, a.file])).toEqual([['error', '.env'], ['error', 'certs/signing.pfx']]);
    expect(existsSync(out)).toBe(false);
    writeFileSync(path.join(app, '.mappignore'), '.env\n');
    expect(await runBuild(new FakeHost(app), { out, 'allow-secrets': 'certs/*.pfx' })).toEqual({ exitCode: 0 });
    expect(Object.keys(entriesOf(out))).toContain('certs/signing.pfx');
    expect(Object.keys(entriesOf(out))).not.toContain('.env');
  });

  test('a symbolic link leaving the app folder is refused; one inside is packed as a file', async () => {
    const app = copyExample(new Date());
    const outside = path.join(tempDir(), 'secret.txt');
    writeFileSync(outside, 'outside');
    symlinkSync(outside, path.join(app, 'linked.txt'));
    symlinkSync(path.join(app, 'README.md'), path.join(app, 'readme-link.md'));
    const host = new FakeHost(app);
    const result = await runBuild(host, { out: path.join(tempDir(), 'app.zip') });
    expect(result.message).toBe(`Nothing was built: 'linked.txt' is a symbolic link to '${outside}', outside the app folder; a package holds only what is inside the app folder. Copy the file into the app folder, or list the link in .mappignore.`);
    unlinkSync(path.join(app, 'linked.txt'));
    const out = path.join(tempDir(), 'app.zip');
    expect(await runBuild(host, { out })).toEqual({ exitCode: 0 });
    expect(new TextDecoder().decode(entriesOf(out)['readme-link.md'])).toBe(readFileSync(path.join(app, 'README.md'), 'utf8'));
  });

  test('a template in a subfolder is refused with the folder it is in', async () => {
    const app = copyExample(new Date());
    mkdirSync(path.join(app, 'src'));
    renameSync(path.join(app, 'mainTemplate.json'), path.join(app, 'src/mainTemplate.json'));
    const host = new FakeHost(path.dirname(app));
    const result = await runBuild(host, { path: 'app', out: path.join(tempDir(), 'app.zip') });
    expect(result).toEqual({
      exitCode: 1,
      message: "Nothing was built: mainTemplate.json is in 'src/', not at the root of the app folder; the service reads it only from the root of app.zip. Move it to the root of app, or build from the folder that holds both files.",
    });
    expect(host.annotationsMade[0]).toMatchObject({ severity: 'error', file: 'app/src/mainTemplate.json' });
  });

  test('names that would escape the zip root on Windows, and names differing only in case, are refused', async () => {
    const app = copyExample(new Date());
    writeFileSync(path.join(app, '..\\..\\evil.sh'), 'x');
    mkdirSync(path.join(app, 'Scripts'));
    mkdirSync(path.join(app, 'scripts'));
    writeFileSync(path.join(app, 'Scripts/a.sh'), 'x');
    writeFileSync(path.join(app, 'scripts/a.sh'), 'y');
    const host = new FakeHost(app);
    const result = await runBuild(host, { out: path.join(tempDir(), 'app.zip') });
    expect(result.exitCode).toBe(1);
    const messages = host.annotationsMade.map((a) => a.message);
    expect(messages).toContain("The name '..\\..\\evil.sh' contains a backslash, which Windows tools read as a folder separator and can take outside the zip root; rename it, or list it in .mappignore.");
    expect(messages).toContain("'scripts/a.sh' and 'Scripts/a.sh' differ only in case; extracted on Windows or macOS one would overwrite the other. Rename or remove one of them.");
  });

  test('validation runs first and honours fail-on', async () => {
    const app = copyExample(new Date());
    const templateFile = path.join(app, 'mainTemplate.json');
    writeFileSync(templateFile, readFileSync(templateFile, 'utf8').replace('"contentVersion": "1.0.0.0",', '"contentVersion": "1.0.0.0",,'));
    const out = path.join(tempDir(), 'app.zip');
    const host = new FakeHost(app);
    const result = await runBuild(host, { out });
    expect(result.message).toMatch(/^Validation found 1 error, 0 warnings, 0 notes \(failing on error\); nothing was built/);
    expect(host.annotationsMade[0]).toMatchObject({ severity: 'error', file: 'mainTemplate.json', line: 3 });
    expect(existsSync(out)).toBe(false);
  });

  test('the 120 MB limit is an error for the service catalog and a warning for the Marketplace', () => {
    expect(checkPackageSize(120 * 1024 * 1024, 'service-catalog')).toBeUndefined();
    expect(checkPackageSize(130 * 1024 * 1024, 'service-catalog')?.severity).toBe('error');
    expect(checkPackageSize(130 * 1024 * 1024, 'marketplace')?.severity).toBe('warning');
  });

  test('bad inputs are usage errors naming the input', async () => {
    const app = copyExample(new Date());
    const host = new FakeHost(app);
    expect(await runBuild(host, { out: 'app.tar' })).toEqual({ exitCode: 2, message: "out must name a .zip file (for example app.zip); got 'app.tar'." });
    expect((await runBuild(host, { out: 'a.zip', version: 'one' })).message).toBe("version must look like 1.2.3 or 1.2.3.4 (a leading v is allowed); got 'one'.");
    expect((await runBuild(host, { out: 'a.zip', 'tracking-id': 'pid-nope' })).message).toBe("tracking-id must be a GUID or pid-<GUID>-partnercenter; got 'pid-nope'.");
    expect((await runBuild(host, {})).exitCode).toBe(2);
    expect((await runBuild(host, { out: 'a.zip', 'upload-release': 'true', 'github-token': 't' })).message).toBe(
      'upload-release works only in the GitHub Action, where there are releases to upload to; turn it off here.',
    );
  });
});

describe('build: stamping', () => {
  test('the version defaults from a v1.2.3 tag; the source template is never changed', async () => {
    const app = copyExample(new Date());
    const before = readFileSync(path.join(app, 'mainTemplate.json'), 'utf8');
    const out = path.join(tempDir(), 'app.zip');
    const host = new ContextHost(app, { gitRef: 'refs/tags/v3.4.5' });
    await runBuild(host, { out });
    const packed = new TextDecoder().decode(entriesOf(out)['mainTemplate.json']);
    expect(JSON.parse(packed).contentVersion).toBe('3.4.5.0');
    expect(packed).toBe(before.replace('"contentVersion": "1.0.0.0"', '"contentVersion": "3.4.5.0"'));
    expect(readFileSync(path.join(app, 'mainTemplate.json'), 'utf8')).toBe(before);
    await runBuild(new ContextHost(app, { gitRef: 'refs/heads/main' }), { out });
    expect(JSON.parse(new TextDecoder().decode(entriesOf(out)['mainTemplate.json'])).contentVersion).toBe('1.0.0.0');
  });

  test('a tracking id adds the pid-<GUID>-partnercenter deployment once, and a malformed one is refused', async () => {
    const app = copyExample(new Date());
    const out = path.join(tempDir(), 'app.zip');
    const guid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(await runBuild(new FakeHost(app), { out, 'tracking-id': `pid-${guid.toUpperCase()}-partnercenter` })).toEqual({ exitCode: 0 });
    const template = JSON.parse(new TextDecoder().decode(entriesOf(out)['mainTemplate.json']));
    const tracking = template.resources.filter((r: { name: string }) => r.name.startsWith('pid-'));
    expect(tracking).toEqual([expect.objectContaining({ type: 'Microsoft.Resources/deployments', name: `pid-${guid}-partnercenter` })]);
    expect(collectFindings(app, [out], allRules)).toEqual([]);

    // Already in the source: left alone. Malformed in the source: refused with its position.
    const templateFile = path.join(app, 'mainTemplate.json');
    writeFileSync(templateFile, JSON.stringify(template, null, 2));
    expect(await runBuild(new FakeHost(app), { out, 'tracking-id': guid })).toEqual({ exitCode: 0 });
    expect(JSON.parse(new TextDecoder().decode(entriesOf(out)['mainTemplate.json'])).resources.filter((r: { name: string }) => r.name.startsWith('pid-'))).toHaveLength(1);
    writeFileSync(templateFile, JSON.stringify(template, null, 2).replace(`pid-${guid}-partnercenter`, `pid-${guid}`));
    const host = new FakeHost(app);
    const refused = await runBuild(host, { out, 'fail-on': 'never' });
    expect(refused.message).toBe(`Nothing was built: The tracking deployment 'pid-${guid}' is malformed; Partner Center accepts only 'pid-<GUID>-partnercenter' with the GUID of the offer's customer usage attribution.`);
    expect(host.annotationsMade.at(-1)).toMatchObject({ file: 'mainTemplate.json', line: expect.any(Number), column: expect.any(Number) });
  });
});
