import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { mappSteps } from './helpers/workflow-inputs.js';
import { PROJECT_ROOT } from './helpers/validate-fixture.js';

const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const major = Number.parseInt(version, 10);
const WORKFLOWS = path.join(PROJECT_ROOT, 'examples/workflows');

function filesUnder(folder: string, extension: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => path.join(folder, file))
    .sort();
}

/** Parses YAML, failing the test with the file's name and the parser's message on any error. */
function parseYaml(text: string, name: string): unknown {
  const [document, ...more] = parseAllDocuments(text);
  expect({ name, errors: [...(document?.errors ?? []), ...more.flatMap((d) => d.errors)].map((e) => e.message) }).toEqual({ name, errors: [] });
  return document?.toJS();
}

const workflowFiles = filesUnder(WORKFLOWS, '.yml').map((file) => path.relative(PROJECT_ROOT, file));

describe('example workflows', () => {
  test('there are the three workflows the docs describe', () => {
    expect(workflowFiles).toEqual([
      'examples/workflows/azure-pipelines/release-pipeline.yml',
      'examples/workflows/github/publish-on-tag.yml',
      'examples/workflows/github/validate-pull-request.yml',
    ]);
  });

  test.each(workflowFiles)('%s: every mapp step names a command and inputs that exist', (file) => {
    const steps = mappSteps(parseYaml(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), file), major);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((step) => step.problems.length > 0)).toEqual([]);
  });

  test('the pull-request workflow validates and uploads the SARIF file validate writes to code scanning', () => {
    const workflow = parse(readFileSync(path.join(WORKFLOWS, 'github/validate-pull-request.yml'), 'utf8'));
    expect(workflow.permissions['security-events']).toBe('write');
    const steps: Record<string, any>[] = workflow.jobs.validate.steps;
    const validate = steps.find((s) => String(s.uses).includes('/actions/validate@'));
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(upload!.with.sarif_file).toBe(validate!.with['sarif-file']);
    expect(upload!.if).toContain('always()');
    expect(Object.keys(workflow.on)).toContain('pull_request');
  });

  test('the release workflow runs on tags, signs in with OIDC wherever it talks to Azure, and runs the commands in order', () => {
    const workflow = parse(readFileSync(path.join(WORKFLOWS, 'github/publish-on-tag.yml'), 'utf8'));
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    const azureCommands = new Set(['publish-service-catalog', 'smoke-run', 'publish-marketplace', 'whoami']);
    const order: string[] = [];
    for (const [name, job] of Object.entries<Record<string, any>>(workflow.jobs)) {
      const commandsHere = mappSteps(job, major).map((s) => s.command!);
      order.push(...commandsHere);
      if (commandsHere.some((c) => azureCommands.has(c))) {
        expect({ name, idToken: job.permissions?.['id-token'] }).toEqual({ name, idToken: 'write' });
        for (const step of job.steps.filter((s: Record<string, any>) => mappSteps(s, major).some((m) => azureCommands.has(m.command!)))) {
          expect(step.with.auth).toBe('oidc');
        }
      }
    }
    expect(order).toEqual(['validate', 'build', 'publish-service-catalog', 'smoke-run', 'publish-marketplace']);
  });

  test('the Azure DevOps pipeline has the release stages, and every Azure task signs in through the service connection', () => {
    const pipeline = parse(readFileSync(path.join(WORKFLOWS, 'azure-pipelines/release-pipeline.yml'), 'utf8'));
    expect(pipeline.stages.map((s: { stage: string }) => s.stage)).toEqual(['Validate', 'Build', 'PublishServiceCatalog', 'SmokeRun', 'Marketplace']);
    const steps = mappSteps(pipeline, major);
    expect(steps.map((s) => s.command)).toEqual(['validate', 'build', 'publish-service-catalog', 'smoke-run', 'publish-marketplace']);
    const text = JSON.stringify(pipeline);
    const connectionUses = text.match(/"connectedServiceNameARM":"\$\{\{ variables\.azureServiceConnection \}\}"/g) ?? [];
    expect(connectionUses).toHaveLength(3);
  });
});

/** ```yaml blocks of the Markdown a user reads: they are copied as much as the workflows. */
const markdownFiles = [
  'README.md',
  'CONTRIBUTING.md',
  ...filesUnder(path.join(PROJECT_ROOT, 'docs'), '.md'),
  ...filesUnder(path.join(PROJECT_ROOT, 'examples'), '.md'),
]
  .map((file) => path.relative(PROJECT_ROOT, path.resolve(PROJECT_ROOT, file)))
  .filter((file) => /```ya?ml\n/.test(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')));

test.each(markdownFiles)('%s: the YAML examples parse and pass only inputs that exist', (file) => {
  const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  const blocks = [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const steps = blocks.flatMap((block, i) => mappSteps(parseYaml(block, `${file} block ${i + 1}`), major));
  expect(steps.length).toBeGreaterThan(0);
  expect(steps.filter((s) => s.problems.length > 0)).toEqual([]);
});

describe('the input checker', () => {
  const check = (yaml: string) => mappSteps(parse(yaml), major).flatMap((s) => s.problems);

  test('accepts a step that passes known inputs, and ignores other actions and tasks', () => {
    expect(check(`steps:\n  - uses: actions/checkout@v4\n    with: { anything: 1 }\n  - uses: mapp-dev/mapp/actions/build@v${major}\n    with: { out: app.zip }\n  - task: PowerShell@2\n    inputs: { x: 1 }`)).toEqual([]);
  });

  test('flags an unknown input, a missing required input, an unknown command, an unknown task and a wrong major', () => {
    expect(check(`- uses: mapp-dev/mapp/actions/validate@v${major}\n  with: { paths: app }`)).toEqual(["validate has no github input 'paths'"]);
    expect(check(`- uses: mapp-dev/mapp/actions/build@v${major}`)).toEqual(["build needs its required input 'out'"]);
    expect(check(`- uses: mapp-dev/mapp/actions/deploy@v${major}`)).toEqual([`no action mapp-dev/mapp/actions/deploy@v${major}: there is no command 'deploy'`]);
    expect(check(`- uses: mapp-dev/mapp@v${major}\n  with: { command: deploy }`)).toEqual(["the root action has no command 'deploy'"]);
    expect(check(`- task: MappDeploy@${major}`)).toEqual(['no task MappDeploy: no command declares it']);
    expect(check(`- task: MappValidate@${major + 1}\n  inputs: { fail-on: error }`)).toEqual([
      `MappValidate@${major + 1}: the extension ships major version ${major}`,
      "validate has no azure-devops input 'fail-on'",
    ]);
  });

  test('checks the root action against the command it is told to run, and knows face-only inputs', () => {
    expect(check(`- uses: mapp-dev/mapp@v${major}\n  with: { command: build, out: a.zip, upload-release: true }`)).toEqual([]);
    expect(check(`- uses: mapp-dev/mapp@v${major}\n  with: { sarif-file: x.sarif }`)).toEqual([]);
    expect(check(`- task: MappBuild@${major}\n  inputs: { out: a.zip, uploadRelease: true }`)).toEqual(["build has no azure-devops input 'uploadRelease'"]);
    expect(check(`- uses: mapp-dev/mapp/actions/whoami@v${major}\n  with: { connectedServiceNameARM: x }`)).toEqual(["whoami has no github input 'connectedServiceNameARM'"]);
  });
});
