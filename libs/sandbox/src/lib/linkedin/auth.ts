import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../shared';
import { sendLinkedInError } from './errors';
import type { LinkedInAccessToken, LinkedInState } from './linkedin-state';

/**
 * The caller's access token, or an answer already sent: 401 for a missing, unknown, expired or revoked
 * token (LinkedIn's codes), 403 when the token lacks every one of `anyOfScopes`.
 */
export function authenticate(
  state: LinkedInState,
  request: FastifyRequest,
  reply: FastifyReply,
  anyOfScopes: string[],
  resource: string,
): LinkedInAccessToken | null {
  const token = bearerToken(request.headers.authorization);
  const found = token ? state.accessTokens.get(token) : undefined;
  if (!found) {
    sendLinkedInError(reply, 401, 'Invalid access token', { code: 'INVALID_ACCESS_TOKEN', serviceErrorCode: 65600 });
    return null;
  }
  if (found.revoked) {
    sendLinkedInError(reply, 401, 'The token used in the request has been revoked by the user', {
      code: 'REVOKED_ACCESS_TOKEN',
      serviceErrorCode: 65601,
    });
    return null;
  }
  if (found.expiresAtMs <= state.clock.nowMs()) {
    sendLinkedInError(reply, 401, 'The token used in the request has expired', {
      code: 'EXPIRED_ACCESS_TOKEN',
      serviceErrorCode: 65600,
    });
    return null;
  }
  if (anyOfScopes.length > 0 && !anyOfScopes.some((scope) => found.scopes.includes(scope))) {
    sendLinkedInError(reply, 403, `Not enough permissions to access: ${resource}`, {
      code: 'ACCESS_DENIED',
      serviceErrorCode: 100,
    });
    return null;
  }
  return found;
}

export function personUrn(sub: string): string {
  return `urn:li:person:${sub}`;
}
