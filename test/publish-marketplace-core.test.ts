import { partnerCenterErrorOf } from '../shared/azure/partner-center/ingestion-error.js';
import type { ManagedAppPackageConfiguration } from '../shared/azure/partner-center/ingestion-types.js';
import { UsageError } from '../shared/commands/usage-error.js';
import { planChangesOf, toPlanVersion, type PublishMarketplaceSettings } from '../shared/publish/marketplace/marketplace-settings.js';
import { adviceFor } from '../shared/publish/marketplace/package-upload.js';
import { mergePlanConfiguration } from '../shared/publish/marketplace/plan-configuration.js';
import { stageOf } from '../shared/publish/marketplace/submission-flow.js';
import { FakeHost } from './helpers/fake-host.js';

const host = new FakeHost('/tmp');
const PRINCIPAL = '1c5e3a7b-9d2f-4b4c-8e6a-0f3d5b7c9e21';

function settings(overrides: Partial<PublishMarketplaceSettings>): PublishMarketplaceSettings {
  return { authorizations: [], 'customer-actions': [], skip: [], ...overrides } as PublishMarketplaceSettings;
}

const current: ManagedAppPackageConfiguration = {
  resourceType: 'AzureManagedApplicationPackageConfiguration',
  id: 'config-1',
  '@odata.etag': '"abc"',
  version: '1.0.0',
  allowJitAccess: true,
  canEnableCustomerActions: true,
  allowedCustomerActions: ['Microsoft.Storage/storageAccounts/listKeys/action'],
  publicAzureTenantID: '0b4d2f6a-8c1e-4a3b-9d5f-7e2c4a6b8d10',
  publicAzureAuthorizations: [{ principalID: PRINCIPAL, roleDefinitionID: 'owner-role' }],
  policies: [{ policyName: 'audit', policyDefinitionID: '/providers/p', policySku: 'Standard' }],
  packageReferences: [{ type: 'AzureApplicationPackage', value: 'old' }],
  allowedDataActions: ['kept/as/read'],
};

test('read-modify-write keeps every value the inputs do not set, unknown fields included, and drops the etag', () => {
  const next = mergePlanConfiguration(current, planChangesOf(host, settings({})), 'new-package', '1.1.0');
  const { '@odata.etag': _etag, ...rest } = current;
  expect(next).toEqual({ ...rest, version: '1.1.0', packageReferences: [{ type: 'AzureApplicationPackage', value: 'new-package' }] });
});

test('inputs replace exactly their fields', () => {
  const changes = planChangesOf(host, settings({
    'jit-access': 'false', 'customer-actions': ['none'], 'deployment-mode': 'Complete', authorizations: [`${PRINCIPAL}:8e3af657-a8ff-443c-a75c-2fe8c4bcb635`],
    'managing-tenant-id': '11111111-2222-4333-8444-555555555555', policies: '[]',
  }));
  const next = mergePlanConfiguration(current, changes, 'p', '2.0.0');
  expect(next).toMatchObject({
    allowJitAccess: false, canEnableCustomerActions: false, allowedCustomerActions: [], deploymentMode: 'Complete', policies: [],
    publicAzureTenantID: '11111111-2222-4333-8444-555555555555', publicAzureAuthorizations: [{ principalID: PRINCIPAL, roleDefinitionID: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' }],
    allowedDataActions: ['kept/as/read'],
  });
});

test.each([
  [{ authorizations: ['not-a-guid:Owner'] }, "input 'authorizations': 'not-a-guid:Owner' is not principalId:roleDefinitionId"],
  [{ 'managing-tenant-id': 'contoso' }, "input 'managing-tenant-id' must be a tenant id (GUID); got 'contoso'."],
  [{ policies: '{oops' }, "input 'policies' is not JSON"],
  [{ policies: '[{"policyName": 3}]' }, "input 'policies' must be a JSON array of objects with string fields"],
])('bad plan settings are usage errors naming the input: %j', (given, message) => {
  expect(() => planChangesOf(host, settings(given as Partial<PublishMarketplaceSettings>))).toThrow(UsageError);
  expect(() => planChangesOf(host, settings(given as Partial<PublishMarketplaceSettings>))).toThrow(message);
});

test('plan versions take three parts', () => {
  expect(toPlanVersion('v1.2.3')).toBe('1.2.3');
  expect(toPlanVersion('1.2.3.0')).toBe('1.2.3');
  expect(toPlanVersion('01.2.3')).toBe('1.2.3');
  expect(toPlanVersion('1.2.3.4')).toBeUndefined();
  expect(toPlanVersion('1.2')).toBeUndefined();
});

test('Partner Center errors keep the service code and message, whatever the body shape', () => {
  expect(partnerCenterErrorOf(409, '{"code":"conflict","message":"ETag mismatch.","details":[{"message":"Read it again."}]}', 'Update plan technical configuration')).toMatchObject({
    status: 409, code: 'conflict', detail: 'ETag mismatch. Read it again.', isEtagConflict: true,
  });
  expect(partnerCenterErrorOf(400, '{"error":{"code":"invalidVersion","message":"Bad version."}}', 'x')).toMatchObject({ code: 'invalidVersion', isEtagConflict: false });
  expect(partnerCenterErrorOf(412, '"Precondition failed"', 'x')).toMatchObject({ code: 'Http412', detail: 'Precondition failed', isEtagConflict: true });
  expect(partnerCenterErrorOf(500, '', 'Read package').message).toBe('Read package failed: Http500 (HTTP 500): no error body');
});

test('submission stages and processing advice', () => {
  expect(stageOf({ state: 'InProgress', substate: 'FailedInCertification' })).toBe('failed');
  expect(stageOf({ state: 'InProgress', substate: 'ReadyToPublish' })).toBe('ready');
  expect(stageOf({ state: 'Published', substate: 'InStore' })).toBe('live');
  expect(stageOf({ state: 'InProgress', substate: 'Submitted' })).toBe('in-progress');
  expect(adviceFor([{ errorCode: 'missingTrackingId', message: 'no pid' }])).toContain('tracking-id');
  expect(adviceFor([{ errorCode: 'virus' }])).toBe('Fix the package and publish a new version.');
});
