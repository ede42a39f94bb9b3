import type { FastifyPluginAsync } from 'fastify';
import type { FaultInjector } from '../control/fault-injector';
import { basicCredentials, setUpNetworkScope } from '../shared';
import { liveToken } from './auth';
import { sendXProblem } from './errors';
import { xMediaRoutes } from './media.routes';
import { xConsentRoutes, xTokenRoutes } from './oauth.routes';
import { xTimelineRoutes } from './timeline.routes';
import { xTweetRoutes } from './tweets.routes';
import { xUserRoutes } from './users.routes';
import type { XState } from './x-state';

export const X_WEB_HOST = 'x.com';
export const X_API_HOST = 'api.x.com';

const sendError = (reply: Parameters<typeof sendXProblem>[0], status: number, message: string) =>
  sendXProblem(reply, status, message);

/** x.com: the OAuth consent step. */
export function xWebPlugin(state: XState, faults: FaultInjector): FastifyPluginAsync {
  return async (app) => {
    setUpNetworkScope(app, { network: 'x', faults, sendError });
    await app.register(xConsentRoutes(state));
  };
}

/** api.x.com: OAuth tokens, users, posts, user timelines, media; every answer carries rate-limit headers. */
export function xApiPlugin(state: XState, faults: FaultInjector): FastifyPluginAsync {
  return async (app) => {
    // Counted before anything else, so that injected faults, errors and 404s report limits too.
    app.addHook('onRequest', async (request, reply) => {
      const route = request.routeOptions.url;
      const endpoint = route && route !== '/*' ? `${request.method} ${route}` : 'default';
      const token = liveToken(state, request);
      const decision = state.rateLimits.consume(
        endpoint,
        {
          userId: token?.userId ?? null,
          clientId: token?.clientId ?? basicCredentials(request.headers.authorization)?.clientId ?? null,
        },
        state.clock.nowMs(),
      );
      reply.headers(decision.headers);
      if (!decision.allowed) return sendXProblem(reply, 429, 'Too Many Requests');
      return undefined;
    });
    setUpNetworkScope(app, { network: 'x', faults, sendError });
    await app.register(xTokenRoutes(state));
    await app.register(xUserRoutes(state));
    await app.register(xTweetRoutes(state));
    await app.register(xTimelineRoutes(state));
    await app.register(xMediaRoutes(state));
  };
}
