import type { FastifyPluginAsync } from 'fastify';
import { objectBody } from '../shared';
import { authenticate, personUrn } from './auth';
import { sendLinkedInError, sendValidationError } from './errors';
import type { LinkedInState } from './linkedin-state';
import { renderLittleText } from './little-text';
import { validatePost } from './post-validation';

const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

/** `/rest/posts`: create (with every check the Posts API makes), read (restricted) and delete. */
export function linkedInPostRoutes(state: LinkedInState): FastifyPluginAsync {
  return async (app) => {
    app.post('/posts', async (request, reply) => {
      const token = authenticate(state, request, reply, ['w_member_social'], 'partnerApiPostsExternal.CREATE');
      if (!token) return reply;
      const body = objectBody(request.body);
      const caller = personUrn(token.sub);
      if (body['author'] !== caller) {
        return sendLinkedInError(reply, 403, `${caller} is not allowed to create a post as ${String(body['author'])}`, {
          code: 'ACCESS_DENIED',
          serviceErrorCode: 100,
        });
      }
      const validation = validatePost(body, state, caller);
      if ('errors' in validation) {
        return sendValidationError(reply, 422, 'Invalid request: see errorDetails.inputErrors', validation.errors);
      }
      const { post } = validation;
      const now = state.clock.nowMs();
      const duplicate = [...state.posts.values()].find(
        (existing) =>
          existing.author === caller &&
          existing.deletedAtMs === null &&
          post.commentary !== '' &&
          existing.commentary === post.commentary &&
          now - existing.createdAtMs < DUPLICATE_WINDOW_MS,
      );
      if (duplicate) {
        const message = `Content is a duplicate of ${duplicate.urn}`;
        return sendValidationError(reply, 422, message, [
          { code: 'DUPLICATE_POST', description: message, fieldPath: '/commentary' },
        ]);
      }
      const client = state.apps.get(token.clientId);
      if (!client || !state.useQuota(client, token.sub)) {
        // LinkedIn's throttles come without rate-limit headers; they reset at midnight UTC.
        return sendLinkedInError(
          reply,
          429,
          'Resource level throttle DAY limit for calls to this resource is reached.',
        );
      }
      const urn = state.nextPostUrn();
      state.posts.set(urn, {
        urn,
        author: caller,
        clientId: token.clientId,
        commentary: post.commentary,
        rendering: renderLittleText(post.commentary),
        visibility: post.visibility,
        article: post.article,
        media: post.media,
        createdAtMs: now,
        deletedAtMs: null,
      });
      return reply.code(201).header('x-restli-id', urn).header('x-linkedin-id', urn).send();
    });

    app.get<{ Params: { urn: string } }>('/posts/:urn', async (request, reply) => {
      const token = authenticate(state, request, reply, ['r_member_social'], 'partnerApiPostsExternal.GET');
      if (!token) return reply;
      const post = state.posts.get(request.params.urn);
      if (!post || post.deletedAtMs !== null)
        return sendLinkedInError(reply, 404, `Post ${request.params.urn} does not exist`);
      return reply.type('application/json').send({
        id: post.urn,
        author: post.author,
        commentary: post.commentary,
        visibility: post.visibility,
        lifecycleState: 'PUBLISHED',
        createdAt: post.createdAtMs,
        publishedAt: post.createdAtMs,
        ...(post.article
          ? { content: { article: post.article } }
          : post.media
            ? { content: { media: post.media } }
            : {}),
      });
    });

    app.delete<{ Params: { urn: string } }>('/posts/:urn', async (request, reply) => {
      const token = authenticate(state, request, reply, ['w_member_social'], 'partnerApiPostsExternal.DELETE');
      if (!token) return reply;
      const post = state.posts.get(request.params.urn);
      if (post && post.author !== personUrn(token.sub)) {
        return sendLinkedInError(reply, 403, 'Not enough permissions to delete this post', {
          code: 'ACCESS_DENIED',
          serviceErrorCode: 100,
        });
      }
      // Idempotent: deleting a deleted (or never known) post succeeds as well.
      if (post && post.deletedAtMs === null) post.deletedAtMs = state.clock.nowMs();
      return reply.code(204).send();
    });
  };
}
