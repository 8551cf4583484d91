import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { isArmValue, textOf, type AdfObject } from '../../datafactory/factory-model.js';
import { dateTimeValue } from '../../datafactory/literal-values.js';
import { stringLiteral } from '../../datafactory/dataflow-script.js';
import { office365Copies, sourceSetting } from '../../datafactory/office365-copies.js';
import { office365FlowSources } from '../../datafactory/office365-flows.js';
import type { Rule } from '../../rule.js';
import type { Node } from 'jsonc-parser';
import { gdcDataset, type GdcDataset } from './gdc-datasets.js';

/** What is wrong with a date filter column for a dataset (a clause), or undefined when it may be filtered on. */
function columnProblem(dataset: GdcDataset, column: string): string | undefined {
  const columns = dataset.dateFilterColumns;
  if (columns === undefined || columns.some((c) => c.toLowerCase() === column.toLowerCase())) return undefined;
  return `cannot be filtered on '${column}'; use one of ${columns.join(', ')}.`;
}

/**
 * Why a literal time range selects nothing (a clause), or undefined when it selects something or
 * either end is not a literal date-time (computed when the pipeline runs, or in a form not read here).
 */
function rangeProblem(start: string | undefined, end: string | undefined): string | undefined {
  const from = dateTimeValue(start);
  const to = dateTimeValue(end);
  if (from === undefined || to === undefined || from < to) return undefined;
  return from === to ? `starts and ends at the same time (${start})` : `ends (${end}) before it starts (${start})`;
}

/** The text of a copy's time setting when it is a literal string (not an expression). */
function literalSetting(setting: { node: Node; document: AdfObject } | undefined): string | undefined {
  if (setting === undefined || setting.node.type !== 'string' || isArmValue(setting.document.factory, setting.node)) return undefined;
  const value = textOf(setting.document.factory, setting.node);
  return value === undefined || value.startsWith('@') ? undefined : value;
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
      const dataset = copy.table === undefined ? undefined : gdcDataset(copy.table);
      if (!dataset || (!dataset.dateFilterColumns && !dataset.needsTimeRangeOnly)) continue;
      const required = dataset.needsTimeRangeOnly ? ['startTime', 'endTime'] : ['dateFilterColumn', 'startTime', 'endTime'];
      const missing = required.filter((name) => !sourceSetting(copy, name));
      const at = copy.source ?? copy.activity.nameNode ?? copy.activity.node;
      if (missing.length > 0) {
        context.report(copy.pipeline.document, at, `Copy activity '${copy.activity.name ?? ''}' reads ${dataset.name} without ${missing.join(', ')}; Graph Data Connect requires a date range for this dataset. Add them to the copy source.`);
        continue;
      }
      const column = sourceSetting(copy, 'dateFilterColumn');
      const columnName = literalSetting(column);
      const problem = column === undefined || columnName === undefined ? undefined : columnProblem(dataset, columnName);
      if (column !== undefined && problem !== undefined) context.report(column.document.document, column.node, `${describeObject(column.document)}: ${dataset.name} ${problem}`);
      const end = sourceSetting(copy, 'endTime')!;
      const range = rangeProblem(literalSetting(sourceSetting(copy, 'startTime')), literalSetting(end));
      if (range !== undefined) {
        context.report(end.document.document, end.node, `Copy activity '${copy.activity.name ?? ''}' reads ${dataset.name} in a range that ${range}, so it extracts nothing. Make endTime later than startTime.`);
      }
    }
    for (const source of office365FlowSources(context)) {
      const dataset = source.table === undefined ? undefined : gdcDataset(source.table);
      if (!dataset || (!dataset.dateFilterColumns && !dataset.needsTimeRangeOnly)) continue;
      const required = dataset.needsTimeRangeOnly ? ['sourceStartTime', 'sourceEndTime'] : ['sourceDateFilterColumn', 'sourceStartTime', 'sourceEndTime'];
      const missing = required.filter((name) => !source.option(name));
      if (missing.length > 0) {
        source.report(
          context,
          source.option('sourceTableName')!.keyStart,
          `${describeObject(source.dataflow)}: source '${source.name}' reads ${dataset.name} without ${missing.join(', ')}; Graph Data Connect requires a date range for this dataset. Add them to the source options.`,
        );
        continue;
      }
      const column = source.option('sourceDateFilterColumn');
      const value = column === undefined ? undefined : stringLiteral(column.value);
      const problem = value === undefined ? undefined : columnProblem(dataset, value);
      if (column !== undefined && problem !== undefined) source.report(context, column.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' reads ${dataset.name}, which ${problem}`);
      const end = source.option('sourceEndTime')!;
      const range = rangeProblem(stringLiteral(source.option('sourceStartTime')!.value), stringLiteral(end.value));
      if (range !== undefined) {
        source.report(context, end.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' reads ${dataset.name} in a range that ${range}, so it extracts nothing. Make sourceEndTime later than sourceStartTime.`);
      }
    }
  },
};
