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

/** The known type a name stands for, in any case; undefined when it is none. */
export function knownActivityType(type: string): string | undefined {
  return BY_LOWER.get(type.toLowerCase());
}
