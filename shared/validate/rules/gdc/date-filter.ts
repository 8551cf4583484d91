import { andList } from '../../../report/words.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import type { AdfObject } from '../../datafactory/factory-model.js';
import { dateTimeTicks, literalText } from '../../datafactory/literal-values.js';
import { stringLiteral } from '../../datafactory/dataflow-script.js';
import { office365Copies, sourceSetting } from '../../datafactory/office365-copies.js';
import { tableText } from '../../datafactory/office365-table.js';
import { office365FlowSources } from '../../datafactory/office365-flows.js';
import { dig } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import type { Node } from 'jsonc-parser';
import { gdcDataset, type GdcDataset } from './gdc-datasets.js';

/** What is wrong with a date filter column for a dataset (a clause), or undefined when it may be filtered on. */
function columnProblem(dataset: GdcDataset, column: string): string | undefined {
  const columns = dataset.dateFilterColumns;
  if (columns === undefined || columns.some((c) => c.toLowerCase() === column.toLowerCase())) return undefined;
  return `cannot be filtered on '${column}'; use one of ${columns.join(', ')}.`;
}

/** A time to compare, as written (for messages) and as an instant (.NET ticks). */
interface LiteralTime {
  readonly text: string;
  readonly ticks: bigint;
}

/**
 * Why a literal time range selects no time (a clause), or undefined when it selects some or
 * either end is not a literal date-time (computed when the pipeline runs, or in a form not read here).
 */
function rangeProblem(start: LiteralTime | undefined, end: LiteralTime | undefined): string | undefined {
  if (start === undefined || end === undefined || start.ticks < end.ticks) return undefined;
  return start.ticks === end.ticks ? `starts and ends at the same time (${start.text}, ${end.text})` : `ends (${end.text}) before it starts (${start.text})`;
}

/** A copy's time setting when it is a literal date-time. */
function literalTime(setting: { node: Node; document: AdfObject }): LiteralTime | undefined {
  const text = literalText(setting.document.factory, setting.node);
  const ticks = text === undefined ? undefined : dateTimeTicks(text);
  return text === undefined || ticks === undefined ? undefined : { text, ticks };
}

/**
 * A data flow source's time option as the designer writes it: `(toTimestamp(1672531200000L))`
 * (milliseconds since 1970), or a quoted date-time, bare or in `toTimestamp('...')`.
 */
function flowTime(value: string): LiteralTime | undefined {
  let inner = value.trim();
  while (inner.startsWith('(') && inner.endsWith(')')) inner = inner.slice(1, -1).trim();
  const millis = /^toTimestamp\(\s*(\d{1,15})L\s*\)$/i.exec(inner);
  if (millis !== null) return { text: value, ticks: BigInt(millis[1]!) * 10_000n };
  const quoted = /^toTimestamp\(\s*('(?:[^'\\]|\\.)*')\s*\)$/i.exec(inner)?.[1] ?? inner;
  const text = stringLiteral(quoted);
  const ticks = text === undefined ? undefined : dateTimeTicks(text);
  return ticks === undefined ? undefined : { text: value, ticks };
}

/**
 * Message, SentItem and Event datasets are extracted only with a date filter: dateFilterColumn
 * (one of the columns that dataset supports), startTime and endTime. CalendarView needs
 * startTime and endTime. Without them the run fails after the approval wait. The same holds for
 * a mapping data flow's Microsoft 365 source (sourceDateFilterColumn, sourceStartTime, sourceEndTime).
 * Written as literal date-times, the end must come after the start.
 */
