import type { Node } from 'jsonc-parser';
import { isResolved } from './arm-strings.js';
import { activityValue, pipelineGraph, type ActivityNode } from './activity-graph.js';
import { factoryModel, findObject, objectsOfKind, textOf, type AdfObject, type DataFactory } from './factory-model.js';
import { copyTable, type CopyTable } from './office365-table.js';
import { dig, elements, prop, stringOf } from '../json-nav.js';
import { rawProp } from '../lazy-json-tree.js';
import type { RuleContext } from '../rule.js';

/** A Copy activity that reads Microsoft 365 data through Graph Data Connect, with what it reads and writes. */
export interface Office365Copy {
  readonly pipeline: AdfObject;
  readonly activity: ActivityNode;
  /** typeProperties.source (an Office365Source). */
  readonly source: Node | undefined;
  readonly sink: Node | undefined;
  readonly inputDataset: AdfObject | undefined;
  /** The table read, when the dataset names it literally or through a parameter given a literal. */
  readonly table: CopyTable | undefined;
  readonly sourceLinkedService: AdfObject | undefined;
  readonly outputReference: Node | undefined;
  readonly outputDataset: AdfObject | undefined;
  readonly sinkLinkedService: AdfObject | undefined;
}

function datasetOf(factory: DataFactory, reference: Node | undefined): AdfObject | undefined {
  const name = textOf(factory, prop(reference, 'referenceName'));
  return name !== undefined && isResolved(name) ? findObject(factory, 'dataset', name) : undefined;
}

/** The linked service a dataset (or a reference holder) points at. */
export function linkedServiceOf(object: AdfObject | undefined): AdfObject | undefined {
  if (!object) return undefined;
  const name = textOf(object.factory, dig(object.properties, 'linkedServiceName', 'referenceName'));
  return name !== undefined && isResolved(name) ? findObject(object.factory, 'linkedService', name) : undefined;
}

const COPIES = new WeakMap<object, Office365Copy[]>();

/** Every Office 365 copy of the unit: Copy activities with an Office365Source or an Office365Table input. */
export function office365Copies(context: RuleContext): Office365Copy[] {
  const model = factoryModel(context);
  const cached = COPIES.get(model);
  if (cached) return cached;
  const copies: Office365Copy[] = [];
  for (const pipeline of objectsOfKind(model, 'pipeline')) {
    for (const activity of pipelineGraph(pipeline).all) {
      if ((activity.type ?? '').toLowerCase() !== 'copy') continue;
      // Most copies are not Office 365 ones: decide that on the parsed values before making nodes.
      if (activity.raw !== undefined && !readsOffice365(pipeline.factory, activity)) continue;
      const source = dig(activity.node, 'typeProperties', 'source');
      const inputReference = elements(prop(activity.node, 'inputs'))[0];
      const inputDataset = datasetOf(pipeline.factory, inputReference);
      const isOffice365 =
        stringOf(prop(source, 'type'))?.toLowerCase() === 'office365source' || stringOf(prop(inputDataset?.properties, 'type'))?.toLowerCase() === 'office365table';
      if (!isOffice365) continue;
      const outputReference = elements(prop(activity.node, 'outputs'))[0];
      const outputDataset = datasetOf(pipeline.factory, outputReference);
      copies.push({
        pipeline,
        activity,
        source,
        sink: dig(activity.node, 'typeProperties', 'sink'),
        inputDataset,
        table: copyTable(pipeline, inputDataset, inputReference),
        sourceLinkedService: linkedServiceOf(inputDataset),
        outputReference,
        outputDataset,
        sinkLinkedService: linkedServiceOf(outputDataset),
      });
    }
  }
  COPIES.set(model, copies);
  return copies;
}

/** The test `office365Copies` makes, on a lazily read activity's parsed value. */
function readsOffice365(factory: DataFactory, activity: ActivityNode): boolean {
  const sourceType = activityValue(activity, 'typeProperties', 'source', 'type');
  if (typeof sourceType === 'string' && sourceType.toLowerCase() === 'office365source') return true;
  const inputs = activityValue(activity, 'inputs');
  const name = Array.isArray(inputs) ? rawProp(inputs[0], 'referenceName') : undefined;
  const dataset = typeof name === 'string' && isResolved(name) ? findObject(factory, 'dataset', name) : undefined;
  return stringOf(prop(dataset?.properties, 'type'))?.toLowerCase() === 'office365table';
}

/** A property of the copy source, falling back to the input dataset's typeProperties (where older pipelines put it). */
export function sourceSetting(copy: Office365Copy, name: string): { node: Node; document: AdfObject } | undefined {
  const fromSource = prop(copy.source, name);
  if (fromSource) return { node: fromSource, document: copy.pipeline };
  const fromDataset = dig(copy.inputDataset?.properties, 'typeProperties', name);
  return fromDataset && copy.inputDataset ? { node: fromDataset, document: copy.inputDataset } : undefined;
}
