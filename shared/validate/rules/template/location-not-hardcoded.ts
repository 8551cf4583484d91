import type { Node } from 'jsonc-parser';
import { parameterType } from '../../arm/secure-parameters.js';
import { allScopedResources, describeResource } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import type { JsonDocument } from '../../json-document.js';
import { isArmExpression, prop, stringOf, valueOf } from '../../json-nav.js';
import type { Rule, RuleContext } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/** Defaults the main template's location parameter may have. */
const ALLOWED_DEFAULTS = ['[resourcegroup().location]', '[deployment().location]', 'global'];

/** Uses of the deployment's own location, as arm-ttk finds them in the template text. */
const LOCATION_FUNCTION = /(?:resourceGroup|deployment)\(\).location/gi;

function checkLocationParameter(context: RuleContext, document: JsonDocument, isMain: boolean): void {
  const location = prop(prop(document.root, 'parameters'), 'location');
  if (location?.type !== 'object') return;
  if (parameterType(location) !== 'string') {
    context.report(document, prop(location, 'type') ?? location, "Parameter 'location' must be of type 'string'.");
  }
  const defaultValue = prop(location, 'defaultValue');
  const value = valueOf(defaultValue);
  if (isMain) {
    if (!defaultValue || value === '' || value === null || value === false || value === 0) return;
    const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
    if (text === undefined || !ALLOWED_DEFAULTS.includes(text)) {
      context.report(document, defaultValue, "The default of parameter 'location' names a fixed region; use [resourceGroup().location] (or [deployment().location], or 'global').");
    }
  } else if (defaultValue && value !== null && !(typeof value === 'string' && new RegExp(LOCATION_FUNCTION.source, 'i').test(value))) {
    context.report(document, defaultValue, "Parameter 'location' of a nested template must not have a default value; pass the location from the main template.");
  }
}

/** Offsets of the text spans where resourceGroup().location is fine: the parameters section and nested deployments. */
function allowedSpans(document: JsonDocument): [number, number][] {
  const spans: [number, number][] = [];
  const parameters = prop(document.root, 'parameters')?.parent;
  if (parameters) spans.push([parameters.offset, parameters.offset + parameters.length]);
  for (const resource of allScopedResources(document.root)) {
    if (stringOf(prop(resource.node, 'type'))?.toLowerCase() === 'microsoft.resources/deployments') {
      spans.push([resource.node.offset, resource.node.offset + resource.node.length]);
    }
  }
  return spans;
}

function checkLocationFunctions(context: RuleContext, document: JsonDocument): void {
  const spans = allowedSpans(document);
  for (const match of document.text.matchAll(LOCATION_FUNCTION)) {
    if (spans.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const { line, column } = document.positionAt(match.index);
    context.reportAt(
      document.file,
      line,
      column,
      `${match[0]} is used outside the parameters; declare a 'location' parameter defaulting to [resourceGroup().location] and use [parameters('location')] instead.`,
    );
  }
}

function checkResourceLocations(context: RuleContext, document: JsonDocument): void {
  for (const resource of allScopedResources(document.root)) {
    const location: Node | undefined = prop(resource.node, 'location');
    if (!location) continue;
    const value = location.type === 'string' ? (location.value as string) : undefined;
    if (value !== undefined && (value.toLowerCase() === 'global' || isArmExpression(value.trim()))) continue;
    context.report(
      document,
      location,
      `The location of ${describeResource(resource)} is ${value === undefined ? 'not a string' : `the fixed region '${value}'`}; use [parameters('location')] (or 'global').`,
    );
  }
}

/** Resources are deployed to the location the user picks, never to a region written in the template. */
export const locationNotHardcodedRule: Rule = {
  id: 'template/location-not-hardcoded',
  armTtk: 'Location-Should-Not-Be-Hardcoded',
  severity: 'error',
  description:
    "Declare a string 'location' parameter defaulting to [resourceGroup().location], use [parameters('location')] for every resource, and don't use resourceGroup().location elsewhere.",
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      checkLocationParameter(context, document, document === context.template);
      checkLocationFunctions(context, document);
      checkResourceLocations(context, document);
    }
  },
};
