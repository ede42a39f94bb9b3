import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import {
  acceptForms,
  basicCredentials,
  objectBody,
  PAGE_HEADERS,
  queryValue,
  redirectUriAllowed,
  redirectWith,
  renderAuthorizeErrorPage,
  renderConsentPage,
  stringField,
} from '../shared';
import { sendXOAuthError } from './errors';
import { parseChallengeMethod, validChallenge, verifierMatches } from './pkce';
import { X_ACCESS_TOKEN_SECONDS, X_SCOPES, XApp, XState } from './x-state';

const MAX_STATE_LENGTH = 500;

const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'tweet.read': 'Read posts you can see',
  'tweet.write': 'Post and delete posts for you',
  'users.read': 'Read your profile',
  'offline.access': 'Stay connected until you revoke access',
  'media.write': 'Upload media for you',
};

/**
 * The authorization step on x.com: the consent page and its form. Also served under /__sandbox/x on
 * the sandbox's own address for browsers that cannot reach x.com.
 */
export function xConsentRoutes(state: XState): FastifyPluginAsync {
  return async (app) => {
    acceptForms(app);

    app.get('/i/oauth2/authorize', async (request, reply) => {
      const query = request.query;
      const client = state.apps.get(queryValue(query, 'client_id') ?? '');
      if (!client) return errorPage(reply, 'Something went wrong: this app is not known (client_id).');
      const redirectUri = queryValue(query, 'redirect_uri');
      if (!redirectUriAllowed(client.redirectUris, redirectUri)) {
        return errorPage(reply, 'Something went wrong: the redirect_uri is not registered for this app.');
      }
      const oauthState = queryValue(query, 'state');
      const fail = (error: string, description: string) =>
        reply.redirect(redirectWith(redirectUri, { error, error_description: description, state: oauthState }), 302);
      if (queryValue(query, 'response_type') !== 'code') return fail('invalid_request', 'response_type must be code');
      if (!oauthState || oauthState.length > MAX_STATE_LENGTH) {
        return fail('invalid_request', `state is required and at most ${MAX_STATE_LENGTH} characters`);
      }
      const method = parseChallengeMethod(queryValue(query, 'code_challenge_method'));
      const challenge = queryValue(query, 'code_challenge');
      if (!method || !validChallenge(challenge)) {
        return fail('invalid_request', 'code_challenge and code_challenge_method (S256 or plain) are required');
      }
      const scopes = (queryValue(query, 'scope') ?? '').split(/\s+/).filter(Boolean);
      const unknown = scopes.find((scope) => !X_SCOPES.includes(scope));
      if (scopes.length === 0 || unknown)
        return fail('invalid_scope', `Unknown or missing scope: ${unknown ?? '(none)'}`);

      const authorizationId = state.pending.create(
        { clientId: client.clientId, redirectUri, scopes, state: oauthState, challenge, method },
        state.clock.nowMs(),
      );
      return reply.headers(PAGE_HEADERS).send(
        renderConsentPage({
          network: 'X',
          appName: client.name,
          permissions: scopes.map((scope) => SCOPE_DESCRIPTIONS[scope] ?? scope),
          members: [...state.users.values()].map((user) => ({
            value: user.id,
            label: `${user.name} (@${user.username})`,
          })),
          action: 'authorize/decision',
          authorizationId,
        }),
      );
    });

    app.post('/i/oauth2/authorize/decision', async (request, reply) => {
      const body = objectBody(request.body);
      const pending = state.pending.take(stringField(body, 'authorization') ?? '', state.clock.nowMs());
      if (!pending) return errorPage(reply, 'This authorization request has expired or was already answered.');
      if (stringField(body, 'decision') !== 'allow') {
        return reply.redirect(redirectWith(pending.redirectUri, { error: 'access_denied', state: pending.state }), 302);
      }
      const newName = stringField(body, 'newMemberName')?.trim();
      const user = newName ? state.addUser(newName) : state.users.get(stringField(body, 'member') ?? '');
      if (!user) return errorPage(reply, 'Choose an account, or type the name of a new one.');
      const code = state.issueCode(
        { clientId: pending.clientId, userId: user.id, scopes: pending.scopes },
        { redirectUri: pending.redirectUri, challenge: pending.challenge, method: pending.method },
      );
      return reply.redirect(redirectWith(pending.redirectUri, { code, state: pending.state }), 302);
    });
  };
}

