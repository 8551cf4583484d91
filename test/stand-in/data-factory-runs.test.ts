import { startStandIn, type StandIn } from '../../stand-in/index.js';
import { pipelineRunTimeline } from '../../stand-in/routes/data-factory-runs.js';
import { armToken, call } from '../helpers/stand-in-client.js';

// The stand-in's simulated Data Factory runs, read over REST with the clock moved by hand:
// ExecutePipeline with and without waitOnCompletion, and a cancel passing through Canceling.
let standIn: StandIn;
let token: string;
const GROUP = 'rg-sim';
const FACTORY = 'adf-sim';
const factoryPath = () => `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourceGroups/${GROUP}/providers/Microsoft.DataFactory/factories/${FACTORY}`;
const API = '?api-version=2018-06-01';

const hold = (name: string) => ({ name, type: 'Wait', typeProperties: { waitTimeInSeconds: 1 } });
const after = (on: string) => ({ name: 'After', type: 'SetVariable', dependsOn: [{ activity: on, dependencyConditions: ['Succeeded'] }], typeProperties: { variableName: 'v', value: 'x' } });
const execute = (child: string, wait?: boolean) => ({
  name: 'Start',
  type: 'ExecutePipeline',
  typeProperties: { pipeline: { referenceName: child, type: 'PipelineReference' }, ...(wait === undefined ? {} : { waitOnCompletion: wait }) },
});

async function putPipeline(name: string, activities: unknown[]): Promise<void> {
  const reply = await call(standIn, 'PUT', `${factoryPath()}/pipelines/${name}${API}`, { token, body: { properties: { activities, variables: { v: { type: 'String' } } } } });
  expect(reply.status).toBe(200);
}

async function startRun(pipeline: string): Promise<string> {
  const reply = await call(standIn, 'POST', `${factoryPath()}/pipelines/${pipeline}/createRun${API}`, { token, body: {} });
  expect(reply.status).toBe(200);
  return reply.json.runId as string;
}

const getRun = async (runId: string) => (await call(standIn, 'GET', `${factoryPath()}/pipelineruns/${runId}${API}`, { token })).json;

async function activities(runId: string): Promise<Record<string, { status: string; output: Record<string, unknown>; durationInMs: number | null }>> {
  const body = { lastUpdatedAfter: '2000-01-01T00:00:00Z', lastUpdatedBefore: '2100-01-01T00:00:00Z' };
  const reply = await call(standIn, 'POST', `${factoryPath()}/pipelineruns/${runId}/queryActivityruns${API}`, { token, body });
  expect(reply.status).toBe(200);
  return Object.fromEntries((reply.json.value as { activityName: string }[]).map((a) => [a.activityName, a as never]));
}

beforeAll(async () => {
  standIn = await startStandIn({
    config: {
      scenario: {
        'data-factory': {
          defaultDurationMs: 1000,
          cancelingMs: 3000,
          activities: { 'Child/Hold': { durationMs: 10_000 }, 'Broken/Hold': { durationMs: 10_000, outcome: 'Failed' } },
        },
      },
    },
  });
  token = await armToken(standIn);
  expect((await call(standIn, 'PUT', `/subscriptions/${standIn.env.AZURE_SUBSCRIPTION_ID}/resourcegroups/${GROUP}?api-version=2021-04-01`, { token, body: { location: 'westeurope' } })).status).toBe(201);
  expect((await call(standIn, 'PUT', `${factoryPath()}${API}`, { token, body: { location: 'westeurope' } })).status).toBe(200);
  await putPipeline('Child', [hold('Hold')]);
  await putPipeline('Broken', [hold('Hold')]);
  await putPipeline('FireAndForget', [execute('Child', false), after('Start')]);
  await putPipeline('DefaultWait', [execute('Child'), after('Start')]);
  await putPipeline('WaitForChild', [execute('Child', true), after('Start')]);
  await putPipeline('ForgetBroken', [execute('Broken', false), after('Start')]);
  await putPipeline('WaitForBroken', [execute('Broken', true), after('Start')]);
  await putPipeline('Parent', [execute('Child', true)]);
});
afterAll(async () => {
  await standIn?.stop();
});

