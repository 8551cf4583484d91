/**
 * The parts of the Partner Center ingestion API v1 (`/v1.0/ingestion`) that publishing an Azure
 * Application offer uses, typed after the schemas of its OpenAPI document
 * (`Microsoft.Ingestion.Api.Models.*`). Fields the document marks optional stay optional.
 */

export interface TypeValuePair {
  type?: string;
  value?: string;
}

/** `Common.PagedCollection`: the service sends `@odata.nextLink`; some replies say `nextLink`. */
export interface PagedCollection<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  nextLink?: string;
}

/** `Products.AzureProduct`. */
export interface Product {
  resourceType?: string;
  id?: string;
  name?: string;
  externalIDs?: TypeValuePair[];
  isModularPublishing?: boolean | null;
}

/** `Variants.AzureSkuVariant`: a plan; its `externalID` is the plan id. */
export interface Variant {
  resourceType?: string;
  id?: string;
  '@odata.etag'?: string;
  friendlyName?: string;
  externalID?: string;
  state?: 'Inactive' | 'Active';
}

export type BranchModule = 'Listing' | 'Property' | 'Package' | 'Availability' | 'SupplementalContent' | 'Cosell';

/** `Branches.Branch`: where a module's current draft instance lives, per product or per plan. */
export interface Branch {
  resourceType?: 'Branch';
  id?: string;
  friendlyName?: string;
  type?: 'Main' | 'Private';
  module?: BranchModule;
  currentDraftInstanceID?: string;
  variantID?: string;
}

export type PackageState = 'PendingUpload' | 'Uploaded' | 'InProcessing' | 'Processed' | 'ProcessFailed';

/** `Submissions.ValidationItem`. */
export interface ValidationItem {
  errorCode?: string;
  severity?: string;
  message?: string;
  resource?: string;
}

/** `Packages.AzurePackage` with `resourceType` `AzureApplicationPackage`. */
export interface AzurePackage {
  resourceType?: string;
  id?: string;
  '@odata.etag'?: string;
  state?: PackageState;
  fileName?: string;
  fileSasUri?: string;
  fileSize?: number | null;
  validationItems?: ValidationItem[];
}

/** `Packages.RoleAuthorization`. */
export interface RoleAuthorization {
  principalID?: string;
  roleDefinitionID?: string;
}

/** `Packages.AzurePolicy`. */
export interface AzurePolicy {
  policyName?: string;
  policyDefinitionID?: string;
  policyParameters?: string;
  policySku?: string;
}

/**
 * `Packages.AzureManagedApplicationPackageConfiguration`: a managed-application plan's technical
 * configuration. `deploymentMode` and `allowedDataActions` are not in the OpenAPI document but are
 * accepted by the service (Microsoft's own az-partner-center-cli sends them); other unknown
 * fields are carried through untouched by read-modify-write.
 */
export interface ManagedAppPackageConfiguration {
  resourceType?: string;
  id?: string;
  '@odata.etag'?: string;
  version?: string;
  allowJitAccess?: boolean | null;
  canEnableCustomerActions?: boolean | null;
  allowedCustomerActions?: string[];
  publicAzureTenantID?: string;
  publicAzureAuthorizations?: RoleAuthorization[];
  azureGovernmentTenantID?: string;
  azureGovernmentAuthorizations?: RoleAuthorization[];
  policies?: AzurePolicy[];
  packageReferences?: TypeValuePair[];
  deploymentMode?: string;
  [other: string]: unknown;
}

export type SubmissionSubstate = 'InDraft' | 'Submitted' | 'Failed' | 'FailedInCertification' | 'ReadyToPublish' | 'Publishing' | 'Published' | 'InStore';

export interface VariantResource {
  variantID?: string;
  resources?: TypeValuePair[];
}

/** `Submissions.Submission`. */
export interface Submission {
  resourceType?: 'Submission';
  id?: string;
  state?: 'InProgress' | 'Published';
  substate?: SubmissionSubstate;
  targets?: TypeValuePair[];
  resources?: TypeValuePair[];
  variantResources?: VariantResource[];
  publishedTimeInUtc?: string;
  releaseNumber?: number;
  friendlyName?: string;
  areResourcesReady?: boolean;
}

/** `Submissions.SubmissionCreationRequest`. */
export interface SubmissionCreationRequest {
  resourceType: 'SubmissionCreationRequest';
  targets: TypeValuePair[];
  resources: TypeValuePair[];
  variantResources: VariantResource[];
}

/** `Submissions.CertificationReport`. */
export interface CertificationReport {
  reportTimeInUtc?: string;
  status?: 'Pending' | 'Failed' | 'Passed' | 'PassedWithNotes' | 'Unknown';
  fileUri?: string;
}

/** `Submissions.WorkflowDetail`. */
export interface WorkflowDetail {
  type?: string;
  state?: string;
  targetEnvironment?: string;
  startDateTimeInUtc?: string;
  completeDateTimeInUtc?: string;
}
