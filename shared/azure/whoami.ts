import type { SettingsOf } from '../commands/definition.js';
import { setOutputs } from '../commands/run-command.js';
import { UsageError } from '../commands/usage-error.js';
import { whoamiCommand } from '../commands/whoami.js';
import { describeInput } from '../host/describe-input.js';
import type { CommandResult, Host } from '../host/host.js';
import { ArmError, armGet, armPipeline } from './arm-get.js';
import { connectToAzure, type AzureConnection } from './connect.js';
import { describeIdentity } from './identity-settings.js';
import { tokenClaims, type TokenClaims } from './token-claims.js';

export type WhoamiSettings = SettingsOf<typeof whoamiCommand>;

const SUBSCRIPTIONS_API = '2022-12-01';

interface Subscription {
  readonly subscriptionId: string;
  readonly displayName?: string;
  readonly state?: string;
  readonly tenantId?: string;
}

function asSubscription(value: unknown): Subscription | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.subscriptionId !== 'string') return undefined;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  return { subscriptionId: record.subscriptionId, displayName: text('displayName'), state: text('state'), tenantId: text('tenantId') };
}

/** ARM refusals the user can fix (wrong subscription, missing role) become usage errors naming the input. */
function explainArmError(error: unknown, connection: AzureConnection, subscriptionId: string | undefined, describe: string): unknown {
  if (!(error instanceof ArmError)) return error;
  const who = describeIdentity(connection.identity);
  if (error.status === 404 || error.code === 'SubscriptionNotFound' || error.code === 'InvalidSubscriptionId') {
    return new UsageError(`Subscription '${subscriptionId}' was not found in ${connection.cloud.name} (${error.message}): check ${describe}.`);
  }
  if (error.status === 403) {
    return new UsageError(`${who} may not read subscription '${subscriptionId}' (${error.message}): give it at least the Reader role there, or check ${describe}.`);
  }
  if (error.status === 401) {
    return new UsageError(`Azure Resource Manager refused the token of ${who} (${error.message}): check that the tenant owns the subscription and ${connection.cloud.name} is the right cloud.`);
  }
  return error;
}

async function readSubscription(connection: AzureConnection, host: Host): Promise<Subscription> {
  const pipeline = armPipeline(connection);
  const describe = describeInput(host, 'subscription-id');
  const id = connection.subscriptionId;
  try {
    if (id) {
      const found = asSubscription(await armGet(connection, pipeline, `/subscriptions/${encodeURIComponent(id)}`, SUBSCRIPTIONS_API));
      if (!found) throw new ArmError(200, 'UnexpectedReply', `GET /subscriptions/${id} did not return a subscription`);
      return found;
    }
    const list = (await armGet(connection, pipeline, '/subscriptions', SUBSCRIPTIONS_API)) as { value?: unknown[] } | null;
    const subscriptions = (list?.value ?? []).map(asSubscription).filter((s): s is Subscription => s !== undefined);
    if (subscriptions.length === 1) return subscriptions[0]!;
    if (subscriptions.length === 0) throw new UsageError(`${describeIdentity(connection.identity)} can see no subscription: give it a role on one, or set ${describe}.`);
    const names = subscriptions.map((s) => `${s.displayName ?? '?'} (${s.subscriptionId})`).join(', ');
    throw new UsageError(`${describeIdentity(connection.identity)} can see ${subscriptions.length} subscriptions: set ${describe} to one of ${names}.`);
  } catch (error) {
    throw explainArmError(error, connection, id, describe);
  }
}

function summaryTable(rows: [string, string][]): string {
  return ['### mapp whoami', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), ''].join('\n');
}

/**
 * Signs in the way every Azure command will, reads the subscription from ARM and reports who,
 * where and which subscription. The access token itself is never printed.
 */
export async function whoami(host: Host, settings: WhoamiSettings): Promise<CommandResult> {
  const connection = connectToAzure(host, settings);
  // Same options as the ARM pipeline's bearer policy, so its request reuses this token from the cache.
  const token = await connection.credential.getToken(connection.cloud.armScope, { enableCae: true });
  if (!token) throw new UsageError(`${describeIdentity(connection.identity)} returned no token: ${connection.identity.fix}.`);
  const claims: TokenClaims = tokenClaims(token.token);
  const subscription = await readSubscription(connection, host);

  const principal = claims.appId ?? claims.userName ?? claims.objectId ?? 'unknown';
  const rows: [string, string][] = [
    ['Identity', describeIdentity(connection.identity)],
    ['Principal', `${principal}${claims.objectId && claims.objectId !== principal ? ` (object ${claims.objectId})` : ''}`],
    ['Tenant', claims.tenantId ?? subscription.tenantId ?? 'unknown'],
    ['Cloud', `${connection.cloud.name} (ARM ${connection.cloud.armEndpoint}, authority ${connection.cloud.authorityHost})`],
    ['Subscription', `${subscription.displayName ?? '(no name)'} (${subscription.subscriptionId})${subscription.state ? `, ${subscription.state}` : ''}`],
  ];
  for (const [key, value] of rows) host.log.info(`${key}: ${value}`);
  host.summary.append(summaryTable(rows));
  setOutputs(host, whoamiCommand, {
    'identity-mode': connection.identity.mode,
    'tenant-id': claims.tenantId ?? subscription.tenantId,
    'client-id': claims.appId,
    'subscription-id': subscription.subscriptionId,
    'subscription-name': subscription.displayName,
  });
  return { exitCode: 0 };
}
