import type { FastifyPluginAsync } from 'fastify';
import { randomBytes } from 'node:crypto';
import { objectBody, queryValue } from '../shared';
import { authenticate } from './auth';
import { DUPLICATE_DETAIL, notAuthorizedForField, resourceNotFound, sendXInvalidRequest, sendXProblem } from './errors';
import { fieldList, mayReadPrivateMetrics, PRIVATE_METRIC_FIELDS, tweetView } from './public-fields';
import { wrapUrls } from './urls';
import { weightedLength, X_MAX_WEIGHTED_LENGTH } from './weighted-length';
import type { XState } from './x-state';

const WRITE_SCOPES = ['tweet.read', 'tweet.write', 'users.read'];
const READ_SCOPES = ['tweet.read', 'users.read'];
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `POST /2/tweets`, `DELETE /2/tweets/:id` and `GET /2/tweets?ids=`. */
export function xTweetRoutes(state: XState): FastifyPluginAsync {
  return async (app) => {
    app.post('/2/tweets', async (request, reply) => {
      const token = authenticate(state, request, reply, WRITE_SCOPES);
      if (!token) return reply;
      const body = objectBody(request.body);
      const text = body['text'];
      if (text !== undefined && typeof text !== 'string') return invalid(reply, 'text', 'text must be a string');
      if (body['reply'] !== undefined || body['quote_tweet_id'] !== undefined) {
        return sendXProblem(reply, 403, 'Replies and quotes are restricted for this app.');
      }
      const mediaIds = objectBody(body['media'])['media_ids'];
      if (
        mediaIds !== undefined &&
        (!Array.isArray(mediaIds) ||
          mediaIds.length === 0 ||
          mediaIds.length > 4 ||
          mediaIds.some((id) => typeof id !== 'string'))
      ) {
        return invalid(reply, 'media.media_ids', 'media_ids must hold 1 to 4 media ids');
      }
      const media = (mediaIds ?? []) as string[];
      if (!text && media.length === 0) return invalid(reply, 'text', 'A post needs text or media');
      const length = weightedLength(text ?? '');
      if (length > X_MAX_WEIGHTED_LENGTH) {
        return sendXProblem(
          reply,
          422,
          `Your post is too long: ${length} weighted characters, at most ${X_MAX_WEIGHTED_LENGTH} are allowed.`,
        );
      }
      const now = state.clock.nowMs();
      const unusable = media.find((id) => {
        const found = state.media.get(id);
        return !found || found.ownerId !== token.userId || !found.finalized || found.expiresAtMs <= now;
      });
      if (unusable) return invalid(reply, 'media.media_ids', `Your media IDs are invalid: ${unusable}`);
      // Only this author's posts: the store keeps them indexed, so the check does not scan everybody's.
      const duplicate = [...state.tweets.byAuthorId(token.userId)].some(
        (tweet) => tweet.deletedAtMs === null && tweet.rawText.trim() === (text ?? '').trim() && text,
      );
      if (duplicate) return sendXProblem(reply, 403, DUPLICATE_DETAIL);

      const id = state.nextTweetId();
      const wrapped = wrapUrls(text ?? '', shortCode);
      state.tweets.set(id, {
        id,
        authorId: token.userId,
        clientId: token.clientId,
        rawText: text ?? '',
        text: wrapped.text,
        urls: wrapped.urls,
        mediaIds: media,
        paidPartnership: body['paid_partnership'] === true,
        createdAtMs: now,
        deletedAtMs: null,
      });
      return reply
        .code(201)
        .type('application/json')
        .send({ data: { id, text: wrapped.text, edit_history_tweet_ids: [id] } });
    });

    app.delete<{ Params: { id: string } }>('/2/tweets/:id', async (request, reply) => {
      const token = authenticate(state, request, reply, WRITE_SCOPES);
      if (!token) return reply;
      const tweet = state.tweets.get(request.params.id);
      if (tweet && tweet.authorId !== token.userId) {
        return sendXProblem(reply, 403, 'You are not allowed to delete a Tweet you did not create.');
      }
      const deleted = !!tweet && tweet.deletedAtMs === null;
      if (tweet && deleted) tweet.deletedAtMs = state.clock.nowMs();
      return reply.type('application/json').send({ data: { deleted } });
    });

    app.get('/2/tweets', async (request, reply) => {
      const token = authenticate(state, request, reply, READ_SCOPES);
      if (!token) return reply;
      const ids = (queryValue(request.query, 'ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > 100 || ids.some((id) => !/^\d{1,19}$/.test(id))) {
        return invalid(reply, 'ids', 'ids must be 1 to 100 comma-separated numeric post ids');
      }
      // Newer spec revisions call the parameter post.fields; accept both.
      const fields = [
        ...fieldList(queryValue(request.query, 'tweet.fields')),
        ...fieldList(queryValue(request.query, 'post.fields')),
      ];
      const privateFields = fields.filter((field) => PRIVATE_METRIC_FIELDS.includes(field));
      const now = state.clock.nowMs();
      const data: Array<Record<string, unknown>> = [];
      const errors: Array<Record<string, unknown>> = [];
      for (const id of ids) {
        const tweet = state.tweets.get(id);
        if (!tweet || tweet.deletedAtMs !== null) {
          errors.push(resourceNotFound('tweet', 'ids', id));
        } else if (privateFields.length > 0 && !mayReadPrivateMetrics(tweet, token.userId, now)) {
          // X leaves such a post out of `data` and says why in `errors`.
          errors.push(...privateFields.map((field) => notAuthorizedForField(id, field)));
        } else {
          data.push(tweetView(tweet, fields, now));
        }
      }
      return reply
        .type('application/json')
        .send({ ...(data.length > 0 ? { data } : {}), ...(errors.length > 0 ? { errors } : {}) });
    });
  };
}

function invalid(reply: Parameters<typeof sendXProblem>[0], parameter: string, message: string) {
  return sendXInvalidRequest(reply, parameter, message);
}

function shortCode(): string {
  return [...randomBytes(10)].map((byte) => BASE62[byte % BASE62.length]).join('');
}
