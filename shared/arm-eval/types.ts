/** Where a template is deployed, as the template functions see it. */
export interface DeploymentScope {
  readonly subscription: { readonly subscriptionId: string; readonly tenantId: string; readonly displayName?: string };
  readonly resourceGroup: { readonly name: string; readonly location: string; readonly managedBy?: string };
  readonly deploymentName?: string;
  /** For reference(): the resource's properties (full=false) or whole resource (full=true); reject (throw) when it does not exist. */
  readonly reference?: (resourceId: string, apiVersion: string | undefined, full: boolean) => Promise<unknown>;
  /**
   * Called once per resource, in dependency order, as soon as it is evaluated: a deployer that
   * stores it here lets a later reference() to it succeed, as ARM deploys before it references.
   */
  readonly onResourceEvaluated?: (resource: EvaluatedResource) => Promise<void>;
  /** What environment() returns; the AzureCloud values when absent. */
  readonly environment?: Readonly<Record<string, unknown>>;
  /** The clock for utcNow() in parameter defaults; the system clock when absent. */
  readonly now?: () => Date;
}

/** One resource of a template, every expression evaluated. */
export interface EvaluatedResource {
  /** Full type, e.g. Microsoft.DataFactory/factories/pipelines (nested child resources get their full type). */
  readonly type: string;
  /** Full name, e.g. myfactory/CopyMessages. */
  readonly name: string;
  readonly apiVersion: string;
  /** /subscriptions/.../resourceGroups/.../providers/<type segments interleaved with name segments>. */
  readonly id: string;
  /** Evaluated, as written (ids, names or loop names). */
  readonly dependsOn: readonly string[];
  /** The resource with every expression evaluated, without condition/copy/dependsOn/resources. */
  readonly body: Record<string, unknown>;
  /** Where it is in the template, e.g. resources[5] or resources[2].resources[0], for messages. */
  readonly templatePath: string;
}

export interface TemplateEvaluation {
  readonly resources: EvaluatedResource[];
  /** Output name → evaluated value (outputs whose condition is false are left out). */
  readonly outputs: Record<string, unknown>;
}
