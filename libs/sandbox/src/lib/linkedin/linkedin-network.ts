import type { FastifyPluginAsync } from 'fastify';
import type { FaultInjector } from '../control/fault-injector';
import { setUpNetworkScope } from '../shared';
import { sendLinkedInError } from './errors';
import { linkedInImageRoutes, linkedInUploadRoutes } from './images.routes';
import type { LinkedInState } from './linkedin-state';
import { linkedInMetricsRoutes } from './metrics.routes';
import { linkedInConsentRoutes, linkedInTokenRoutes } from './oauth.routes';
import { linkedInPostRoutes } from './posts.routes';
import { linkedInUserinfoRoutes } from './userinfo.routes';
import { checkVersion } from './versions';

export const LINKEDIN_WWW_HOST = 'www.linkedin.com';
export const LINKEDIN_API_HOST = 'api.linkedin.com';

const sendError = (reply: Parameters<typeof sendLinkedInError>[0], status: number, message: string) =>
  sendLinkedInError(reply, status, message);

/** www.linkedin.com: OAuth (consent, accessToken, introspectToken) and the image upload URLs. */
export function linkedInWwwPlugin(state: LinkedInState, faults: FaultInjector): FastifyPluginAsync {
  return async (app) => {
    setUpNetworkScope(app, { network: 'linkedin', faults, sendError });
    await app.register(linkedInConsentRoutes(state));
    await app.register(linkedInTokenRoutes(state));
    await app.register(linkedInUploadRoutes(state));
  };
}

/** api.linkedin.com: `/v2/userinfo` and the versioned `/rest` API. */
export function linkedInApiPlugin(state: LinkedInState, faults: FaultInjector): FastifyPluginAsync {
  return async (app) => {
    setUpNetworkScope(app, { network: 'linkedin', faults, sendError });
    await app.register(linkedInUserinfoRoutes(state));
    await app.register(
      async (rest) => {
        rest.addHook('onRequest', async (request, reply) => {
          const version = checkVersion(headerValue(request.headers['linkedin-version']), state.versions());
          if (!version.ok) return sendLinkedInError(reply, version.status, version.message, { code: version.code });
          if (headerValue(request.headers['x-restli-protocol-version']) !== '2.0.0') {
            return sendLinkedInError(reply, 400, 'Set X-Restli-Protocol-Version: 2.0.0 on every /rest call', {
              code: 'ILLEGAL_ARGUMENT',
            });
          }
          return undefined;
        });
        await rest.register(linkedInPostRoutes(state));
        await rest.register(linkedInImageRoutes(state));
        await rest.register(linkedInMetricsRoutes(state));
      },
      { prefix: '/rest' },
    );
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
