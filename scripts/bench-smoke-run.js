// Benchmark for how `mapp smoke-run` polls; prints figures, asserts nothing. Starts the stand-in
// (from lib/, so after `npm run build`), seeds a factory whose pipelines' simulated runs last known
// times, runs them all at once through the built CLI (the real polling code, in its own process)
// with --poll-interval 500ms --poll-max-interval 2s, and prints per run:
//  (a) status reads and activity queries the stand-in logged for that run id, per minute waited,
//      against the bound "one read per first interval, plus one activity query per lastUpdated
//      change, plus the first read" (the interval grows while nothing changes, so the reads are
//      also shown against the mean gap between them: the interval in effect);
//  (b) the delay from the moment the run reached its final status in the simulation to the moment
//      the CLI printed its final-status line (child runs: to the first status read after it),
//      against the interval in effect then (the gap between the last two status reads: the interval
//      the client chose, plus whatever latency its scheduling lets into the period) and the first.
// A last round adds BENCH_SMOKE_LATENCY_MS to every Data Factory call (a 'slow' fault), as a far ARM would.
// Environment: BENCH_SMOKE_ROUNDS (default 2), BENCH_SMOKE_INTERVAL_MS (500), BENCH_SMOKE_MAX_INTERVAL_MS (2000), BENCH_SMOKE_LATENCY_MS (150).
import { spawn } from 'node:child_process';
import { request } from 'node:https';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { startStandIn } = await import(path.join(root, 'lib/stand-in/index.js'));
const { pipelineRunTimeline } = await import(path.join(root, 'lib/stand-in/routes/data-factory-runs.js'));

const ROUNDS = Number(process.env.BENCH_SMOKE_ROUNDS ?? 2);
const FIRST = Number(process.env.BENCH_SMOKE_INTERVAL_MS ?? 500);
const MAX = Number(process.env.BENCH_SMOKE_MAX_INTERVAL_MS ?? 2000);
const LATENCY = Number(process.env.BENCH_SMOKE_LATENCY_MS ?? 150);
const GROUP = 'rg-bench';
const FACTORY = 'adf-bench';

const wait = (name, seconds) => ({ name, type: 'Wait', typeProperties: { waitTimeInSeconds: seconds } });
const after = (activity, previous) => ({ ...activity, dependsOn: [{ activity: previous, dependencyConditions: ['Succeeded'] }] });
const execute = (name, child, waitOnCompletion) => ({ name, type: 'ExecutePipeline', typeProperties: { pipeline: { referenceName: child, type: 'PipelineReference' }, waitOnCompletion } });

// Pipelines (children first) and the simulated duration of each activity, in ms.
const PIPELINES = {
  BenchChild: [wait('Hold1', 2), after(wait('Hold2', 2), 'Hold1')],
  BenchQuick: [wait('Hold', 2)],
  BenchSteps: [wait('Step1', 1), after(wait('Step2', 1), 'Step1'), after(wait('Step3', 1), 'Step2'), after(wait('Step4', 1), 'Step3')],
  BenchQuiet: [wait('Hold', 12)],
  BenchNested: [execute('RunChild', 'BenchChild', true), after(wait('Record', 1), 'RunChild')],
  BenchFireAndForget: [execute('StartChild', 'BenchChild', false), after(wait('Hold', 3), 'StartChild')],
};
const DURATIONS = {
  'BenchChild/Hold1': 2500, 'BenchChild/Hold2': 2500,
  'BenchQuick/Hold': 2000,
  'BenchSteps/Step1': 1500, 'BenchSteps/Step2': 1500, 'BenchSteps/Step3': 1500, 'BenchSteps/Step4': 1500,
  'BenchQuiet/Hold': 12000,
  'BenchNested/Record': 700,
  'BenchFireAndForget/Hold': 3000,
};
const RUN = Object.keys(PIPELINES).filter((name) => name !== 'BenchChild');

