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
import { sendOAuthError } from './errors';
import { LINKEDIN_ACCESS_TOKEN_SECONDS, LinkedInApp, LinkedInState } from './linkedin-state';

const SCOPE_DESCRIPTIONS: Record<string, string> = {
  openid: 'Use your name and photo to sign you in',
  profile: 'Use your name and photo',
  email: 'Use the primary email address of your account',
  w_member_social: 'Create, change and delete posts on your behalf',
  r_member_postAnalytics: 'Read the analytics of your posts',
  r_member_social: 'Read your posts, comments and reactions',
};

const MAX_STATE_LENGTH = 500;

/**
 * The authorization step: the consent page and its form. Served on www.linkedin.com and, for browsers
 * that cannot reach that host name, under /__sandbox/linkedin on the sandbox's own address.
 */
export function linkedInConsentRoutes(state: LinkedInState): FastifyPluginAsync {
  return async (app) => {
    acceptForms(app);

    app.get('/oauth/v2/authorization', async (request, reply) => {
      const query = request.query;
      const clientId = queryValue(query, 'client_id');
      const redirectUri = queryValue(query, 'redirect_uri');
      const client = clientId ? state.apps.get(clientId) : undefined;
      if (!client) return errorPage(reply, 'The passed in client_id is invalid.');
      if (!redirectUriAllowed(client.redirectUris, redirectUri)) {
        return errorPage(reply, 'The redirect_uri does not match the registered value.');
      }
      const oauthState = queryValue(query, 'state');
      const fail = (error: string, description: string) =>
        reply.redirect(redirectWith(redirectUri, { error, error_description: description, state: oauthState }), 302);
      if (queryValue(query, 'response_type') !== 'code') {
        return fail('invalid_request', 'The response_type must be "code".');
      }
      if (oauthState !== undefined && oauthState.length > MAX_STATE_LENGTH) {
        return fail('invalid_request', `The state must be at most ${MAX_STATE_LENGTH} characters.`);
      }
      const scopes = (queryValue(query, 'scope') ?? '').split(/[\s,]+/).filter(Boolean);
      if (scopes.length === 0) return fail('invalid_request', 'A required parameter "scope" is missing.');
      const refused = scopes.find((scope) => !client.scopes.includes(scope));
      if (refused) return fail('unauthorized_scope_error', `Scope "${refused}" is not authorized for your application`);

      const authorizationId = state.pending.create(
        { clientId: client.clientId, redirectUri, scopes, state: oauthState },
        state.clock.nowMs(),
      );
      return reply.headers(PAGE_HEADERS).send(
        renderConsentPage({
          network: 'LinkedIn',
          appName: client.name,
          permissions: scopes.map((scope) => SCOPE_DESCRIPTIONS[scope] ?? scope),
          members: [...state.members.values()].map((member) => ({ value: member.sub, label: member.name })),
          action: 'authorization/decision',
          authorizationId,
        }),
      );
    });

    app.post('/oauth/v2/authorization/decision', async (request, reply) => {
      const body = objectBody(request.body);
      const pending = state.pending.take(stringField(body, 'authorization') ?? '', state.clock.nowMs());
      if (!pending) return errorPage(reply, 'This sign-in request has expired or was already answered. Start again.');
      if (stringField(body, 'decision') !== 'allow') {
        return reply.redirect(
          redirectWith(pending.redirectUri, {
            error: 'user_cancelled_authorize',
            error_description: 'The user cancelled the authorization',
            state: pending.state,
          }),
          302,
        );
      }
      const newName = stringField(body, 'newMemberName')?.trim().slice(0, 100);
      const member = newName ? state.addMember(newName) : state.members.get(stringField(body, 'member') ?? '');
      if (!member) return errorPage(reply, 'Choose a member, or type the name of a new one.');
      const code = state.issueCode(
        { clientId: pending.clientId, sub: member.sub, scopes: pending.scopes },
        pending.redirectUri,
      );
      return reply.redirect(redirectWith(pending.redirectUri, { code, state: pending.state }), 302);
    });
  };
}

