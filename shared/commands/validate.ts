import { defineCommand } from './definition.js';

export const validateCommand = defineCommand({
  name: 'validate',
  title: 'mapp validate',
  summary: 'Validate managed-app packages (arm-ttk rules) and Data Factory pipelines (Graph Data Connect rules), with SARIF.',
  description:
    'Validate Azure Managed Application packages (mainTemplate.json, createUiDefinition.json, viewDefinition.json) with every arm-ttk rule that Partner Center certification enforces, and Azure Data Factory pipelines (a Git-integration folder, or the factory resources of a template) with the Graph Data Connect rules; report findings with file, line and column.',
  task: { name: 'MappValidate', id: '34ab54b4-be8e-4a52-803c-8563729bf8b6', category: 'Test' },
  inputs: {
    path: {
      kind: 'list',
      description:
        'Paths to validate, one per line (or comma-separated): an app folder, a Data Factory Git-integration folder, a built .zip, or a single JSON file (a template, a createUiDefinition, a pipeline or another factory object). Each is validated on its own.',
      default: '.',
      positional: true,
    },
    format: {
      kind: 'choice',
      description: 'Report format.',
      options: ['text', 'json', 'sarif', 'markdown'],
      default: 'text',
      short: 'f',
    },
    output: {
      kind: 'path',
      description: 'Write the report to this file instead of the log (standard output on the CLI).',
      short: 'o',
    },
    'sarif-file': {
      kind: 'path',
      description: 'Also write a SARIF 2.1.0 report to this file, ready for code-scanning upload.',
    },
    'fail-on': {
      kind: 'choice',
      description: 'Fail when there are findings at or above this severity (never: report only).',
      options: ['error', 'warning', 'never'],
      default: 'error',
    },
    only: {
      kind: 'list',
      description: 'Run only these rules: rule ids or arm-ttk test names, one per line or comma-separated.',
    },
    skip: {
      kind: 'list',
      description: 'Skip these rules: rule ids or arm-ttk test names, one per line or comma-separated.',
    },
    baseline: {
      kind: 'path',
      description:
        "The JSON or SARIF report of an earlier run, whose findings are accepted for now: only new findings are shown, annotated, counted and failed on; the JSON and SARIF reports keep all, marked new or unchanged. A finding matches on rule, file and message (numbers aside), not line.",
    },
  },
  outputs: {
    errors: { description: 'Number of error findings (new ones, with a baseline).' },
    warnings: { description: 'Number of warning findings (new ones, with a baseline).' },
    notes: { description: 'Number of note findings (new ones, with a baseline).' },
    known: { description: "Number of this run's findings the baseline already lists, left out of errors, warnings and notes (0 without a baseline)." },
    'sarif-file': { description: 'Path of the SARIF report, when one was written.' },
  },
});
