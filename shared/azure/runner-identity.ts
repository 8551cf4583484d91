/**
 * What a runner can tell the core about Azure identities it offers, beyond the command's inputs.
 * Each face fills in what its runner has (GitHub: the job's OIDC token; Azure DevOps: service
 * connections and the job's access token; CLI: the `AZURE_*` variables). The core never reads
 * the environment itself.
 */

/** An Azure Resource Manager service connection, as the agent hands it to a task. */
export interface AzureServiceConnection {
  readonly id: string;
  /** `WorkloadIdentityFederation`, `ServicePrincipal`, `ManagedServiceIdentity`, `PublishProfile`... as the agent spells it. */
  readonly scheme?: string;
  readonly tenantId?: string;
  /** `serviceprincipalid`: the app (client) id. */
  readonly clientId?: string;
  /** `serviceprincipalkey`. */
  readonly clientSecret?: string;
  /** `authenticationType`: `spnKey` or `spnCertificate`. */
  readonly authenticationType?: string;
  /** `servicePrincipalCertificate`: PEM with the private key. */
  readonly certificate?: string;
  /** `msiclientId` data: a user-assigned identity's client id. */
  readonly managedIdentityClientId?: string;
  readonly subscriptionId?: string;
  readonly subscriptionName?: string;
  /** `environment` data: AzureCloud, AzureUSGovernment, AzureChinaCloud, AzureStack. */
  readonly environment?: string;
  /** The endpoint URL: Azure Resource Manager of the connection's cloud. */
  readonly armUrl?: string;
  /** `activeDirectoryAuthority` (or `environmentAuthorityUrl`) data. */
  readonly authorityUrl?: string;
}

/** The job's Azure DevOps facts that federated service connections need. */
export interface AzurePipelinesJob {
  /** System.AccessToken (the SystemVssConnection's OAuth token). */
  readonly systemAccessToken?: string;
  /** System.OidcRequestUri. */
  readonly oidcRequestUri?: string;
}

/** Values from the standard Azure SDK environment variables (CLI), already read by the face. */
export interface AzureEnvironmentValues {
  readonly tenantId?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly clientCertificatePath?: string;
  readonly federatedTokenFile?: string;
  readonly subscriptionId?: string;
  readonly authorityHost?: string;
  readonly armEndpoint?: string;
  readonly partnerCenterEndpoint?: string;
}

export interface RunnerIdentity {
  /** GitHub: fetches the job's OIDC ID token for an audience. Absent when the job has no `id-token: write`. */
  readonly githubIdToken?: (audience: string) => Promise<string>;
  /** Azure DevOps: reads a service connection by its id; undefined when the job has no such connection. */
  readonly serviceConnection?: (id: string) => AzureServiceConnection | undefined;
  readonly pipelinesJob?: AzurePipelinesJob;
  readonly environment?: AzureEnvironmentValues;
  /** How this face names an input in messages (`input 'client-id'`, `--client-id`). */
  describeInput(name: string): string;
}
