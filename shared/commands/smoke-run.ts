import { azureConnectionInputs } from './azure-inputs.js';
import { defineCommand } from './definition.js';

export const smokeRunCommand = defineCommand({
  name: 'smoke-run',
  title: 'mapp smoke-run',
  summary: "Deploy and run an app's Data Factory pipelines, wait for them, report every activity, and fail when nothing was copied.",
  description:
    "Optionally deploy a Data Factory folder into a factory (linked services, datasets, data flows, pipelines, triggers, in dependency order, pausing started triggers), then run one or more pipelines, wait for them with back-off, report each activity's status, duration, error and copy results, recognise Graph Data Connect authorisation failures, and check the final status and minimum rows and files copied. Runs still going at the timeout or when the job is cancelled are cancelled in Azure.",
  task: { name: 'MappSmokeRun', id: '2f7bd09a-ce9a-4ddc-8fe6-1290c336ae23', category: 'Test' },
  inputs: {
    ...azureConnectionInputs,
    'resource-group': { kind: 'string', description: 'Resource group of the data factory.', required: true, short: 'g' },
    factory: { kind: 'string', description: 'Name of the data factory.', required: true },
    deploy: {
      kind: 'path',
      description:
        "Deploy first: a Data Factory Git-integration folder (pipeline/, dataset/, linkedService/, dataFlow/, trigger/, integrationRuntime/). Objects are compared with the factory's and written only when they differ.",
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
