import { azureConnectionInputs } from './azure-inputs.js';
import { defineCommand } from './definition.js';

export const smokeRunCommand = defineCommand({
  name: 'smoke-run',
  title: 'mapp smoke-run',
  summary: "Deploy and run an app's Data Factory pipelines, wait for them, report every activity, and fail when nothing was copied.",
  description:
    "Target a factory by name or the factory of a deployed managed application. Optionally deploy a Data Factory folder or the Data Factory resources of the app's ARM template into it (linked services, datasets, data flows, pipelines, triggers, in dependency order, pausing started triggers), then run one or more pipelines, wait for them with back-off, report each activity's status, duration, error and copy results, recognise Graph Data Connect authorisation failures, and check the final status and minimum rows and files copied. Runs still going at the timeout or when the job is cancelled are cancelled in Azure.",
  task: { name: 'MappSmokeRun', id: '2f7bd09a-ce9a-4ddc-8fe6-1290c336ae23', category: 'Test' },
  inputs: {
    ...azureConnectionInputs,
    'resource-group': {
      kind: 'string',
      description: 'Resource group of the data factory; with application, the resource group of the managed application.',
      required: true,
      short: 'g',
    },
    application: {
      kind: 'string',
      description:
        "Name of a deployed managed application in resource-group: the data factory is looked up in the application's managed resource group, and the application's parameters are used when deploying from its template.",
    },
    factory: {
      kind: 'string',
      description: "Name of the data factory. With application it may be left out when the managed resource group holds one factory; without, it may be left out when deploy's template declares one.",
    },
    deploy: {
      kind: 'path',
      description:
        "Deploy first: a Data Factory Git-integration folder (pipeline/, dataset/, linkedService/, dataflow/, trigger/, integrationRuntime/), or a managed-application package (app folder, app.zip or mainTemplate.json) whose template's Data Factory resources are evaluated and deployed. Objects are compared with the factory's and written only when they differ.",
    },
    'template-parameters': {
      kind: 'secret',
      description:
        "Values for the template's parameters when deploy is a template: a JSON object inline or the path of a .json file, either a deployment parameters file ({\"parameters\": {\"name\": {\"value\": ...}}}) or plain {\"name\": value}. They override the application's, which never include securestring values. Handled as a secret because it usually carries them; each securestring value is masked too.",
    },
    pipelines: {
      kind: 'list',
      description: 'Pipelines to run: names or patterns with * (e.g. Copy*), one per line or comma-separated.',
      required: true,
      short: 'p',
      positional: true,
    },
    parameters: {
      kind: 'string',
      description: 'Pipeline parameters: a JSON object inline, or the path of a .json file holding one. Given to every pipeline run.',
    },
    concurrency: { kind: 'string', description: 'How many pipeline runs may be in progress at once.', default: '4' },
    'poll-interval': {
      kind: 'string',
      description: 'First wait between status checks of a run: 500ms, 15s, 2m. It grows while nothing changes, up to poll-max-interval, and a Retry-After from Azure is honoured.',
      default: '15s',
    },
    'poll-max-interval': { kind: 'string', description: 'Longest wait between status checks of a run.', default: '60s' },
    timeout: {
      kind: 'string',
      description: 'How long to wait for the runs (90s, 45m, 2h). Graph Data Connect copies carry tens of minutes of fixed overhead. Runs still going are cancelled.',
      default: '60m',
    },
    'cancel-recursive': {
      kind: 'boolean',
      description: 'When a run is cancelled (timeout, or the job is cancelled), cancel the pipeline runs it started too.',
      default: 'true',
    },
    'expected-status': {
      kind: 'choice',
      description: 'Final status every run must reach.',
      options: ['Succeeded', 'Failed', 'Cancelled'],
      default: 'Succeeded',
    },
    'min-rows-read': { kind: 'string', description: 'Fail unless each run read at least this many rows in its copy activities.' },
    'min-rows-written': { kind: 'string', description: 'Fail unless each run wrote (copied) at least this many rows.' },
    'min-files-written': { kind: 'string', description: 'Fail unless each run wrote at least this many files.' },
  },
  outputs: {
    'run-ids': { description: 'One line per run: pipeline=runId.' },
    statuses: { description: 'One line per run: pipeline=final status.' },
    durations: { description: 'One line per run: pipeline=duration in seconds.' },
    'rows-read': { description: 'Rows read by the copy activities of every run, in total.' },
    'rows-written': { description: 'Rows written (copied) by the copy activities of every run, in total.' },
    'files-written': { description: 'Files written by the copy activities of every run, in total.' },
    runs: { description: 'Every run as JSON: pipeline, runId, status, durationMs, rowsRead, rowsWritten, filesWritten, failure.' },
  },
});
