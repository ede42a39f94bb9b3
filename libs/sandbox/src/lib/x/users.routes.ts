import type { FastifyPluginAsync } from 'fastify';
import { queryValue } from '../shared';
import { authenticate } from './auth';
import { sendXProblem } from './errors';
import { fieldList, userView } from './public-fields';
import type { XState } from './x-state';

/** `GET /2/users/me`. */
export function xUserRoutes(state: XState): FastifyPluginAsync {
  return async (app) => {
    app.get('/2/users/me', async (request, reply) => {
      const token = authenticate(state, request, reply, ['tweet.read', 'users.read']);
      if (!token) return reply;
      const user = state.users.get(token.userId);
      if (!user) return sendXProblem(reply, 404, 'Could not find the authenticated user.');
      return reply
        .type('application/json')
        .send({ data: userView(user, fieldList(queryValue(request.query, 'user.fields'))) });
    });
  };
}
