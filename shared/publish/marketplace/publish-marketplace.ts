import { connectToAzure } from '../../azure/connect.js';
import { PartnerCenterClient } from '../../azure/partner-center/ingestion-client.js';
import { PartnerCenterError } from '../../azure/partner-center/ingestion-error.js';
import type { Submission } from '../../azure/partner-center/ingestion-types.js';
import { versionFromRef } from '../../bundle/stamp-template.js';
import { publishMarketplaceCommand } from '../../commands/publish-marketplace.js';
import { setOutputs } from '../../commands/run-command.js';
import { UsageError } from '../../commands/usage-error.js';
import type { CommandResult, Host } from '../../host/host.js';
import { describeInput } from '../../host/describe-input.js';
import { planChangesOf, timingOf, toPlanVersion, type PublishMarketplaceSettings, type Timing } from './marketplace-settings.js';
import { draftInstance, findOffer, findPlan } from './offer-lookup.js';
import { adviceFor, PackageProcessingFailed, uploadPackage } from './package-upload.js';
import { preparePackage, type PackageToUpload } from './package-source.js';
import { mergePlanConfiguration, planVersions } from './plan-configuration.js';
import { chooseSubmission, previewRequest, reportSubmission, stageOf, stateText, waitForSubmission } from './submission-flow.js';

interface Run {
  readonly host: Host;
  readonly settings: PublishMarketplaceSettings;
  readonly client: PartnerCenterClient;
  readonly productId: string;
  readonly timing: Timing;
}

/**
 * Publishes a managed application to an Azure Marketplace offer through the Partner Center
 * ingestion API (mode publish), promotes a ready submission (promote), or reports one (status).
 */
export async function publishMarketplace(host: Host, settings: PublishMarketplaceSettings): Promise<CommandResult> {
  const timing = timingOf(host, settings);
  if (settings.mode === 'publish') checkPublishInputs(host, settings);
  const changes = settings.mode === 'publish' ? planChangesOf(host, settings) : undefined;
  const prepared = settings.mode === 'publish' ? await preparePackage(host, settings, settings.version) : undefined;
  if (prepared && 'exitCode' in prepared) return prepared;

  const connection = connectToAzure(host, settings);
  const client = new PartnerCenterClient(connection.credential, connection.cloud);
  try {
    const product = await findOffer(client, settings['offer-id'], describeInput(host, 'offer-id'));
    setOutputs(host, publishMarketplaceCommand, { 'product-id': product.id });
    const run: Run = { host, settings, client, productId: product.id, timing };
    if (settings.mode === 'status') return await status(run);
    if (settings.mode === 'promote') return await promote(run, await chooseSubmission(client, product.id, settings['submission-id']));
    return await publish(run, prepared!, changes!);
  } catch (error) {
    return explainFailure(host, error);
  }
}

function checkPublishInputs(host: Host, settings: PublishMarketplaceSettings): void {
  if (!settings['plan-id']) throw new UsageError(`Missing ${describeInput(host, 'plan-id')}: the plan id of the managed application plan to publish to.`);
  if (settings.submit === 'live' && !settings.wait) {
    throw new UsageError(`${describeInput(host, 'submit')} live needs ${describeInput(host, 'wait')} true: certification must finish before a submission can go live. Or submit preview now and run mode promote later.`);
  }
  if (settings.version !== undefined && !toPlanVersion(settings.version)) {
    throw new UsageError(`${describeInput(host, 'version')} must look like 1.2.3 (a leading v is allowed); got '${settings.version}'.`);
  }
}

/** The plan version: the input, else the tag being built, else the package's contentVersion. */
function planVersion(host: Host, settings: PublishMarketplaceSettings, pkg: PackageToUpload): string {
  const candidates: [string | undefined, string][] = [
    [settings.version, describeInput(host, 'version')],
    [versionFromRef(host.context?.gitRef), `the tag ${host.context?.gitRef ?? ''}`],
    [pkg.contentVersion, `the contentVersion of ${pkg.display}`],
  ];
  for (const [given, source] of candidates) {
    if (given === undefined) continue;
    const version = toPlanVersion(given);
    if (!version) throw new UsageError(`The plan version from ${source} is '${given}'; Partner Center takes <major>.<minor>.<patch>: set ${describeInput(host, 'version')}.`);
    host.log.info(`Plan version ${version}, from ${source}.`);
    return version;
  }
  throw new UsageError(`No plan version: set ${describeInput(host, 'version')}, build from a v1.2.3 tag, or give the template a contentVersion.`);
}

