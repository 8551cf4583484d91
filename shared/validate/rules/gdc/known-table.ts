import type { Node } from 'jsonc-parser';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject, describePlace } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmValue, objectsOfKind, textOf } from '../../datafactory/factory-model.js';
import { isResolved } from '../../datafactory/arm-strings.js';
import { office365Copies } from '../../datafactory/office365-copies.js';
import { office365FlowSources } from '../../datafactory/office365-flows.js';
import { tableOrigin } from '../../datafactory/office365-table.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { GDC_DATASETS, gdcDataset } from './gdc-datasets.js';

/** What to say of a table mapp does not know, with the closest known one. */
function unknownTable(table: string, origin?: string): string {
  // Leaving out the family (`Message_v1` for `BasicDataSet_v0.Message_v1`) is the usual slip:
  // the table is compared with the known names both with and without theirs.
  const names = new Map<string, string>();
  for (const { name } of GDC_DATASETS) {
    names.set(name.slice(name.indexOf('.') + 1), name);
    names.set(name, name);
  }
  const near = closestName(table, names.keys(), Math.max(4, Math.floor(table.length / 2)));
  const closest = near === undefined ? undefined : names.get(near);
  return `reads table '${table}'${origin ? ` (${origin})` : ''}, which is not a Graph Data Connect dataset mapp knows.${closest ? ` The closest known dataset is '${closest}'.` : ''}`;
}

/** An Office365Table (through its tableName or the dataset parameter that gives it), or a data flow's Microsoft 365 source, reads a Graph Data Connect dataset mapp knows; an unknown name is likely a typo (or a dataset newer than mapp). */
export const knownTableRule: Rule = {
  id: 'gdc/known-table',
  armTtk: null,
  severity: 'warning',
  description: 'Use a Graph Data Connect dataset name such as BasicDataSet_v0.Message_v1 as the Office365Table tableName (or the value of the dataset parameter it reads) or the data flow sourceTableName.',
  helpUri: ADF_DOCS.gdcDatasets,
  check(context) {
    for (const dataset of objectsOfKind(factoryModel(context), 'dataset')) {
      if (stringOf(prop(dataset.properties, 'type'))?.toLowerCase() !== 'office365table') continue;
      const node = dig(dataset.properties, 'typeProperties', 'tableName');
      const table = textOf(dataset.factory, node);
      if (table === undefined || isArmValue(dataset.factory, node) && !isResolved(table)) continue;
      if (!isResolved(table) || table.startsWith('@') || gdcDataset(table)) continue;
      context.report(dataset.document, node, `${describeObject(dataset)} ${unknownTable(table)}`);
    }
    // A dataset that reads its table from a parameter is judged by what each copy gives it, at
    // the reference's argument or the parameter's default (once, however many copies use it).
    const judged = new Set<Node>();
    for (const { table } of office365Copies(context)) {
      if (table?.parameter === undefined || gdcDataset(table.name) || judged.has(table.node)) continue;
      judged.add(table.node);
      context.report(table.document.document, table.node, `${describePlace(table.document, table.node)} ${unknownTable(table.name, tableOrigin(table))}`);
    }
    for (const source of office365FlowSources(context)) {
      const table = source.table;
      if (table === undefined || gdcDataset(table)) continue;
      source.report(context, source.option('sourceTableName')!.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' ${unknownTable(table)}`);
    }
  },
};
