import type { FastifyPluginAsync } from 'fastify';
import { metricsAt, queryValue } from '../shared';
import { authenticate, personUrn } from './auth';
import { sendLinkedInError } from './errors';
import type { LinkedInPost, LinkedInState } from './linkedin-state';

const QUERY_TYPES = {
  IMPRESSION: 'impressions',
  MEMBERS_REACHED: 'membersReached',
  RESHARE: 'reposts',
  REACTION: 'reactions',
  COMMENT: 'comments',
} as const;
type QueryType = keyof typeof QUERY_TYPES;

/** Community Management API reads: only tokens with the restricted scopes get them (403 otherwise). */
export function linkedInMetricsRoutes(state: LinkedInState): FastifyPluginAsync {
  return async (app) => {
    app.get('/memberCreatorPostAnalytics', async (request, reply) => {
      const token = authenticate(
        state,
        request,
        reply,
        ['r_member_postAnalytics'],
        'memberCreatorPostAnalytics.FINDER-entity',
      );
      if (!token) return reply;
      const query = request.query;
      if (queryValue(query, 'q') !== 'entity') return sendLinkedInError(reply, 400, 'Unsupported finder: use q=entity');
      const queryType = queryValue(query, 'queryType') as QueryType | undefined;
      if (!queryType || !(queryType in QUERY_TYPES)) {
        return sendLinkedInError(reply, 400, `queryType must be one of ${Object.keys(QUERY_TYPES).join(', ')}`);
      }
      const aggregation = queryValue(query, 'aggregation') ?? 'TOTAL';
      if (aggregation !== 'TOTAL') return sendLinkedInError(reply, 400, 'The sandbox emulates aggregation=TOTAL only');
      // Rest.li encodes the entity as `(share:urn%3Ali%3Ashare%3A…)`; the query parser has decoded it.
      const entity = /^\((share|ugc):(urn:li:(?:share|ugcPost):[^)]+)\)$/.exec(queryValue(query, 'entity') ?? '');
      if (!entity)
        return sendLinkedInError(reply, 400, 'entity must be (share:urn:li:share:…) or (ugc:urn:li:ugcPost:…)');
      const post = ownPost(state, entity[2], token.sub);
      if (!post) return sendLinkedInError(reply, 404, `No analytics for ${entity[2]}`);
      const count = metricsAt(post.urn, ageSeconds(state, post))[QUERY_TYPES[queryType]];
      return reply.type('application/json').send({
        paging: { start: 0, count: 10, links: [] },
        elements: [{ count, metricType: queryType, targetEntity: { [entity[1]]: post.urn } }],
      });
    });

    app.get<{ Params: { urn: string } }>('/socialMetadata/:urn', async (request, reply) => {
      const token = authenticate(
        state,
        request,
        reply,
        ['r_member_social', 'r_member_postAnalytics'],
        'socialMetadata.GET',
      );
      if (!token) return reply;
      const post = ownPost(state, request.params.urn, token.sub);
      if (!post) return sendLinkedInError(reply, 404, `${request.params.urn} does not exist`);
      const metrics = metricsAt(post.urn, ageSeconds(state, post));
      return reply.type('application/json').send({
        entity: post.urn,
        reactionSummaries: metrics.reactions > 0 ? { LIKE: { reactionType: 'LIKE', count: metrics.reactions } } : {},
        commentSummary: { count: metrics.comments, topLevelCount: metrics.comments },
        commentsState: 'OPEN',
      });
    });
  };
}

function ownPost(state: LinkedInState, urn: string, sub: string): LinkedInPost | undefined {
  const post = state.posts.get(urn);
  return post && post.deletedAtMs === null && post.author === personUrn(sub) ? post : undefined;
}

function ageSeconds(state: LinkedInState, post: LinkedInPost): number {
  return (state.clock.nowMs() - post.createdAtMs) / 1000;
}
