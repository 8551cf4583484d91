/**
 * The activity types of the Data Factory REST API (`Microsoft.DataFactory` 2018-06-01, the
 * specification as of 2026, which added DatabricksJob to the list the Azure SDK 12 knows): the
 * discriminator values of the definitions derived from `Activity`, as the service spells them.
 * `Container` and `Execution` are abstract and not listed.
 */
export const ACTIVITY_TYPES: readonly string[] = [
  // Control flow
  'AppendVariable',
  'ExecutePipeline',
  'Fail',
  'Filter',
  'ForEach',
  'IfCondition',
  'SetVariable',
  'Switch',
  'Until',
  'Validation',
  'Wait',
  'WebHook',
  // Data movement and transformation
  'AzureDataExplorerCommand',
  'AzureFunctionActivity',
  'AzureMLBatchExecution',
  'AzureMLExecutePipeline',
  'AzureMLUpdateResource',
  'Copy',
  'Custom',
  'DataLakeAnalyticsU-SQL',
  'DatabricksJob',
  'DatabricksNotebook',
  'DatabricksSparkJar',
  'DatabricksSparkPython',
  'Delete',
  'ExecuteDataFlow',
  'ExecuteSSISPackage',
  'ExecuteWranglingDataflow',
  'GetMetadata',
  'HDInsightHive',
  'HDInsightMapReduce',
  'HDInsightPig',
  'HDInsightSpark',
  'HDInsightStreaming',
  'Lookup',
  'Script',
  'SparkJob',
  'SqlServerStoredProcedure',
  'SynapseNotebook',
  'WebActivity',
];

const BY_LOWER = new Map(ACTIVITY_TYPES.map((t) => [t.toLowerCase(), t]));

/**
 * Activity types of Synapse pipelines beyond Data Factory's: the dedicated SQL pool stored
 * procedure (`SqlPoolStoredProcedure`, documented with Synapse's transformation activities).
 */
export const SYNAPSE_ACTIVITY_TYPES: readonly string[] = ['SqlPoolStoredProcedure'];
const SYNAPSE_BY_LOWER = new Map(SYNAPSE_ACTIVITY_TYPES.map((t) => [t.toLowerCase(), t]));

/**
 * The known type a name stands for, in any case; undefined when it is none.
 * @param synapse the pipeline is a Synapse workspace's, which knows a few more
 */
export function knownActivityType(type: string, synapse = false): string | undefined {
  const lower = type.toLowerCase();
  return BY_LOWER.get(lower) ?? (synapse ? SYNAPSE_BY_LOWER.get(lower) : undefined);
}

/** What an activity type must hold, beyond name and type. */
export interface ActivityShape {
  /** The type as the service spells it. */
  readonly type: string;
  /** Properties required under typeProperties. */
  readonly typeProperties: readonly string[];
  /** Properties required on the activity itself. */
  readonly activity?: readonly string[];
  /** Required typeProperties that are polymorphic objects and need their own `type` (a Copy's source and sink). */
  readonly typed?: readonly string[];
}

/**
 * The properties the REST specification (2018-06-01) marks as required for each activity type,
 * for the types that require any. A missing one is refused when the factory is published.
 */
const SHAPES: readonly ActivityShape[] = [
  { type: 'Copy', typeProperties: ['source', 'sink'], typed: ['source', 'sink'] },
  { type: 'Lookup', typeProperties: ['source', 'dataset'], typed: ['source'] },
  { type: 'GetMetadata', typeProperties: ['dataset'] },
  { type: 'Delete', typeProperties: ['dataset'] },
  { type: 'Validation', typeProperties: ['dataset'] },
  { type: 'ExecutePipeline', typeProperties: ['pipeline'] },
  { type: 'IfCondition', typeProperties: ['expression'] },
  { type: 'Switch', typeProperties: ['on'] },
  { type: 'ForEach', typeProperties: ['items', 'activities'] },
  { type: 'Until', typeProperties: ['expression', 'activities'] },
  { type: 'Filter', typeProperties: ['items', 'condition'] },
  { type: 'Wait', typeProperties: ['waitTimeInSeconds'] },
  { type: 'Fail', typeProperties: ['message', 'errorCode'] },
  { type: 'WebActivity', typeProperties: ['method', 'url'] },
  { type: 'WebHook', typeProperties: ['method', 'url'] },
  { type: 'AzureFunctionActivity', typeProperties: ['method', 'functionName'] },
  { type: 'ExecuteDataFlow', typeProperties: ['dataFlow'] },
  { type: 'ExecuteWranglingDataflow', typeProperties: ['dataFlow'] },
  { type: 'SqlServerStoredProcedure', typeProperties: ['storedProcedureName'], activity: ['linkedServiceName'] },
  { type: 'Custom', typeProperties: ['command'] },
  { type: 'AzureDataExplorerCommand', typeProperties: ['command'] },
  { type: 'DatabricksNotebook', typeProperties: ['notebookPath'] },
  { type: 'DatabricksSparkJar', typeProperties: ['mainClassName'] },
  { type: 'DatabricksSparkPython', typeProperties: ['pythonFile'] },
  { type: 'HDInsightMapReduce', typeProperties: ['className', 'jarFilePath'] },
  { type: 'HDInsightSpark', typeProperties: ['rootPath', 'entryFilePath'] },
  { type: 'HDInsightStreaming', typeProperties: ['mapper', 'reducer', 'input', 'output', 'filePaths'] },
  { type: 'AzureMLUpdateResource', typeProperties: ['trainedModelName', 'trainedModelLinkedServiceName', 'trainedModelFilePath'] },
  { type: 'DataLakeAnalyticsU-SQL', typeProperties: ['scriptPath', 'scriptLinkedService'] },
  { type: 'ExecuteSSISPackage', typeProperties: ['packageLocation', 'connectVia'] },
];

const SHAPE_BY_LOWER = new Map(SHAPES.map((s) => [s.type.toLowerCase(), s]));

/** The required properties of an activity type, in any case; undefined for types that require none (or unknown types). */
export function activityShape(type: string): ActivityShape | undefined {
  return SHAPE_BY_LOWER.get(type.toLowerCase());
}
