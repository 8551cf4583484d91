/** Microsoft Learn's page on the arm-ttk deployment template tests. */
export const TEMPLATE_TESTS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases';