async function publish(run: Run, pkg: PackageToUpload, changes: ReturnType<typeof planChangesOf>): Promise<CommandResult> {
  const { host, settings, client, productId } = run;
  const planId = settings['plan-id']!;
  const plan = await findPlan(client, productId, settings['offer-id'], planId, describeInput(host, 'plan-id'));
  const version = planVersion(host, settings, pkg);
  const instance = await draftInstance(client, productId, 'Package', plan.id);
  const [draft] = await client.packageConfigurations(productId, instance);
  if (!draft?.id) throw new Error(`Plan '${planId}' has no technical configuration in its draft; open the plan in Partner Center once to create it.`);
  const taken = (await planVersions(client, productId, plan.id, draft)).find((use) => use.version === version);
  if (taken) {
    return { exitCode: 1, message: `Plan '${planId}' already has version ${version} (in ${taken.where}); nothing was uploaded. Publish a higher version: set ${describeInput(host, 'version')} or tag a new release.` };
  }
  const etag = draft['@odata.etag'];
  if (!etag) throw new Error(`The technical configuration of plan '${planId}' came without an @odata.etag, so it cannot be updated safely.`);

  const uploaded = await uploadPackage(host, client, productId, pkg.bytes, pkg.fileName, run.timing);
  setOutputs(host, publishMarketplaceCommand, { 'package-id': uploaded.id, sha256: pkg.sha256, version });
  host.log.info(`Package ${uploaded.id} processed.`);

  const next = mergePlanConfiguration(draft, changes, uploaded.id, version);
  await client.putPackageConfiguration(productId, next, etag);
  host.log.info(`Plan '${planId}': version ${version}, package ${uploaded.id}.`);
  host.summary.append(['### mapp publish-marketplace', '', `Offer \`${settings['offer-id']}\`, plan \`${planId}\`: version ${version}, package ${uploaded.id} (${pkg.display}, sha256 ${pkg.sha256}).`, ''].join('\n'));
  if (settings.submit === 'none') {
    host.log.info('submit is none: the plan is updated as a draft; nothing was submitted.');
    return { exitCode: 0 };
  }
  const created = await client.createSubmission(productId, await previewRequest(client, productId));
  host.log.info(`Created preview submission ${created.id}.`);
  return followSubmission(run, created, settings.submit === 'live');
}

/** Records the submission, waits when asked, and promotes it when going live. */
async function followSubmission(run: Run, submission: Submission, goLive: boolean): Promise<CommandResult> {
  const { host, settings, client, productId, timing } = run;
  record(host, submission);
  if (!settings.wait) {
    host.log.info(`Submission ${submission.id} is ${stateText(submission)}. Certification can take days: check it with mode status (submission-id ${submission.id}).`);
    return { exitCode: 0 };
  }
  const ready = await waitForSubmission(client, productId, submission, 'ready', timing);
  record(host, ready.last);
  const failed = await failedResult(run, ready.last);
  if (failed) return failed;
  if (!ready.done) return timedOut(ready.last, timing);
  if (!goLive || stageOf(ready.last) === 'live') {
    host.log.info(`Submission ${submission.id} is ${stateText(ready.last)}${goLive ? '' : ': preview is ready; promote it with mode promote or submit live'}.`);
    return { exitCode: 0 };
  }
  return promote(run, ready.last);
}

