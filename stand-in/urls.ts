/** Every address the stand-in serves, derived from its one origin (https://127.0.0.1:<port>). */
export interface StandInUrls {
  readonly origin: string;
  /** AZURE_AUTHORITY_HOST: Entra routes live at /{tenant}/... under it. */
  readonly authorityHost: string;
  /** MAPP_ARM_ENDPOINT. */
  readonly armEndpoint: string;
  /** MAPP_PARTNER_CENTER_ENDPOINT: Partner Center ingestion routes live under it (/v1.0/ingestion/...). */
  readonly partnerCenterEndpoint: string;
  /** Issuer of the GitHub Actions OIDC tokens the stand-in hands out. */
  readonly githubIssuer: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL (already has a query; clients append `&audience=`). */
  readonly githubTokenRequestUrl: string;
  /** Issuer of the Azure DevOps OIDC tokens: <origin>/devops-oidc/<organizationId>. */
  readonly devopsIssuer: string;
  /** SYSTEM_OIDCREQUESTURI. */
  readonly devopsOidcRequestUri: string;
  /** Base of the control API (/_stand-in). */
  readonly control: string;
}

export const PARTNER_CENTER_PATH = '/partner-center';

export function standInUrls(port: number, devopsOrganizationId: string): StandInUrls {
  const origin = `https://127.0.0.1:${port}`;
  return {
    origin,
    authorityHost: origin,
    armEndpoint: origin,
    partnerCenterEndpoint: `${origin}${PARTNER_CENTER_PATH}`,
    githubIssuer: `${origin}/github-oidc`,
    githubTokenRequestUrl: `${origin}/github-oidc/idtoken?api-version=2.0`,
    devopsIssuer: `${origin}/devops-oidc/${devopsOrganizationId}`,
    devopsOidcRequestUri: `${origin}/devops/contoso/_apis/distributedtask/hubs/build/plans/00000000-0000-4000-8000-00000000a001/jobs/00000000-0000-4000-8000-00000000a002/oidctoken`,
    control: `${origin}/_stand-in`,
  };
}
