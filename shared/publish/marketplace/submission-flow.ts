import type { PartnerCenterClient } from '../../azure/partner-center/ingestion-client.js';
import type { BranchModule, Submission, SubmissionCreationRequest, TypeValuePair, VariantResource } from '../../azure/partner-center/ingestion-types.js';
import type { Host } from '../../host/host.js';
import { describeItem } from './package-upload.js';
import type { Timing } from './marketplace-settings.js';
import { pollUntil } from './poll.js';

const OFFER_MODULES: readonly BranchModule[] = ['Availability', 'Property', 'Listing'];
const PLAN_MODULES: readonly BranchModule[] = ['Package', 'Listing', 'Availability'];

export type SubmissionStage = 'failed' | 'ready' | 'live' | 'in-progress';

export function stageOf(submission: Submission): SubmissionStage {
  if (submission.substate === 'Failed' || submission.substate === 'FailedInCertification') return 'failed';
  if (submission.state === 'Published') return 'live';
  if (submission.substate === 'ReadyToPublish') return 'ready';
  return 'in-progress';
}

export const stateText = (s: Submission): string => `${s.state ?? 'Unknown'}/${s.substate ?? 'Unknown'}`;

/**
 * A preview submission of every current draft: the offer's availability, properties and listing,
 * and each plan's package, listing and availability (Partner Center publishes the offer as a whole).
 */
export async function previewRequest(client: PartnerCenterClient, productId: string): Promise<SubmissionCreationRequest> {
  const branches = new Map<BranchModule, Awaited<ReturnType<PartnerCenterClient['branches']>>>();
  for (const module of new Set([...OFFER_MODULES, ...PLAN_MODULES])) branches.set(module, await client.branches(productId, module));
  const resources: TypeValuePair[] = [];
  for (const module of OFFER_MODULES) {
    const draft = branches.get(module)!.find((b) => !b.variantID)?.currentDraftInstanceID;
    if (draft) resources.push({ type: module, value: draft });
  }
  const variantResources: VariantResource[] = [];
  for (const variant of await client.variants(productId)) {
    const own: TypeValuePair[] = [];
    for (const module of PLAN_MODULES) {
      const draft = branches.get(module)!.find((b) => b.variantID === variant.id)?.currentDraftInstanceID;
      if (draft) own.push({ type: module, value: draft });
    }
    if (variant.id && own.length > 0) variantResources.push({ variantID: variant.id, resources: own });
  }
  return { resourceType: 'SubmissionCreationRequest', targets: [{ type: 'Scope', value: 'preview' }], resources, variantResources };
}

/** Waits until the submission reaches `goal` or fails; `done` is false when the deadline passed first. */
export function waitForSubmission(client: PartnerCenterClient, productId: string, submission: Submission, goal: 'ready' | 'live', timing: Timing) {
  return pollUntil(
    () => client.getSubmission(productId, submission.id!),
    (s) => stageOf(s) === 'failed' || stageOf(s) === goal || (goal === 'ready' && stageOf(s) === 'live'),
    timing,
    submission,
  );
}

/** Logs a submission's state, and for a failed one its validations and certification reports. */
export async function reportSubmission(host: Host, client: PartnerCenterClient, productId: string, submission: Submission): Promise<string[]> {
  host.log.info(`Submission ${submission.id}: ${stateText(submission)}.`);
  const lines: string[] = [];
  if (stageOf(submission) !== 'failed') return lines;
  for (const item of await client.validations(productId, submission.id!)) lines.push(`validation ${describeItem(item)}`);
  for (const report of await client.reports(productId, submission.id!)) lines.push(`certification report ${report.status ?? 'Unknown'}${report.fileUri ? `: ${report.fileUri}` : ''}`);
  for (const line of lines) host.log.info(`  ${line}`);
  return lines;
}

/** The submission the status and promote modes act on: the one named, else the newest. */
export async function chooseSubmission(client: PartnerCenterClient, productId: string, submissionId: string | undefined): Promise<Submission | undefined> {
  if (submissionId) return client.getSubmission(productId, submissionId);
  const all = await client.submissions(productId);
  return all.sort((a, b) => (b.releaseNumber ?? Number(b.id) ?? 0) - (a.releaseNumber ?? Number(a.id) ?? 0))[0];
}