/** `/2/oauth2/token` and `/2/oauth2/revoke` on api.x.com; JSON or form bodies alike. */
export function xTokenRoutes(state: XState): FastifyPluginAsync {
  return async (app) => {
    app.post('/2/oauth2/token', async (request, reply) => {
      const body = objectBody(request.body);
      const client = authenticateClient(state, body, request.headers.authorization);
      if (!client) return sendXOAuthError(reply, 401, 'unauthorized_client', 'Missing valid authorization header');
      const grantType = stringField(body, 'grant_type');

      if (grantType === 'authorization_code') {
        const code = state.takeCode(stringField(body, 'code') ?? '');
        if (
          !code ||
          code.clientId !== client.clientId ||
          code.redirectUri !== stringField(body, 'redirect_uri') ||
          !verifierMatches(stringField(body, 'code_verifier'), code.challenge, code.method)
        ) {
          return sendXOAuthError(reply, 400, 'invalid_request', 'Value passed for the authorization code was invalid.');
        }
        return tokenResponse(reply, state.issueTokens(code));
      }

      if (grantType === 'refresh_token') {
        const presented = state.refreshTokens.get(stringField(body, 'refresh_token') ?? '');
        if (
          !presented ||
          presented.spent ||
          presented.clientId !== client.clientId ||
          presented.expiresAtMs <= state.clock.nowMs()
        ) {
          return sendXOAuthError(reply, 400, 'invalid_request', 'Value passed for the token was invalid.');
        }
        // Rotation: the presented refresh token dies now, whatever happens to the answer.
        presented.spent = true;
        return tokenResponse(reply, state.issueTokens(presented));
      }

      return sendXOAuthError(reply, 400, 'invalid_request', `Unsupported grant_type: ${grantType ?? '(none)'}`);
    });

    app.post('/2/oauth2/revoke', async (request, reply) => {
      const body = objectBody(request.body);
      const client = authenticateClient(state, body, request.headers.authorization);
      if (!client) return sendXOAuthError(reply, 401, 'unauthorized_client', 'Missing valid authorization header');
      const token = stringField(body, 'token') ?? '';
      const access = state.accessTokens.get(token);
      if (access && access.clientId === client.clientId) access.revoked = true;
      const refresh = state.refreshTokens.get(token);
      if (refresh && refresh.clientId === client.clientId) refresh.spent = true;
      return reply.type('application/json').send({ revoked: true });
    });
  };
}

function tokenResponse(reply: FastifyReply, tokens: ReturnType<XState['issueTokens']>): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .type('application/json')
    .send({
      token_type: 'bearer',
      expires_in: X_ACCESS_TOKEN_SECONDS,
      access_token: tokens.access.token,
      // twitter-api-v2's loginWithOAuth2 fails without `scope`.
      scope: tokens.access.scopes.join(' '),
      ...(tokens.refresh ? { refresh_token: tokens.refresh.token } : {}),
    });
}

/**
 * Confidential clients authenticate with Basic auth or with client_id and client_secret in the body
 * (twitter-api-v2 sends both); public clients send only client_id.
 */
function authenticateClient(
  state: XState,
  body: Record<string, unknown>,
  authorization: string | undefined,
): XApp | null {
  const basic = basicCredentials(authorization);
  if (authorization && !basic) return null;
  const clientId = basic?.clientId ?? stringField(body, 'client_id');
  const app = clientId ? state.apps.get(clientId) : undefined;
  if (!app) return null;
  if (app.clientSecret === null) return app;
  const secret = basic?.clientSecret ?? stringField(body, 'client_secret');
  return secret === app.clientSecret ? app : null;
}

function errorPage(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).headers(PAGE_HEADERS).send(renderAuthorizeErrorPage('X', message));
}
