import { azureConnectionInputs } from './azure-inputs.js';
import { defineCommand } from './definition.js';

export const publishMarketplaceCommand = defineCommand({
  name: 'publish-marketplace',
  title: 'mapp publish-marketplace',
  summary: 'Publish a managed application to an Azure Marketplace offer plan through Partner Center: upload, configure, submit.',
  description:
    "Publish a managed application to an Azure Marketplace offer through the Partner Center ingestion API: build and validate the package, upload it to the plan, update the plan's technical configuration (version, package, tenant, authorizations, JIT access, customer actions, deployment mode, policies) with If-Match, then submit it to preview or live. A status mode reports where a submission stands.",
  task: { name: 'MappPublishMarketplace', id: '82dc30cc-23fc-4f61-bf7b-2e940e4b971f', category: 'Deploy' },
  inputs: {
    path: {
      kind: 'path',
      description: 'The app folder to build (as mapp build does) or a built package (.zip). Not used by the status and promote modes.',
      default: '.',
      positional: true,
    },
    'offer-id': { kind: 'string', description: 'Offer id of the Azure Application offer in Partner Center (its AzureOfferId).', required: true },
    'plan-id': { kind: 'string', description: 'Plan id of the managed application plan to publish to. Required by the publish mode.' },
    mode: {
      kind: 'choice',
      description:
        'publish: upload the package, update the plan and submit it as submit says. promote: take a submission that is ready to publish live. status: report where a submission stands.',
      options: ['publish', 'promote', 'status'],
      default: 'publish',
    },
    submit: {
      kind: 'choice',
      description:
        'After the upload: none leaves the plan as a draft; preview creates a submission for preview (certification can take days); live also promotes it once it is ready to publish, which needs wait.',
      options: ['none', 'preview', 'live'],
      default: 'preview',
    },
    wait: {
      kind: 'boolean',
      description: 'Wait for the submission to be ready to publish (preview), or live (live, promote), or failed. Without it the submission id is an output and the step ends.',
      default: 'false',
    },
    'wait-minutes': { kind: 'string', description: 'How long wait and package processing may take, in minutes.', default: '60' },
    'poll-seconds': { kind: 'string', description: 'Seconds between two status reads while waiting.', default: '30' },
    'submission-id': { kind: 'string', description: 'Submission for the status and promote modes. Default: the newest submission of the offer.' },
    version: {
      kind: 'string',
      description: "Plan version, 1.2.3 (a leading v is dropped). Default: from a v1.2.3 tag being built, else the package template's contentVersion. A version the plan already has is refused.",
    },
    out: {
      kind: 'path',
      description: 'Where the package built from an app folder is written (a .zip path).',
      default: 'app.zip',
    },
    'tracking-id': {
      kind: 'string',
      description: 'Customer usage attribution GUID (or pid-<GUID>-partnercenter) added to the template when building from a folder. Partner Center rejects a package without one.',
    },
    skip: { kind: 'list', description: 'Validation rules to skip, rule ids or arm-ttk test names. Any other finding at error level stops the upload.' },
    'managing-tenant-id': { kind: 'string', description: "Plan setting: the publisher's Microsoft Entra tenant that manages deployments (publicAzureTenantID). Default: keep the plan's value." },
    authorizations: {
      kind: 'list',
      description: "Plan setting: who manages deployments, as principalId:roleDefinitionId items (one per line or comma-separated). Replaces the plan's list; default: keep it.",
    },
    'jit-access': { kind: 'choice', description: 'Plan setting: allow just-in-time access. Default: keep the plan value.', options: ['true', 'false'] },
    'customer-actions': {
      kind: 'list',
      description: "Plan setting: control-plane actions customers may allow on the managed resources (e.g. Microsoft.Storage/storageAccounts/listKeys/action); 'none' turns customer actions off. Default: keep.",
    },
    'deployment-mode': { kind: 'choice', description: 'Plan setting: ARM deployment mode of updates. Default: keep the plan value.', options: ['Incremental', 'Complete'] },
    policies: {
      kind: 'string',
      description: 'Plan setting: Azure policies as a JSON array of {policyName, policyDefinitionID, policyParameters, policySku}. Replaces the plan list; default: keep it.',
    },
    ...azureConnectionInputs,
  },
  outputs: {
    'product-id': { description: 'Partner Center product id of the offer.' },
    'package-id': { description: 'Id of the package uploaded to Partner Center.' },
    version: { description: 'Plan version that was set.' },
    'submission-id': { description: 'The submission created, promoted or reported.' },
    'submission-state': { description: 'Where that submission stands: its state and substate, e.g. InProgress/ReadyToPublish or Published/InStore.' },
    package: { description: 'Path of the package built from the app folder.' },
    sha256: { description: 'SHA-256 of the uploaded package, lowercase hex.' },
  },
});
