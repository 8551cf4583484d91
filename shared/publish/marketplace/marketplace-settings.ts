import type { SettingsOf } from '../../commands/definition.js';
import type { publishMarketplaceCommand } from '../../commands/publish-marketplace.js';
import { UsageError } from '../../commands/usage-error.js';
import { isGuid } from '../../guid.js';
import { describeInput } from '../../host/describe-input.js';
import type { Host } from '../../host/host.js';
import type { AzurePolicy, RoleAuthorization } from '../../azure/partner-center/ingestion-types.js';
import { parseJson } from '../../json/parse-json.js';

export type PublishMarketplaceSettings = SettingsOf<typeof publishMarketplaceCommand>;

/** The plan settings the inputs give; undefined means "keep the plan's value". */
export interface PlanChanges {
  readonly managingTenantId?: string;
  readonly authorizations?: RoleAuthorization[];
  readonly allowJitAccess?: boolean;
  /** `[]` turns customer actions off. */
  readonly customerActions?: string[];
  readonly deploymentMode?: string;
  readonly policies?: AzurePolicy[];
}

export interface Timing {
  readonly pollMs: number;
  readonly deadlineMs: number;
}


function positiveNumber(host: Host, name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${describeInput(host, name)} must be a positive number; got '${raw}'.`);
  return value;
}

export function timingOf(host: Host, settings: PublishMarketplaceSettings): Timing {
  return {
    pollMs: positiveNumber(host, 'poll-seconds', settings['poll-seconds']) * 1000,
    deadlineMs: positiveNumber(host, 'wait-minutes', settings['wait-minutes']) * 60_000,
  };
}

/** A plan version, `1.2.3` (Partner Center takes three parts); a leading v and a trailing .0 are dropped. */
export function toPlanVersion(given: string): string | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:\.0+)?$/i.exec(given.trim());
  return match ? [match[1], match[2], match[3]].map((part) => String(Number(part))).join('.') : undefined;
}

function parseAuthorizations(host: Host, items: string[]): RoleAuthorization[] {
  return items.map((item) => {
    const [principal, role, extra] = item.split(':').map((part) => part.trim());
    if (!principal || !role || extra !== undefined || !isGuid(principal)) {
      throw new UsageError(`${describeInput(host, 'authorizations')}: '${item}' is not principalId:roleDefinitionId (a principal object id GUID, a colon, a role definition id).`);
    }
    return { principalID: principal, roleDefinitionID: role };
  });
}

function parsePolicies(host: Host, raw: string): AzurePolicy[] {
  let parsed: unknown;
  try {
    parsed = parseJson(raw);
  } catch {
    throw new UsageError(`${describeInput(host, 'policies')} is not JSON: give an array like [{"policyName": "...", "policyDefinitionID": "...", "policySku": "Standard"}].`);
  }
  const fields = ['policyName', 'policyDefinitionID', 'policyParameters', 'policySku'];
  const valid = Array.isArray(parsed) && parsed.every((p) => typeof p === 'object' && p !== null && Object.entries(p).every(([k, v]) => fields.includes(k) && typeof v === 'string'));
  if (!valid) throw new UsageError(`${describeInput(host, 'policies')} must be a JSON array of objects with string fields ${fields.join(', ')}.`);
  return parsed as AzurePolicy[];
}

/** Reads the plan settings; every bad value is a usage error naming its input. */
export function planChangesOf(host: Host, settings: PublishMarketplaceSettings): PlanChanges {
  const tenant = settings['managing-tenant-id'];
  if (tenant !== undefined && !isGuid(tenant)) throw new UsageError(`${describeInput(host, 'managing-tenant-id')} must be a tenant id (GUID); got '${tenant}'.`);
  const actions = settings['customer-actions'];
  const off = actions.length === 1 && actions[0]!.toLowerCase() === 'none';
  return {
    managingTenantId: tenant,
    authorizations: settings.authorizations.length > 0 ? parseAuthorizations(host, settings.authorizations) : undefined,
    allowJitAccess: settings['jit-access'] === undefined ? undefined : settings['jit-access'] === 'true',
    customerActions: off ? [] : actions.length > 0 ? actions : undefined,
    deploymentMode: settings['deployment-mode'],
    policies: settings.policies === undefined ? undefined : parsePolicies(host, settings.policies),
  };
}