function armCall(standIn, token, method, armPath, body) {
  return new Promise((resolve, reject) => {
    const req = request(`${standIn.url}${armPath}`, { method, ca: standIn.ca, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`${method} ${armPath}: HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** Runs the CLI, noting when each stdout line arrived. */
function runCli(env, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'cli/bin/mapp.js'), ...args], { cwd: mkdtempSync(path.join(os.tmpdir(), 'mapp-bench-smoke-')), env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let partial = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const at = Date.now();
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      for (const text of parts) lines.push({ at, text });
    });
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.on('close', (status) => resolve({ status, lines, stderr }));
  });
}

const s = (ms) => `${(ms / 1000).toFixed(2)}s`;
const mean = (values) => (values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length);

/** The figures of one run id, from the request log, the simulation's timeline and (top-level runs) the CLI's lines. */
function figures(standIn, runId, reportedAt, waitFrom) {
  const timeline = pipelineRunTimeline(standIn, runId);
  const mine = standIn.requests.list({ path: `*/pipelineruns/${runId}*` });
  // When the stand-in read the run's state: the reply time (a 'slow' fault delays the handler, not the log's start time).
  const reads = mine.filter((r) => r.route === 'arm.dataFactory.pipelineRuns.get' && r.status === 200).map((r) => Date.parse(r.time) + r.durationMs);
  const queries = mine.filter((r) => r.route === 'arm.dataFactory.activityRuns.query').length;
  const noticedAt = reads.find((t) => t >= timeline.end);
  const reported = reportedAt ?? noticedAt;
  const from = waitFrom ?? reads[0];
  const waitedMs = reported - from;
  const gaps = reads.slice(1).map((t, i) => t - reads[i]);
  const lastRead = reads.indexOf(noticedAt);
  const gapAtEnd = lastRead > 0 ? reads[lastRead] - reads[lastRead - 1] : NaN;
  const changes = timeline.changes.filter((t) => t <= timeline.end && t >= from).length;
  const readBound = Math.ceil(waitedMs / FIRST) + 1;
  return { timeline, reads: reads.length, queries, waitedMs, gaps, gapAtEnd, changes, readBound, delay: reported - timeline.end, detect: noticedAt - timeline.end };
}

function line(label, f) {
  const calls = f.reads + f.queries;
  const perMinute = calls / (f.waitedMs / 60000);
  const boundPerMinute = (f.readBound + f.changes + 1) / (f.waitedMs / 60000);
  return `${label.padEnd(34)} waited ${s(f.waitedMs).padStart(7)} | reads ${String(f.reads).padStart(3)} (bound at first interval ${f.readBound}), mean gap ${s(mean(f.gaps))} | activity queries ${String(f.queries).padStart(2)} (lastUpdated changes ${f.changes})` +
    ` | ${perMinute.toFixed(0)} calls/min vs bound ${boundPerMinute.toFixed(0)}/min | delay ${s(f.delay)} (read ${s(f.detect)} after the end) vs interval in effect ${s(f.gapAtEnd)} (first ${s(FIRST)})`;
}

const standIn = await startStandIn({ config: { scenario: { 'data-factory': { defaultDurationMs: 1000, queueMs: 300, activities: Object.fromEntries(Object.entries(DURATIONS).map(([k, durationMs]) => [k, { durationMs }])) } } } });
try {
  const token = standIn.tokens.issueAccessToken({ audience: standIn.env.MAPP_ARM_ENDPOINT, clientId: standIn.env.AZURE_CLIENT_ID }).token;
  const sub = `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}`;
  const factory = `${sub}/resourceGroups/${GROUP}/providers/Microsoft.DataFactory/factories/${FACTORY}`;
  await armCall(standIn, token, 'PUT', `${sub}/resourcegroups/${GROUP}?api-version=2021-04-01`, { location: 'westeurope' });
  await armCall(standIn, token, 'PUT', `${factory}?api-version=2018-06-01`, { location: 'westeurope' });
  for (const [name, activities] of Object.entries(PIPELINES)) await armCall(standIn, token, 'PUT', `${factory}/pipelines/${name}?api-version=2018-06-01`, { properties: { activities } });
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _u, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _t, ...env } = standIn.env;
  const args = ['smoke-run', '-g', GROUP, '--factory', FACTORY, '--poll-interval', `${FIRST}ms`, '--poll-max-interval', `${MAX}ms`, '--concurrency', String(RUN.length), RUN.join(',')];
  process.stdout.write(`mapp smoke-run polling: ${RUN.length} pipelines at once (one executes a child and waits, one starts a child and does not), first interval ${s(FIRST)}, max ${s(MAX)}, ${ROUNDS} rounds; the machine may be shared, so latencies include other load.\n`);
  const all = [];
  for (let round = 1; round <= ROUNDS + 1; round++) {
    const slow = round > ROUNDS;
    standIn.requests.clear();
    standIn.clearFaults();
    if (slow) standIn.addFault({ route: 'arm.dataFactory.*', kind: 'slow', delayMs: LATENCY });
    const run = await runCli(env, args);
    process.stdout.write(`round ${round}${slow ? ` (${LATENCY} ms added to every Data Factory call)` : ''}: exit ${run.status}${run.status === 0 ? '' : `: ${run.stderr.trim()}`}\n`);
    for (const pipeline of RUN) {
      const started = run.lines.find((l) => l.text.startsWith(`Started pipeline ${pipeline}: run `));
      const runId = started?.text.split(' run ')[1]?.trim();
      const final = runId && run.lines.find((l) => l.text.startsWith(`Pipeline ${pipeline} run ${runId}: `));
      if (!final) {
        process.stdout.write(`  ${pipeline}: no final-status line\n`);
        continue;
      }
      const f = figures(standIn, runId, final.at, started.at);
      all.push({ ...f, slow });
      process.stdout.write(`  ${line(`${pipeline} (${f.timeline.status})`, f)}\n`);
      for (const childId of f.timeline.childRunIds) {
        const child = figures(standIn, childId);
        const label = `child run ${childId.slice(0, 8)}`;
        // A child the parent does not wait for is followed only while the parent runs.
        if (child.timeline.end > f.timeline.end) process.stdout.write(`    ${label}: ${child.reads} reads and ${child.queries} activity queries while the parent ran; it ended ${s(child.timeline.end - f.timeline.end)} after the parent (not waited for)\n`);
        else process.stdout.write(`    ${line(`${label} (end noticed)`, child)}\n`);
      }
    }
  }
  for (const [label, group] of [['local', all.filter((f) => !f.slow)], [`+${LATENCY} ms a call`, all.filter((f) => f.slow)]]) summary(label, group);
} finally {
  await standIn.stop();
}

function summary(label, all) {
  const delays = all.map((f) => f.delay);
  const ratios = all.map((f) => f.delay / f.gapAtEnd);
  const overEffect = all.filter((f) => f.delay >= f.gapAtEnd).length;
  const detectRatios = all.map((f) => f.detect / f.gapAtEnd);
  const overFirst = all.filter((f) => f.delay >= FIRST).length;
  const overCalls = all.filter((f) => f.reads + f.queries > f.readBound + f.changes + 1).length;
  const callShare = all.map((f) => (f.reads + f.queries) / (f.readBound + f.changes + 1));
  process.stdout.write(`summary (${label}) over ${all.length} top-level runs: delay mean ${s(mean(delays))}, max ${s(Math.max(...delays))}; delay / interval in effect mean ${mean(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)} (${overEffect} at or over it), of which the wait for the read that saw the end: max ${Math.max(...detectRatios).toFixed(2)}, the rest being that round's calls; ${overFirst} at or over the first interval ${s(FIRST)} (the back-off had grown the interval); calls / bound mean ${mean(callShare).toFixed(2)}, max ${Math.max(...callShare).toFixed(2)} (${overCalls} over it).\n`);
}
