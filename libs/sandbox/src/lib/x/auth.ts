import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../shared';
import { sendXProblem } from './errors';
import type { XAccessToken, XState } from './x-state';

/** A live access token for the request, or null (expired, revoked, unknown or absent). */
export function liveToken(state: XState, request: FastifyRequest): XAccessToken | null {
  const token = bearerToken(request.headers.authorization);
  const found = token ? state.accessTokens.get(token) : undefined;
  return found && !found.revoked && found.expiresAtMs > state.clock.nowMs() ? found : null;
}

/** The caller's token, or an answer already sent: 401 without a live token, 403 without the scopes. */
export function authenticate(
  state: XState,
  request: FastifyRequest,
  reply: FastifyReply,
  scopes: string[],
): XAccessToken | null {
  const token = liveToken(state, request);
  if (!token) {
    sendXProblem(reply, 401, 'Unauthorized');
    return null;
  }
  const missing = scopes.filter((scope) => !token.scopes.includes(scope));
  if (missing.length > 0) {
    sendXProblem(
      reply,
      403,
      `You are not permitted to perform this action. Missing OAuth 2.0 scopes: ${missing.join(' ')}`,
    );
    return null;
  }
  return token;
}