describe('ExecutePipeline', () => {
  test.each(['FireAndForget', 'DefaultWait'])('%s: without waitOnCompletion (default false) the activity succeeds once the child has started', async (pipeline) => {
    const runId = await startRun(pipeline);
    const now = await activities(runId);
    expect(now.Start).toMatchObject({ status: 'Succeeded', durationInMs: 0 });
    const childId = now.Start!.output.pipelineRunId as string;
    expect((await getRun(childId)).status).toBe('InProgress');
    standIn.advanceClock(1000);
    // The parent ends after its own activities while the child goes on.
    expect((await getRun(runId)).status).toBe('Succeeded');
    expect((await getRun(childId)).status).toBe('InProgress');
    expect(pipelineRunTimeline(standIn, runId)!.end).toBeLessThan(pipelineRunTimeline(standIn, childId)!.end);
    standIn.advanceClock(9000);
    expect((await getRun(childId)).status).toBe('Succeeded');
  });

  test('with waitOnCompletion true the activity lasts as long as the child run', async () => {
    const runId = await startRun('WaitForChild');
    const childId = (await activities(runId)).Start!.output.pipelineRunId as string;
    standIn.advanceClock(5000);
    expect((await activities(runId)).Start!.status).toBe('InProgress');
    expect((await getRun(runId)).status).toBe('InProgress');
    standIn.advanceClock(5000);
    expect((await getRun(childId)).status).toBe('Succeeded');
    expect((await activities(runId)).Start).toMatchObject({ status: 'Succeeded', durationInMs: 10_000 });
    standIn.advanceClock(1000);
    expect((await getRun(runId)).status).toBe('Succeeded');
  });

  test("a failing child fails a waiting activity but not one that does not wait", async () => {
    const waiting = await startRun('WaitForBroken');
    const forgetting = await startRun('ForgetBroken');
    standIn.advanceClock(11_000);
    expect((await activities(waiting)).Start!.status).toBe('Failed');
    expect((await getRun(waiting)).status).toBe('Failed');
    expect((await activities(forgetting)).Start!.status).toBe('Succeeded');
    expect((await getRun(forgetting)).status).toBe('Succeeded');
  });
});

describe('cancel', () => {
  test('a cancelled run shows Canceling for cancelingMs, with its running activity, then Cancelled', async () => {
    const runId = await startRun('Child');
    standIn.advanceClock(2000);
    expect((await call(standIn, 'POST', `${factoryPath()}/pipelineruns/${runId}/cancel${API}`, { token })).status).toBe(200);
    const canceling = await getRun(runId);
    expect(canceling).toMatchObject({ status: 'Canceling', runEnd: null });
    expect((await activities(runId)).Hold!.status).toBe('InProgress');
    // The clock also moves with real time, so stay clear of the edge.
    standIn.advanceClock(2500);
    expect((await getRun(runId)).status).toBe('Canceling');
    standIn.advanceClock(500);
    const cancelled = await getRun(runId);
    expect(cancelled).toMatchObject({ status: 'Cancelled', message: 'Cancelled by user.' });
    expect(cancelled.durationInMs).toBeGreaterThanOrEqual(5000);
    expect(Date.parse(cancelled.lastUpdated)).toBeGreaterThan(Date.parse(canceling.lastUpdated));
    expect((await activities(runId)).Hold!.status).toBe('Cancelled');
    // A second cancel changes nothing.
    await call(standIn, 'POST', `${factoryPath()}/pipelineruns/${runId}/cancel${API}`, { token });
    expect((await getRun(runId)).status).toBe('Cancelled');
  });

  test('recursively, the child passes through Canceling too; without, it runs on', async () => {
    for (const recursive of [true, false]) {
      const runId = await startRun('Parent');
      const childId = (await activities(runId)).Start!.output.pipelineRunId as string;
      standIn.advanceClock(1000);
      await call(standIn, 'POST', `${factoryPath()}/pipelineruns/${runId}/cancel${API}&isRecursive=${recursive}`, { token });
      expect((await getRun(runId)).status).toBe('Canceling');
      expect((await getRun(childId)).status).toBe(recursive ? 'Canceling' : 'InProgress');
      standIn.advanceClock(3000);
      expect((await getRun(runId)).status).toBe('Cancelled');
      expect((await getRun(childId)).status).toBe(recursive ? 'Cancelled' : 'InProgress');
      expect((await activities(runId)).Start).toMatchObject({ status: 'Cancelled', output: { pipelineRunId: childId } });
      standIn.advanceClock(10_000);
    }
  });

  test('a run that has not reached an ExecutePipeline activity never starts that child', async () => {
    await putPipeline('Sequence', [hold('First'), { ...execute('Child', true), dependsOn: [{ activity: 'First', dependencyConditions: ['Succeeded'] }] }]);
    const runId = await startRun('Sequence');
    const planned = pipelineRunTimeline(standIn, runId)!.childRunIds;
    expect(planned).toHaveLength(1);
    await call(standIn, 'POST', `${factoryPath()}/pipelineruns/${runId}/cancel${API}&isRecursive=true`, { token });
    standIn.advanceClock(3000);
    expect((await getRun(runId)).status).toBe('Cancelled');
    expect(Object.keys(await activities(runId))).toEqual(['First']);
    expect(pipelineRunTimeline(standIn, planned[0]!)).toBeUndefined();
    expect((await call(standIn, 'GET', `${factoryPath()}/pipelineruns/${planned[0]}${API}`, { token })).status).toBe(404);
  });

  test('the scenario refuses a negative cancelingMs', async () => {
    const reply = await call(standIn, 'PUT', '/_stand-in/data-factory/scenario', { body: { cancelingMs: -1 } });
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toBe('cancelingMs must be a number of milliseconds, 0 or more');
  });
});
