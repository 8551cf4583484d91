import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../json-document.js';
import { elements, prop, stringOf } from '../../json-nav.js';
import type { Rule, RuleContext } from '../../rule.js';

/** What each view kind needs inside `properties`, per the view definition documentation. */
const VIEW_KINDS: Record<string, { readonly required: readonly string[]; readonly needsProperties: boolean }> = {
  Overview: { required: [], needsProperties: false },
  Metrics: { required: ['charts[]'], needsProperties: true },
  CustomResources: { required: ['displayName', 'resourceType'], needsProperties: true },
  Associations: { required: ['displayName', 'targetResourceType'], needsProperties: true },
};

const CHART_TYPES = ['Bar', 'Line', 'Area', 'Scatter'];
const AGGREGATION_TYPES = ['none', 'sum', 'min', 'max', 'avg', 'unique', 'percentile', 'count'];
const CONTENT_VERSION = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;

type Report = (at: Node | undefined, message: string) => void;

/**
 * Reports each of `names` missing from `object`. A name ending in `[]` must be an array; any
 * other must be a non-empty string.
 */
function requireProperties(report: Report, object: Node, names: readonly string[], what: string): void {
  for (const entry of names) {
    const isArray = entry.endsWith('[]');
    const name = isArray ? entry.slice(0, -2) : entry;
    const value = prop(object, name);
    if (!value) report(object, `${what} has no '${name}'; add it.`);
    else if (isArray && value.type !== 'array') report(value, `'${name}' of ${what} must be an array.`);
    else if (!isArray && (value.type !== 'string' || stringOf(value)!.trim() === '')) report(value, `'${name}' of ${what} must be a non-empty string.`);
  }
}

/** Checks an optional string property against allowed values (case-insensitive, as the portal compares them). */
function checkEnum(report: Report, object: Node, name: string, allowed: readonly string[], what: string): void {
  const value = prop(object, name);
  if (!value) return;
  const text = stringOf(value);
  if (text === undefined) return; // a wrong type is reported with the required properties
  if (!allowed.some((a) => a.toLowerCase() === text.toLowerCase())) {
    report(value, `'${name}' of ${what} must be one of ${allowed.join(', ')}.`);
  }
}

/** Returns the array at `name`, reporting it when present but not an array. */
function arrayProperty(report: Report, object: Node, name: string, what: string): Node[] {
  const value = prop(object, name);
  if (value && value.type !== 'array') {
    report(value, `'${name}' of ${what} must be an array.`);
    return [];
  }
  return elements(value);
}

/** Checks each object of an array; `path` names the array, e.g. `views[0].properties.commands`. */
function checkItems(report: Report, items: Node[], path: string, check: (item: Node, path: string) => void): void {
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (item.type !== 'object') report(item, `${itemPath} must be an object.`);
    else check(item, itemPath);
  });
}

function checkView(report: Report, view: Node, path: string): void {
  const kinds = Object.keys(VIEW_KINDS).join(', ');
  const kindNode = prop(view, 'kind');
  const kind = stringOf(kindNode);
  if (kind === undefined) {
    report(kindNode ?? view, `${path} needs a 'kind': one of ${kinds}.`);
    return;
  }
  const spec = VIEW_KINDS[kind];
  if (!spec) {
    const closest = Object.keys(VIEW_KINDS).find((k) => k.toLowerCase() === kind.toLowerCase());
    const hint = closest ? ` Write it as '${closest}' (the kind is case-sensitive).` : '';
    report(kindNode, `${path} has kind '${kind}'; the portal knows only ${kinds}.${hint}`);
    return;
  }
  const properties = prop(view, 'properties');
  const at = `${path}.properties`;
  if (!properties) {
    if (spec.needsProperties) report(view, `The ${kind} view ${path} has no 'properties'; add them with ${spec.required.map((r) => r.replace('[]', '')).join(', ')}.`);
    return;
  }
  if (properties.type !== 'object') {
    report(properties, `${at} must be an object.`);
    return;
  }
  requireProperties(report, properties, spec.required, `the ${kind} view ${path}`);
  checkItems(report, arrayProperty(report, properties, 'commands', at), `${at}.commands`, (command, p) => requireProperties(report, command, ['displayName', 'path'], p));
  checkItems(report, arrayProperty(report, properties, 'columns', at), `${at}.columns`, (column, p) => requireProperties(report, column, ['key', 'displayName'], p));
  checkItems(report, elements(prop(properties, 'charts')), `${at}.charts`, (chart, chartPath) => {
    requireProperties(report, chart, ['displayName', 'metrics[]'], chartPath);
    checkEnum(report, chart, 'chartType', CHART_TYPES, chartPath);
    checkItems(report, elements(prop(chart, 'metrics')), `${chartPath}.metrics`, (metric, p) => {
      requireProperties(report, metric, ['name', 'aggregationType', 'resourceType'], p);
      checkEnum(report, metric, 'aggregationType', AGGREGATION_TYPES, p);
    });
  });
}

function checkRoot(report: Report, root: Node): void {
  const schema = prop(root, '$schema');
  if (!schema) report(root, "viewDefinition.json has no '$schema'; add \"$schema\": \"https://schema.management.azure.com/schemas/viewdefinition/0.0.1-preview/ViewDefinition.json#\".");
  else if (!/viewdefinition/i.test(stringOf(schema) ?? '')) report(schema, "'$schema' must point at the ViewDefinition.json schema.");
  const version = prop(root, 'contentVersion');
  if (!version) report(root, "viewDefinition.json has no 'contentVersion'; add one such as \"1.0.0.0\".");
  else if (!CONTENT_VERSION.test(stringOf(version) ?? '')) report(version, "'contentVersion' must be four numbers such as \"1.0.0.0\".");
}

/**
 * The shape of viewDefinition.json: `$schema`, `contentVersion` and a `views` array whose
 * items have a known kind (Overview, Metrics, CustomResources, Associations) with their
 * required properties, commands, columns, charts and metrics.
 */
export const viewShapeRule: Rule = {
  id: 'view/shape',
  armTtk: null,
  severity: 'error',
  description: 'Give viewDefinition.json its $schema, contentVersion and a views array whose views have a known kind and their required properties.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/concepts-view-definition',
  check(context: RuleContext) {
    const document: JsonDocument | undefined = context.viewDefinition;
    const root = document?.root;
    if (!document || !root) return;
    const report: Report = (at, message) => context.report(document, at, message);
    if (root.type !== 'object') {
      report(root, 'viewDefinition.json must be a JSON object with a views array.');
      return;
    }
    checkRoot(report, root);
    const views = prop(root, 'views');
    if (!views) {
      report(root, "viewDefinition.json has no 'views'; add an array of views.");
      return;
    }
    if (views.type !== 'array') {
      report(views, "'views' must be an array of views.");
      return;
    }
    checkItems(report, elements(views), 'views', (view, path) => checkView(report, view, path));
  },
};