/** accessToken (code and refresh grants) and introspectToken, on www.linkedin.com. */
export function linkedInTokenRoutes(state: LinkedInState): FastifyPluginAsync {
  return async (app) => {
    app.post('/oauth/v2/accessToken', async (request, reply) => {
      const body = objectBody(request.body);
      const client = authenticateClient(state, body, request.headers.authorization);
      if (!client) return sendOAuthError(reply, 401, 'invalid_client', 'Client authentication failed');
      const grantType = stringField(body, 'grant_type');

      if (grantType === 'authorization_code') {
        const code = stringField(body, 'code');
        const redirectUri = stringField(body, 'redirect_uri');
        if (!code) return sendOAuthError(reply, 400, 'invalid_request', 'A required parameter "code" is missing');
        if (!redirectUri)
          return sendOAuthError(reply, 400, 'invalid_request', 'A required parameter "redirect_uri" is missing');
        const grant = state.takeCode(code);
        if (!grant || grant.clientId !== client.clientId || grant.redirectUri !== redirectUri) {
          return sendOAuthError(
            reply,
            400,
            'invalid_request',
            'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired.',
          );
        }
        const { access, refresh } = state.issueTokens({
          clientId: grant.clientId,
          sub: grant.sub,
          scopes: grant.scopes,
        });
        return tokenResponse(reply, state, access.token, access.scopes, refresh);
      }

      if (grantType === 'refresh_token') {
        if (!client.refreshTokens) {
          return sendOAuthError(reply, 400, 'invalid_request', 'Refresh tokens are not enabled for this application');
        }
        const presented = state.refreshTokens.get(stringField(body, 'refresh_token') ?? '');
        if (!presented || presented.clientId !== client.clientId || presented.expiresAtMs <= state.clock.nowMs()) {
          return sendOAuthError(reply, 400, 'invalid_request', 'The provided refresh token is invalid or has expired');
        }
        const { access, refresh } = state.issueTokens(presented, presented);
        return tokenResponse(reply, state, access.token, access.scopes, refresh);
      }

      return sendOAuthError(
        reply,
        400,
        'unsupported_grant_type',
        `The grant_type "${grantType ?? ''}" is not supported`,
      );
    });

    app.post('/oauth/v2/introspectToken', async (request, reply) => {
      const body = objectBody(request.body);
      const client = authenticateClient(state, body, request.headers.authorization);
      if (!client) return sendOAuthError(reply, 401, 'invalid_client', 'Client authentication failed');
      const token = state.accessTokens.get(stringField(body, 'token') ?? '');
      if (!token || token.clientId !== client.clientId) return reply.type('application/json').send({ active: false });
      const now = state.clock.nowMs();
      const status = token.revoked ? 'revoked' : token.expiresAtMs <= now ? 'expired' : 'active';
      return reply.type('application/json').send({
        active: status === 'active',
        client_id: token.clientId,
        authorized_at: Math.floor(token.createdAtMs / 1000),
        created_at: Math.floor(token.createdAtMs / 1000),
        status,
        expires_at: Math.floor(token.expiresAtMs / 1000),
        scope: token.scopes.join(','),
        auth_type: '3L',
      });
    });
  };
}

function tokenResponse(
  reply: FastifyReply,
  state: LinkedInState,
  accessToken: string,
  scopes: string[],
  refresh: { token: string; expiresAtMs: number } | null,
): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .type('application/json')
    .send({
      access_token: accessToken,
      expires_in: LINKEDIN_ACCESS_TOKEN_SECONDS,
      scope: scopes.join(','),
      token_type: 'Bearer',
      ...(refresh
        ? {
            refresh_token: refresh.token,
            refresh_token_expires_in: Math.max(0, Math.floor((refresh.expiresAtMs - state.clock.nowMs()) / 1000)),
          }
        : {}),
    });
}

/** Client credentials from the form body (LinkedIn's way) or Basic auth. */
function authenticateClient(
  state: LinkedInState,
  body: Record<string, unknown>,
  authorization: string | undefined,
): LinkedInApp | null {
  const basic = basicCredentials(authorization);
  const clientId = stringField(body, 'client_id') ?? basic?.clientId;
  const clientSecret = stringField(body, 'client_secret') ?? basic?.clientSecret;
  const app = clientId ? state.apps.get(clientId) : undefined;
  return app && app.clientSecret === clientSecret ? app : null;
}

function errorPage(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).headers(PAGE_HEADERS).send(renderAuthorizeErrorPage('LinkedIn', message));
}
