import type { Node } from 'jsonc-parser';
import { bareReference } from '../../arm/expression-references.js';
import { allScopedResources, describeResource, variableNode, walkResourceBody, type ScopedResource } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/**
 * Property names ending in "id" that are not resource ids (tenant, object and client ids, SKU and
 * size ids, ids of other services...). A property is exempt when its name ends with one of these.
 */
const NOT_RESOURCE_IDS = [
  'appId', 'clientId', 'DataTypeId', 'defaultMenuItemId', 'keyVaultSecretId', 'keyVaultId', 'keyId', 'objectId', 'menuId',
  'nodeAgentSkuId', 'policyDefinitionReferenceId', 'servicePrincipalClientId', 'StartingDeviceID', 'subscriptionId',
  'SyntheticMonitorId', 'targetProtectionContainerId', 'targetWorkerSizeId', 'tenantId', 'timezoneId', 'vlanId', 'workerSizeId',
  'metricId', 'requestedServiceObjectiveId', 'groupId', 'sid', 'ruleId', 'deploymentSpecId', 'contentId', 'connectorId',
  'parentId', 'IllusiveIncidentId', 'UniqueFindingId', 'schemaId', 'detection_id', 'open_id', 'TeamsChannelID',
  'SAPAuditLogMessageID', 'roleDefinitionId', 'principalId', 'XDRCustomerID', 'userAssignedIdentityResourceId', 'channelId',
  'extendedAceItemObjectId', 'ApplicationId', 'policyDefinitionGuid', 'IndicatorId', 'contentProductId',
  'aws_iam_functionapp_id', 'dataCollectionEndpointId', 'dataCollectionRuleImmutableId',
].map((n) => n.toLowerCase());

/** The expressions a resource id may be built with (arm-ttk's list), at the start of an expression. */
const ALLOWED = /\[\s*(extensionResourceId|resourceId|subscriptionResourceId|tenantResourceId|if|parameters|reference|variables|subscription|guid)\s*\(/i;

function isExempt(path: readonly (string | number)[], name: string): boolean {
  const lowered = name.toLowerCase();
  if (NOT_RESOURCE_IDS.some((n) => lowered.endsWith(n))) return true;
  const parent = String(path[path.length - 2] ?? '').toLowerCase();
  if (lowered === 'id' && parent === 'detector') return true;
  // Ids in tags and metadata are labels, not references.
  if (parent === 'tags') return true;
  return path.some((step) => typeof step === 'string' && step.toLowerCase() === 'metadata');
}

/** Resource types whose id-named properties are not ARM resource ids (arm-ttk's exceptions). */
function isExemptType(type: string, path: readonly (string | number)[]): boolean {
  const lowered = type.toLowerCase();
  const steps = path.map((s) => String(s).toLowerCase());
  return (
    /^microsoft\.logic\/workflows$/.test(lowered) ||
    /^microsoft\.apimanagement\/service\/backends$/.test(lowered) ||
    /^microsoft\.portal\/dashboards$/.test(lowered) ||
    /^microsoft\.documentdb\/databaseaccounts\/\w*\/collections$/.test(lowered) ||
    (/^microsoft\.documentdb\/databaseaccounts\/sqldatabases/.test(lowered) && steps.includes('resource')) ||
    (/^microsoft\.insights\/webtests/.test(lowered) && steps.some((s) => s.startsWith('locations'))) ||
    (/backends$/.test(lowered) && steps[0] === 'properties') ||
    lowered.includes('config')
  );
}

/** The id string a property holds: itself, or the `value` of a `{ "value": ... }` object. */
function idString(node: Node): Node | undefined {
  if (node.type === 'string') return node;
  const value = node.type === 'object' ? prop(node, 'value') : undefined;
  return value?.type === 'string' ? value : undefined;
}

/** Follows `[variables('x')]` to the variable's string value, as arm-ttk expands variables before checking. */
function expanded(value: string, resource: ScopedResource): string {
  let current = value;
  for (let depth = 0; depth < 10; depth++) {
    const variable = bareReference(current.trim(), 'variables');
    const next = variable === undefined ? undefined : stringOf(variableNode(resource.scope, variable));
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/** Properties that hold a resource id get it from resourceId() and its relatives, not from a literal or concat(). */
export const idsFromResourceIdsRule: Rule = {
  id: 'template/ids-from-resource-ids',
  armTtk: 'IDs-Should-Be-Derived-From-ResourceIDs',
  severity: 'warning',
  description: 'Build resource id properties with resourceId(), subscriptionResourceId(), tenantResourceId() or extensionResourceId() (or take them from a parameter, variable or reference()).',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      // Bicep writes its own ids; arm-ttk skips templates it generated.
      if (stringOf(dig(document.root, 'metadata', '_generator', 'name'))?.toLowerCase() === 'bicep') continue;
      for (const resource of allScopedResources(document.root)) {
        walkResourceBody(resource.node, (node, path) => {
          const name = path[path.length - 1];
          if (typeof name !== 'string' || !/id$/i.test(name)) return;
          if (isExempt(path, name) || isExemptType(resource.type, path)) return;
          const holder = idString(node);
          if (!holder) return;
          const value = holder.value as string;
          if (value.trim() === '') {
            context.report(document, holder, `Property '${name}' of ${describeResource(resource)} is empty; set it with resourceId().`);
          } else if (!ALLOWED.test(expanded(value, resource))) {
            context.report(
              document,
              holder,
              `Property '${name}' of ${describeResource(resource)} should be built with resourceId(), subscriptionResourceId(), tenantResourceId() or extensionResourceId() (or come from a parameter, variable or reference()).`,
            );
          }
        });
      }
    }
  },
};
