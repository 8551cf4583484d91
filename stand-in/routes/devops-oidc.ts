import { bearerMatches } from '../auth.js';
import type { StandInContext } from '../context.js';
import { json } from '../reply.js';
import type { RouteModule, StandInReply, StandInRequest } from '../router.js';
import { publicJwk } from '../tokens.js';

/**
 * What SYSTEM_OIDCREQUESTURI serves, as AzurePipelinesCredential calls it:
 * `POST {uri}?api-version=7.1&serviceConnectionId=<id>` with the System.AccessToken bearer
 * → `{"oidcToken": "<jwt>"}` for the service connection's subject.
 */
function oidcToken(request: StandInRequest, context: StandInContext): StandInReply {
  const devops = context.config.devops;
  if (!bearerMatches(request, devops.accessToken)) {
    return json(401, { $id: '1', message: 'TF400813: The user is not authorized to access this resource (System.AccessToken missing or wrong).', typeName: 'Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException', errorCode: 0 });
  }
  const apiVersion = request.query.get('api-version');
  if (!apiVersion) {
    return json(400, { $id: '1', message: 'No api-version was supplied for the POST request. Add ?api-version=7.1.', typeName: 'Microsoft.VisualStudio.Services.WebApi.VssVersionNotSpecifiedException', errorCode: 0 });
  }
  const connection = request.query.get('serviceConnectionId');
  if (!connection || connection.toLowerCase() !== devops.serviceConnectionId.toLowerCase()) {
    return json(404, { $id: '1', message: `Service connection '${connection ?? ''}' was not found or the pipeline is not authorized to use it.`, typeName: 'Microsoft.TeamFoundation.DistributedTask.WebApi.ServiceEndpointNotFoundException', errorCode: 0 });
  }
  const subject = `sc://${devops.organization}/${devops.project}/${devops.serviceConnectionName}`;
  return json(200, { oidcToken: context.tokens.issueDevopsToken(subject) });
}

/** The Azure DevOps OIDC issuer: the job's token request, discovery and keys. */
export const devopsOidcModule: RouteModule = {
  name: 'devops-oidc',
  routes: () => [
    { method: 'POST', pattern: '/devops/{organization}/_apis/distributedtask/hubs/{hub}/plans/{planId}/jobs/{jobId}/oidctoken', name: 'devops.oidcToken', handler: oidcToken },
    {
      method: 'GET',
      pattern: '/devops-oidc/{organizationId}/.well-known/openid-configuration',
      name: 'devops.openidConfiguration',
      handler: (_request, context) =>
        json(200, {
          issuer: context.urls.devopsIssuer,
          jwks_uri: `${context.urls.devopsIssuer}/.well-known/jwks`,
          subject_types_supported: ['public'],
          response_types_supported: ['id_token'],
          id_token_signing_alg_values_supported: ['RS256'],
          claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'nbf', 'jti'],
        }),
    },
    { method: 'GET', pattern: '/devops-oidc/{organizationId}/.well-known/jwks', name: 'devops.keys', handler: (_request, context) => json(200, { keys: [publicJwk(context.tokens.keys.devops)] }) },
  ],
};