async function promote(run: Run, submission: Submission | undefined): Promise<CommandResult> {
  const { host, client, productId, timing } = run;
  if (!submission?.id) return { exitCode: 1, message: `Offer '${run.settings['offer-id']}' has no submission to promote; publish to preview first.` };
  let current = submission;
  if (stageOf(current) === 'in-progress' && run.settings.wait) current = (await waitForSubmission(client, productId, current, 'ready', timing)).last;
  record(host, current);
  const failed = await failedResult(run, current);
  if (failed) return failed;
  if (stageOf(current) === 'live') return { exitCode: 0 };
  if (stageOf(current) !== 'ready') {
    return { exitCode: 1, message: `Submission ${current.id} is ${stateText(current)}, not ReadyToPublish, so it cannot go live yet: wait for certification (mode status shows it), or promote with wait true.` };
  }
  await client.promoteSubmission(productId, current.id!);
  host.log.info(`Promoted submission ${current.id} to live.`);
  if (!run.settings.wait) return { exitCode: 0 };
  const live = await waitForSubmission(client, productId, current, 'live', timing);
  record(host, live.last);
  if (!live.done) return timedOut(live.last, timing);
  host.log.info(`Submission ${current.id} is live: ${stateText(live.last)}.`);
  return (await failedResult(run, live.last)) ?? { exitCode: 0 };
}

async function status(run: Run): Promise<CommandResult> {
  const submission = await chooseSubmission(run.client, run.productId, run.settings['submission-id']);
  if (!submission) {
    run.host.log.info(`Offer '${run.settings['offer-id']}' has no submission yet.`);
    return { exitCode: 0 };
  }
  record(run.host, submission);
  const lines = await reportSubmission(run.host, run.client, run.productId, submission);
  run.host.summary.append([`### mapp publish-marketplace status`, '', `Submission ${submission.id}: ${stateText(submission)}`, ...lines.map((l) => `- ${l}`), ''].join('\n'));
  return { exitCode: 0 };
}

function record(host: Host, submission: Submission): void {
  setOutputs(host, publishMarketplaceCommand, { 'submission-id': submission.id, 'submission-state': stateText(submission) });
}

async function failedResult(run: Run, submission: Submission): Promise<CommandResult | undefined> {
  if (stageOf(submission) !== 'failed') return undefined;
  const lines = await reportSubmission(run.host, run.client, run.productId, submission);
  return { exitCode: 1, message: `Submission ${submission.id} is ${stateText(submission)}: ${lines.join('; ') || 'no validations reported'}. Fix what certification reports and publish a new version.` };
}

function timedOut(submission: Submission, timing: Timing): CommandResult {
  return { exitCode: 1, message: `Submission ${submission.id} was still ${stateText(submission)} after ${timing.deadlineMs / 60_000} minutes; it goes on in Partner Center: check it later with mode status, or raise wait-minutes.` };
}

/** Partner Center refusals become one line naming the API's code and what to do. */
function explainFailure(host: Host, error: unknown): CommandResult {
  if (error instanceof PackageProcessingFailed) {
    for (const reason of error.reasons) host.annotations.annotate({ severity: 'error', title: 'Partner Center package processing', message: `${reason.errorCode}: ${reason.message}` });
    return { exitCode: 1, message: `${sentence(error.message)} ${adviceFor(error.reasons)}` };
  }
  if (error instanceof Error && error.name === 'RestError' && !(error instanceof PartnerCenterError)) {
    // From @azure/storage-blob: the SAS upload itself.
    return { exitCode: 1, message: `Uploading the package to the SAS URI that Partner Center gave failed: ${sentence(error.message.split('\n')[0] ?? '')} Run again; a new package and URI are created each time.` };
  }
  if (!(error instanceof PartnerCenterError)) throw error;
  if (error.operation === 'Update plan technical configuration' && error.isEtagConflict) {
    return { exitCode: 1, message: `The plan's technical configuration changed in Partner Center while mapp was updating it (${error.code}: ${error.detail.replace(/\.$/, '')}); nothing was overwritten. Check the change in Partner Center, then run again. The uploaded package stays unreferenced.` };
  }
  if (error.status === 401 || error.status === 403) {
    return { exitCode: 1, message: `${sentence(error.message)} Add the app registration to the Partner Center account (Account settings > User management > Microsoft Entra applications) with the Manager or Developer role.` };
  }
  if (error.status === 429 || error.status >= 500) return { exitCode: 1, message: `${sentence(error.message)} Partner Center is busy or failing even after retries; run again later.` };
  return { exitCode: 1, message: sentence(error.message) };
}

/** Ends a message with exactly one full stop. */
function sentence(text: string): string {
  return `${text.trim().replace(/\.+$/, '')}.`;
}