export const dateFilterRule: Rule = {
  id: 'gdc/date-filter',
  armTtk: null,
  severity: 'error',
  description: 'Give the Office 365 copy source dateFilterColumn (a column the dataset supports), startTime and endTime, or a data flow source sourceDateFilterColumn, sourceStartTime and sourceEndTime; CalendarView needs the times only. Literal times must end after they start.',
  helpUri: ADF_DOCS.gdcFiltering,
  check(context) {
    for (const copy of office365Copies(context)) {
      if (copy.table === undefined) continue;
      const dataset = gdcDataset(copy.table.name);
      if (!dataset || (!dataset.dateFilterColumns && !dataset.needsTimeRangeOnly)) continue;
      const table = tableText(copy.table);
      const required = dataset.needsTimeRangeOnly ? ['startTime', 'endTime'] : ['dateFilterColumn', 'startTime', 'endTime'];
      const settings = new Map(required.map((name) => [name, sourceSetting(copy, name)]));
      const missing = required.filter((name) => settings.get(name) === undefined);
      const at = copy.source ?? copy.activity.nameNode ?? copy.activity.node;
      if (missing.length > 0) {
        // The preview samples (2018) filtered by a predicate on the dataset; the range is now
        // given by the settings above.
        const predicate = dig(copy.inputDataset?.properties, 'typeProperties', 'predicate') !== undefined;
        const hint = predicate ? " The dataset has a predicate, the filter of the preview samples; Graph Data Connect documents the date range only through these settings." : '';
        context.report(copy.pipeline.document, at, `Copy activity '${copy.activity.name ?? ''}' reads ${table} without ${andList(missing)}; Graph Data Connect requires a date range for this dataset. Add ${missing.length === 1 ? 'it' : 'them'} to the copy source.${hint}`);
        continue;
      }
      const column = settings.get('dateFilterColumn');
      const columnName = column === undefined ? undefined : literalText(column.document.factory, column.node);
      const problem = columnName === undefined ? undefined : columnProblem(dataset, columnName);
      if (column !== undefined && problem !== undefined) {
        const reader = column.document === copy.pipeline ? `Copy activity '${copy.activity.name ?? ''}' reads ${table}, which` : `${describeObject(column.document)}: ${table}`;
        context.report(column.document.document, column.node, `${reader} ${problem}`);
      }
      const start = settings.get('startTime')!;
      const end = settings.get('endTime')!;
      // A range split between the copy source and its dataset is left alone: how the service
      // combines the two is not documented.
      const range = start.document === end.document ? rangeProblem(literalTime(start), literalTime(end)) : undefined;
      if (range !== undefined) {
        context.report(
          end.document.document,
          end.node,
          `${start.document === copy.pipeline ? `Copy activity '${copy.activity.name ?? ''}'` : describeObject(end.document)} reads ${table} in a time range that ${range}; Graph Data Connect extracts what falls between startTime and endTime. Make endTime later than startTime.`,
        );
      }
    }
    for (const source of office365FlowSources(context)) {
      const dataset = source.table === undefined ? undefined : gdcDataset(source.table);
      if (!dataset || (!dataset.dateFilterColumns && !dataset.needsTimeRangeOnly)) continue;
      const required = dataset.needsTimeRangeOnly ? ['sourceStartTime', 'sourceEndTime'] : ['sourceDateFilterColumn', 'sourceStartTime', 'sourceEndTime'];
      const options = new Map(required.map((name) => [name, source.option(name)]));
      const missing = required.filter((name) => options.get(name) === undefined);
      if (missing.length > 0) {
        source.report(
          context,
          source.option('sourceTableName')!.keyStart,
          `${describeObject(source.dataflow)}: source '${source.name}' reads ${source.table} without ${andList(missing)}; Graph Data Connect requires a date range for this dataset. Add ${missing.length === 1 ? 'it' : 'them'} to the source options.`,
        );
        continue;
      }
      const column = options.get('sourceDateFilterColumn');
      const value = column === undefined ? undefined : stringLiteral(column.value);
      const problem = value === undefined ? undefined : columnProblem(dataset, value);
      if (column !== undefined && problem !== undefined) source.report(context, column.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' reads ${source.table}, which ${problem}`);
      const end = options.get('sourceEndTime')!;
      const range = rangeProblem(flowTime(options.get('sourceStartTime')!.value), flowTime(end.value));
      if (range !== undefined) {
        source.report(
          context,
          end.valueStart,
          `${describeObject(source.dataflow)}: source '${source.name}' reads ${source.table} in a time range that ${range}; Graph Data Connect extracts what falls between sourceStartTime and sourceEndTime. Make sourceEndTime later than sourceStartTime.`,
        );
      }
    }
  },
};
