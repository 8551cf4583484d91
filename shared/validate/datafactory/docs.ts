/** The Microsoft Learn pages the Data Factory and Graph Data Connect rules rest on. */
export const ADF_DOCS = {
  naming: 'https://learn.microsoft.com/azure/data-factory/naming-rules',
  pipelines: 'https://learn.microsoft.com/azure/data-factory/concepts-pipelines-activities',
  limits: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-data-factory-limits',
  expressions: 'https://learn.microsoft.com/azure/data-factory/control-flow-expression-language-functions',
  parameters: 'https://learn.microsoft.com/azure/data-factory/concepts-parameters-variables',
  systemVariables: 'https://learn.microsoft.com/azure/data-factory/control-flow-system-variables',
  nested: 'https://learn.microsoft.com/azure/data-factory/concepts-nested-activities',
  triggers: 'https://learn.microsoft.com/azure/data-factory/concepts-pipeline-execution-triggers',
  forEach: 'https://learn.microsoft.com/azure/data-factory/control-flow-for-each-activity',
  setVariable: 'https://learn.microsoft.com/azure/data-factory/control-flow-set-variable-activity',
  keyVault: 'https://learn.microsoft.com/azure/data-factory/store-credentials-in-key-vault',
  sourceControl: 'https://learn.microsoft.com/azure/data-factory/source-control',
  datasetsAndLinkedServices: 'https://learn.microsoft.com/azure/data-factory/concepts-datasets-linked-services',
  office365: 'https://learn.microsoft.com/azure/data-factory/connector-office-365',
  gdcDatasets: 'https://learn.microsoft.com/graph/data-connect-datasets',
  gdcFiltering: 'https://learn.microsoft.com/graph/data-connect-filtering',
} as const;
