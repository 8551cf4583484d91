import { isUpstream, pipelineGraph, upstreamNames } from '../shared/validate/datafactory/activity-graph.js';
import { factoryModel, objectsOfKind, type AdfObject } from '../shared/validate/datafactory/factory-model.js';
import type { RuleContext } from '../shared/validate/rule.js';
import { memoryUnit } from './helpers/memory-unit.js';

/** The pipelines of a one-file Git factory, in a model of their own. */
function pipelinesOf(pipeline: unknown): AdfObject[] {
  const unit = memoryUnit({ 'pipeline/P.json': JSON.stringify(pipeline, null, 2) });
  const context: RuleContext = { unit, jsonFiles: unit.otherJson, report: () => undefined, reportAt: () => undefined };
  return objectsOfKind(factoryModel(context), 'pipeline');
}

/** A pipeline whose top-level activities and ForEach branch depend on earlier siblings at random (or, with `cycle`, also on a later one). */
function randomPipeline(seed: number, cycle: boolean): unknown {
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const list = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const earlier = Array.from({ length: i }, (_, j) => j).filter(() => random() < 0.3);
      if (cycle && i === 1) earlier.push(count - 1);
      if (random() < 0.1) earlier.push(i); // a self-dependency is no edge for upstream purposes
      return { name: `${prefix}${i}`, type: 'Wait', dependsOn: earlier.map((j) => ({ activity: `${random() < 0.5 ? prefix : prefix.toUpperCase()}${j}`, dependencyConditions: ['Succeeded'] })) };
    });
  const inner = list('in', 8);
  const top = list('Top', 10);
  top.splice(4, 0, { name: 'Loop', type: 'ForEach', dependsOn: [{ activity: 'Top3', dependencyConditions: ['Succeeded'] }], typeProperties: { activities: inner } } as never);
  return { name: 'P', properties: { activities: top } };
}

describe('isUpstream answers as upstreamNames(...).has does', () => {
  test.each([
    ['acyclic lists', false],
    ['a list with a cycle (answered by the memoised sets)', true],
  ])('%s', (_name, cycle) => {
    for (let seed = 1; seed <= 30; seed++) {
      const pipeline = randomPipeline(seed, cycle);
      // Separate models, so neither way of answering sees what the other cached.
      const [fast] = pipelinesOf(pipeline);
      const [reference] = pipelinesOf(pipeline);
      const activities = pipelineGraph(fast!).all;
      const names = [...activities.map((a) => a.name!.toLowerCase()), 'missing', ''];
      const fastAnswers = activities.map((a) => names.map((n) => isUpstream(a, n, fast!)));
      const referenceAnswers = pipelineGraph(reference!).all.map((a) => names.map((n) => upstreamNames(a, reference!).has(n)));
      expect(fastAnswers).toEqual(referenceAnswers);
      if (!cycle) expect(fastAnswers.flat().filter(Boolean).length).toBeGreaterThan(0);
    }
  });
});
