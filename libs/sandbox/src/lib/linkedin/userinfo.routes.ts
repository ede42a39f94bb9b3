import type { FastifyPluginAsync } from 'fastify';
import { authenticate } from './auth';
import { sendLinkedInError } from './errors';
import type { LinkedInState } from './linkedin-state';

/** `/v2/userinfo`, the OpenID Connect profile of the token's member. */
export function linkedInUserinfoRoutes(state: LinkedInState): FastifyPluginAsync {
  return async (app) => {
    app.get('/v2/userinfo', async (request, reply) => {
      const token = authenticate(state, request, reply, ['openid'], 'userinfo.GET');
      if (!token) return reply;
      const member = state.members.get(token.sub);
      if (!member) return sendLinkedInError(reply, 404, 'Member not found');
      const withProfile = token.scopes.includes('profile');
      return reply.type('application/json').send({
        sub: member.sub,
        ...(withProfile
          ? {
              name: member.name,
              given_name: member.givenName,
              family_name: member.familyName,
              ...(member.picture ? { picture: member.picture } : {}),
              locale: { country: 'US', language: 'en' },
            }
          : {}),
        ...(token.scopes.includes('email') ? { email: member.email, email_verified: true } : {}),
      });
    });
  };
}
