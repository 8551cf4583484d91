import type { Node } from 'jsonc-parser';
import { classifyJson } from '../classify.js';
import { elements, prop, stringOf } from '../json-nav.js';
import type { JsonDocument } from '../json-document.js';
import type { RuleContext } from '../rule.js';
import type { ValidationUnit } from '../unit.js';

/**
 * The deployment templates of a unit, as arm-ttk tests them: the main template, then every other
 * JSON file of the package recognised as a template (linked or nested template files).
 */
export function templateDocuments(context: RuleContext): JsonDocument[] {
  // Every template rule asks; a Data Factory folder has thousands of files to classify.
  // The list depends on the context's files and template; runRules shares one files list across its rules.
  const cached = DOCUMENTS.get(context.jsonFiles);
  if (cached && cached.unit === context.unit && cached.template === context.template) return cached.documents;
  const documents: JsonDocument[] = [];
  if (context.template) documents.push(context.template);
  const special = new Set([context.unit.template?.file, context.unit.createUiDefinition?.file, context.unit.viewDefinition?.file]);
  for (const json of context.jsonFiles) {
    if (special.has(json.file) || json.document === context.template) continue;
    if (json.document.root && classifyJson(json.document.root) === 'template' && !isSynapseWorkspaceTemplate(json.document.root)) documents.push(json.document);
  }
  DOCUMENTS.set(context.jsonFiles, { unit: context.unit, template: context.template, documents });
  return documents;
}

const DOCUMENTS = new WeakMap<object, { unit: ValidationUnit; template: JsonDocument | undefined; documents: JsonDocument[] }>();

/** The workspace artifacts a Synapse publish template deploys through Synapse's own API, which ARM has no resource type for. */
const SYNAPSE_ARTIFACTS = /^microsoft\.synapse\/workspaces\/(pipelines|datasets|linkedservices|dataflows|triggers|notebooks|sqlscripts|sparkjobdefinitions|kqlscripts|credentials)$/i;

/**
 * A Synapse workspace's publish template (`TemplateForWorkspace.json` on its publish branch):
 * Synapse's deployment task reads it, not ARM, so the deployment-template tests do not apply.
 * Told by the workspace artifacts among its resources.
 */
function isSynapseWorkspaceTemplate(root: Node): boolean {
  return elements(prop(root, 'resources')).some((resource) => SYNAPSE_ARTIFACTS.test(stringOf(prop(resource, 'type')) ?? ''));
}
