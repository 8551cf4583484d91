import { defineCommand } from './definition.js';

export const buildCommand = defineCommand({
  name: 'build',
  title: 'mapp build',
  summary: 'Build a reproducible Azure Managed Application package (app.zip): validated, stamped, byte-identical on every machine.',
  description:
    'Validate an Azure Managed Application folder, then pack it into a reproducible app.zip: mainTemplate.json and createUiDefinition.json at the root in exact casing, the files the template refers to, sorted entries and fixed timestamps, with the version and the Marketplace tracking id stamped in.',
  task: { name: 'MappBuild', id: 'fe863ac3-cfb2-41f5-a102-58e8d182a0dd', category: 'Build' },
  inputs: {
    path: {
      kind: 'path',
      description: 'The app folder: mainTemplate.json (or azuredeploy.json) and createUiDefinition.json at its root.',
      default: '.',
      positional: true,
    },
    out: {
      kind: 'path',
      description: 'The package to write, a .zip path (for example app.zip). It is replaced when it exists; nothing else is written.',
      required: true,
      short: 'o',
    },
    version: {
      kind: 'string',
      description:
        "Version written into the template's contentVersion: 1.2.3 or 1.2.3.4 (a leading v is dropped). Default: from a v1.2.3 tag being built; otherwise the template's own contentVersion is kept.",
    },
    'tracking-id': {
      kind: 'string',
      description:
        'Marketplace customer usage attribution GUID (or pid-<GUID>-partnercenter). Adds the pid-<GUID>-partnercenter deployment resource to the template when it is missing.',
    },
    target: {
      kind: 'choice',
      description: 'Where the package goes: the service catalog refuses packages over 120 MB, so there that size is an error; for the Marketplace it is a warning.',
      options: ['marketplace', 'service-catalog'],
      default: 'marketplace',
    },
    'allow-secrets': {
      kind: 'list',
      description:
        'Files that look like secrets (.env, *.pem, *.pfx, *.key, *.publishsettings) but belong in the package: gitignore-style patterns, one per line or comma-separated. Others stop the build.',
    },
    'fail-on': {
      kind: 'choice',
      description: 'Validation runs first: do not build when there are findings at or above this severity (never: build anyway).',
      options: ['error', 'warning', 'never'],
      default: 'error',
    },
    skip: {
      kind: 'list',
      description: 'Validation rules to skip: rule ids or arm-ttk test names, one per line or comma-separated.',
    },
    'upload-release': {
      kind: 'boolean',
      description: 'GitHub only: on a tag push, upload the package and its .sha256 to the release of that tag, creating the release when missing.',
      default: 'false',
      faces: ['github'],
    },
    'github-token': {
      kind: 'secret',
      description: 'GitHub only: token for upload-release, with contents: write (for example ${{ github.token }}).',
      faces: ['github'],
    },
  },
  outputs: {
    package: { description: 'Path of the package written.' },
    size: { description: 'Size of the package in bytes.' },
    sha256: { description: 'SHA-256 of the package, lowercase hex.' },
    files: { description: 'The files in the package, one per line, in zip order.' },
    'content-version': { description: "The template's contentVersion in the package." },
    'release-url': { description: 'The release the package was uploaded to, when upload-release ran.' },
  },
});
