import { bearerMatches } from '../auth.js';
import type { StandInContext } from '../context.js';
import { json } from '../reply.js';
import type { RouteModule, StandInReply, StandInRequest } from '../router.js';
import { publicJwk } from '../tokens.js';

/** What ACTIONS_ID_TOKEN_REQUEST_URL serves: `GET ?api-version=2.0&audience=...` → `{"value": "<jwt>"}`. */
function idToken(request: StandInRequest, context: StandInContext): StandInReply {
  const github = context.config.github;
  if (!bearerMatches(request, github.requestToken)) {
    return json(401, { message: 'Bad credentials: ACTIONS_ID_TOKEN_REQUEST_TOKEN is missing or wrong.' });
  }
  const owner = github.repository.split('/')[0] ?? '';
  const audience = request.query.get('audience') ?? `https://github.com/${owner}`;
  const ref = /:ref:(.+)$/.exec(github.subject)?.[1] ?? 'refs/heads/main';
  const token = context.tokens.issueGithubToken(
    {
      sub: github.subject,
      ref,
      sha: '0000000000000000000000000000000000000000',
      repository: github.repository,
      repository_owner: owner,
      run_id: '1',
      run_number: '1',
      run_attempt: '1',
      actor: 'stand-in',
      workflow: 'stand-in',
      event_name: 'push',
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      job_workflow_ref: `${github.repository}/.github/workflows/ci.yml@${ref}`,
      runner_environment: 'github-hosted',
    },
    audience,
  );
  return json(200, { count: 1, value: token });
}

/** The GitHub Actions OIDC issuer: token requests, discovery and its keys. */
export const githubOidcModule: RouteModule = {
  name: 'github-oidc',
  routes: () => [
    { method: 'GET', pattern: '/github-oidc/idtoken', name: 'github.idToken', handler: idToken },
    {
      method: 'GET',
      pattern: '/github-oidc/.well-known/openid-configuration',
      name: 'github.openidConfiguration',
      handler: (_request, context) =>
        json(200, {
          issuer: context.urls.githubIssuer,
          jwks_uri: `${context.urls.githubIssuer}/.well-known/jwks`,
          subject_types_supported: ['public', 'pairwise'],
          response_types_supported: ['id_token'],
          claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository', 'repository_owner', 'run_id', 'actor', 'workflow', 'event_name', 'job_workflow_ref'],
          id_token_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid'],
        }),
    },
    { method: 'GET', pattern: '/github-oidc/.well-known/jwks', name: 'github.keys', handler: (_request, context) => json(200, { keys: [publicJwk(context.tokens.keys.github)] }) },
  ],
};
