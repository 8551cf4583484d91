import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { GUID_PATTERN, isGuid } from '../guid.js';
import { templateResources } from '../validate/arm/template-model.js';
import { JsonDocument, type JsonNode } from '../validate/json-document.js';
import { prop, stringOf } from '../validate/json-nav.js';

const TRACKING_NAME = new RegExp(`^pid-(${GUID_PATTERN})-partnercenter$`, 'i');
const DEPLOYMENTS = 'microsoft.resources/deployments';
/** The newest Microsoft.Resources/deployments API version mapp knows (see arm/api-versions.ts). */
const DEPLOYMENTS_API_VERSION = '2024-03-01';

/** The template, changed or not, and what changed. */
export interface StampResult {
  /** The new text, or undefined when nothing changed (the file is packed byte for byte). */
  readonly text?: string;
  /** contentVersion in the package. */
  readonly contentVersion?: string;
  readonly trackingAdded: boolean;
  /** Problems that stop the build, with the node they are about. */
  readonly problems: { readonly message: string; readonly node?: JsonNode }[];
}

/** Normalises a tracking id given as a GUID or as `pid-<GUID>-partnercenter`; undefined when it is neither. */
export function parseTrackingId(given: string): string | undefined {
  const trimmed = given.trim();
  const named = TRACKING_NAME.exec(trimmed);
  if (named) return named[1]!.toLowerCase();
  return isGuid(trimmed) ? trimmed.toLowerCase() : undefined;
}

/**
 * Writes `contentVersion` and makes sure the Marketplace tracking resource is there and well
 * formed. Edits are made in the text, so the rest of the file keeps its formatting.
 */
export function stampTemplate(document: JsonDocument, options: { contentVersion?: string; trackingId?: string }): StampResult {
  const root = document.root;
  if (!root || root.type !== 'object' || document.errors.length > 0) {
    return { trackingAdded: false, problems: [{ message: 'The template is not valid JSON, so it cannot be stamped; fix the syntax errors validation reports.' }] };
  }
  const problems: StampResult['problems'] = [];
  const formatting = detectFormatting(document.text);
  let text = document.text;

  const versionNode = prop(root, 'contentVersion');
  let contentVersion = stringOf(versionNode);
  if (options.contentVersion && options.contentVersion !== contentVersion) {
    const key = versionNode?.parent?.children?.[0]?.value as string | undefined;
    text = applyEdits(text, modify(text, [key ?? 'contentVersion'], options.contentVersion, { formattingOptions: formatting }));
    contentVersion = options.contentVersion;
  }

  const tracking = templateResources(root).filter((r) => r.parents.length === 0 && r.type.toLowerCase() === DEPLOYMENTS);
  const existing: { node: JsonNode; guid: string }[] = [];
  for (const resource of tracking) {
    const nameNode = prop(resource.node, 'name');
    const name = stringOf(nameNode);
    if (!name || !name.toLowerCase().startsWith('pid-')) continue;
    const match = TRACKING_NAME.exec(name);
    if (match) existing.push({ node: nameNode!, guid: match[1]!.toLowerCase() });
    else {
      problems.push({
        node: nameNode,
        message: `The tracking deployment '${name}' is malformed; Partner Center accepts only 'pid-<GUID>-partnercenter' with the GUID of the offer's customer usage attribution.`,
      });
    }
  }

  let trackingAdded = false;
  if (options.trackingId) {
    const other = existing.find((e) => e.guid !== options.trackingId);
    if (existing.some((e) => e.guid === options.trackingId)) {
      // Already there.
    } else if (other) {
      problems.push({
        node: other.node,
        message: `The template already has the tracking deployment 'pid-${other.guid}-partnercenter', but tracking-id is ${options.trackingId}; remove one of them so the offer has a single tracking GUID.`,
      });
    } else {
      text = addTrackingResource(text, root, options.trackingId, formatting);
      trackingAdded = true;
    }
  }
  return { text: text === document.text ? undefined : text, contentVersion, trackingAdded, problems };
}

function addTrackingResource(text: string, root: JsonNode, guid: string, formatting: FormattingOptions): string {
  const resource = {
    type: 'Microsoft.Resources/deployments',
    apiVersion: DEPLOYMENTS_API_VERSION,
    name: `pid-${guid}-partnercenter`,
    properties: {
      mode: 'Incremental',
      template: {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [],
      },
    },
  };
  const resourcesNode = prop(root, 'resources');
  const key = (resourcesNode?.parent?.children?.[0]?.value as string | undefined) ?? 'resources';
  // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
  const path = resourcesNode?.type === 'object' ? [key, `partnerCenterTracking${guid.slice(0, 8)}`] : resourcesNode?.type === 'array' ? [key, -1] : [key];
  const value = resourcesNode?.type === 'object' || resourcesNode?.type === 'array' ? resource : [resource];
  return applyEdits(text, modify(text, path, value, { formattingOptions: formatting, isArrayInsertion: resourcesNode?.type === 'array' }));
}

/** Indentation and line ending of the file, so inserted lines look like their neighbours. */
function detectFormatting(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** A contentVersion from a version or tag (`v1.2.3`, `1.2.3`, `1.2.3.4`), or undefined when it is not one. */
export function toContentVersion(given: string): string | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?$/i.exec(given.trim());
  if (!match) return undefined;
  return [match[1], match[2], match[3], match[4] ?? '0'].map((part) => String(Number(part))).join('.');
}

/** The version of a tag ref (`refs/tags/v1.2.3`), or undefined for a branch or another tag. */
export function versionFromRef(ref: string | undefined): string | undefined {
  const tag = tagOfRef(ref);
  return tag === undefined ? undefined : toContentVersion(tag);
}

/** The tag name of a `refs/tags/...` ref. */
export function tagOfRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
