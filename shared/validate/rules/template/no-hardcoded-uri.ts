import { templateDocuments } from '../../arm/template-documents.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/**
 * Hosts that differ between Azure clouds (public, US Government, China...). A template that names
 * one only works in that cloud; environment() gives the right one wherever it is deployed. Longer
 * hosts come before the hosts they end with, so the longest is reported.
 */
export const CLOUD_SPECIFIC_HOSTS: readonly string[] = [
  'management.core.windows.net',
  'gallery.azure.com',
  'management.azure.com',
  'database.windows.net',
  'batch.core.windows.net',
  'core.windows.net',
  'login.microsoftonline.com',
  'graph.windows.net',
  'vault.azure.net',
  'datalake.azure.net',
  'azuredatalakestore.net',
  'azuredatalakeanalytics.net',
  'api.loganalytics.io',
  'region.asazure.windows.net',
  'asazure.windows.net',
];

const HOST_PATTERN = new RegExp(CLOUD_SPECIFIC_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|'), 'gi');

/** Text right before a host that makes it fine: a JSON schema URL, or the Azure Automation module gallery. */
const ALLOWED_PREFIXES = ['https://schema.', 'https://devopsgallerystorage.blob.'];

/** The template names no cloud-specific host outside its parameters section; it uses environment() instead. */
export const noHardcodedUriRule: Rule = {
  id: 'template/no-hardcoded-uri',
  armTtk: 'DeploymentTemplate-Must-Not-Contain-Hardcoded-Uri',
  severity: 'error',
  description:
    "Build Azure endpoints with environment() (e.g. environment().suffixes.storage, environment().authentication.loginEndpoint) or reference() instead of writing hosts such as core.windows.net or management.azure.com.",
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      const text = document.text;
      // Parameter defaults and descriptions may name hosts: the user can change them.
      const parameters = prop(document.root, 'parameters')?.parent;
      const skipStart = parameters ? parameters.offset : -1;
      const skipEnd = parameters ? parameters.offset + parameters.length : -1;
      for (const match of text.matchAll(HOST_PATTERN)) {
        const offset = match.index;
        if (offset >= skipStart && offset < skipEnd) continue;
        const before = text.slice(Math.max(0, offset - 40), offset).toLowerCase();
        if (ALLOWED_PREFIXES.some((prefix) => before.endsWith(prefix))) continue;
        const { line, column } = document.positionAt(offset);
        context.reportAt(
          document.file,
          line,
          column,
          `Hard-coded cloud host '${match[0]}': it is different in other Azure clouds; build the URL with environment() (for example environment().suffixes.storage) or take it from reference().`,
        );
      }
    }
  },
};
