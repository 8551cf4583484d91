import { randomUUID } from 'node:crypto';
import type { StandInContext } from '../context.js';
import { json } from '../reply.js';
import type { Route, StandInReply, StandInRequest } from '../router.js';
import { failPc, findProduct, INGESTION, objectBody, page, pcWorld } from './partner-center-common.js';
import { newEtag, type PartnerCenterWorld, type PcProduct, type PcSubmission } from './partner-center-world.js';

interface Pair {
  type?: unknown;
  value?: unknown;
}

const pairs = (value: unknown): Pair[] => (Array.isArray(value) ? (value as Pair[]) : []);

function stored(world: PartnerCenterWorld, request: StandInRequest): PcSubmission {
  const product = findProduct(world, request.params.productID!);
  const found = world.submissions.find((s) => s.productId === product.id && s.resource.id === request.params.submissionID);
  if (!found) failPc(404, 'resourceNotFound', `Submission '${request.params.submissionID}' was not found in product '${product.id}'.`);
  return found;
}

/** Certification and publishing move on as the client polls. */
function advance(world: PartnerCenterWorld, submission: PcSubmission, context: StandInContext): void {
  const substate = submission.resource.substate;
  if (substate !== 'Submitted' && substate !== 'Publishing') return;
  if (submission.pollsLeft-- > 0) return;
  const now = new Date(context.now()).toISOString();
  if (substate === 'Publishing') {
    submission.resource = { ...submission.resource, state: 'Published', substate: 'InStore', publishedTimeInUtc: now };
    return;
  }
  if (world.scenario.certification === 'fail') {
    submission.validations = [{ errorCode: 'certificationFailed', severity: 'Error', message: 'The createUiDefinition.json outputs do not match the mainTemplate.json parameters (certification test).', resource: 'Package' }];
    submission.reports = [{ reportTimeInUtc: now, status: 'Failed', fileUri: `${context.urls.origin}/pcingestion/reports/${String(submission.resource.id)}.pdf` }];
    submission.resource = { ...submission.resource, substate: 'FailedInCertification' };
    return;
  }
  submission.reports = [{ reportTimeInUtc: now, status: 'Passed', fileUri: `${context.urls.origin}/pcingestion/reports/${String(submission.resource.id)}.pdf` }];
  submission.resource = { ...submission.resource, substate: 'ReadyToPublish', areResourcesReady: true };
}

/** The draft a submission takes is frozen; the branch moves on to a fresh draft copied from it. */
function branchNewDraft(world: PartnerCenterWorld, product: PcProduct, instanceId: string): void {
  const branch = product.branches.find((b) => b.currentDraftInstanceId === instanceId);
  if (!branch) return;
  const next = randomUUID();
  const configuration = world.configurations.get(instanceId);
  if (configuration) world.configurations.set(next, { resource: { ...configuration.resource, id: next }, etag: newEtag() });
  else world.instances.add(next);
  branch.currentDraftInstanceId = next;
}

function checkInstances(world: PartnerCenterWorld, product: PcProduct, body: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const known = (id: string) => product.branches.some((b) => b.currentDraftInstanceId === id);
  for (const pair of pairs(body.resources)) ids.push(String(pair.value ?? ''));
  const variants = Array.isArray(body.variantResources) ? (body.variantResources as { variantID?: unknown; resources?: unknown }[]) : [];
  for (const variant of variants) {
    if (!product.variants.some((v) => v.id === variant.variantID)) failPc(400, 'invalidVariant', `Plan (variant) '${String(variant.variantID)}' is not in this product.`);
    for (const pair of pairs(variant.resources)) {
      const id = String(pair.value ?? '');
      ids.push(id);
      const configuration = world.configurations.get(id);
      if (pair.type === 'Package' && configuration && pairs(configuration.resource.packageReferences).length === 0) {
        failPc(400, 'businessValidationError', `The technical configuration of plan '${String(variant.variantID)}' references no package: upload one first.`);
      }
    }
  }
  for (const id of ids) if (!known(id)) failPc(400, 'invalidResource', `Resource instance '${id}' is not a current draft of this product.`);
  return ids;
}

function createSubmission(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  const product = findProduct(world, request.params.productID!);
  const body = objectBody(request);
  if (body.resourceType !== 'SubmissionCreationRequest') failPc(400, 'invalidResourceType', 'resourceType must be SubmissionCreationRequest.');
  const scope = pairs(body.targets).find((t) => t.type === 'Scope')?.value;
  if (typeof scope !== 'string' || scope.toLowerCase() !== 'preview') failPc(400, 'invalidTarget', "targets must hold {type: 'Scope', value: 'preview'}; go live by promoting a submission.");
  const busy = world.submissions.find((s) => s.productId === product.id && (s.resource.substate === 'Submitted' || s.resource.substate === 'Publishing'));
  if (busy) failPc(409, 'submissionInProgress', `Submission ${String(busy.resource.id)} of this offer is still ${String(busy.resource.substate)}; wait for it to finish.`);
  const ids = checkInstances(world, product, body);
  const releases = world.submissions.filter((s) => s.productId === product.id).length;
  const submission: PcSubmission = {
    productId: product.id,
    pollsLeft: world.scenario.certificationPolls,
    validations: [],
    reports: [],
    resource: {
      resourceType: 'Submission', id: String(1000 + world.submissions.length), state: 'InProgress', substate: 'Submitted',
      targets: [{ type: 'Scope', value: 'preview' }], resources: body.resources ?? [], variantResources: body.variantResources ?? [],
      releaseNumber: releases + 1, friendlyName: `Submission ${releases + 1}`, areResourcesReady: false,
    },
  };
  world.submissions.push(submission);
  for (const id of ids) branchNewDraft(world, product, id);
  return json(201, submission.resource);
}

function promote(request: StandInRequest, context: StandInContext): StandInReply {
  const world = pcWorld(request, context);
  const submission = stored(world, request);
  if (submission.resource.substate !== 'ReadyToPublish') {
    failPc(409, 'invalidState', `Submission ${String(submission.resource.id)} is ${String(submission.resource.substate)}; only a ReadyToPublish submission can go live.`);
  }
  submission.resource = { ...submission.resource, substate: 'Publishing', targets: [{ type: 'Scope', value: 'live' }] };
  submission.pollsLeft = world.scenario.publishPolls;
  const now = new Date(context.now()).toISOString();
  return json(200, { type: 'Publish', state: 'InProgress', targetEnvironment: 'live', startDateTimeInUtc: now, workflowSteps: [] });
}

export function submissionRoutes(): Route[] {
  const base = `${INGESTION}/products/{productID}/submissions`;
  return [
    {
      method: 'GET', pattern: base, name: 'partnerCenter.submissions.list',
      handler: (request, context) => {
        const world = pcWorld(request, context);
        const id = findProduct(world, request.params.productID!).id;
        const mine = world.submissions.filter((s) => s.productId === id);
        for (const s of mine) advance(world, s, context);
        return page(request, world, mine.map((s) => s.resource).reverse());
      },
    },
    { method: 'POST', pattern: base, name: 'partnerCenter.submissions.create', handler: createSubmission },
    {
      method: 'GET', pattern: `${base}/{submissionID}`, name: 'partnerCenter.submissions.get',
      handler: (request, context) => {
        const world = pcWorld(request, context);
        const submission = stored(world, request);
        advance(world, submission, context);
        return json(200, submission.resource);
      },
    },
    { method: 'POST', pattern: `${base}/{submissionID}/promote`, name: 'partnerCenter.submissions.promote', handler: promote },
    {
      method: 'GET', pattern: `${base}/{submissionID}/validations`, name: 'partnerCenter.submissions.validations',
      handler: (request, context) => {
        const world = pcWorld(request, context);
        return page(request, world, stored(world, request).validations);
      },
    },
    {
      method: 'GET', pattern: `${base}/{submissionID}/reports`, name: 'partnerCenter.submissions.reports',
      handler: (request, context) => {
        const world = pcWorld(request, context);
        return page(request, world, stored(world, request).reports);
      },
    },
  ];
}
