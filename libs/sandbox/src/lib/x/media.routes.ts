import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { MultipartBody, objectBody, queryValue } from '../shared';
import { authenticate } from './auth';
import { sendXProblem } from './errors';
import type { XMedia, XState } from './x-state';

const MEDIA_TTL_SECONDS = 24 * 3600;
const MAX_CHUNK_BYTES = 1024 * 1024;
const MAX_BYTES: Record<string, number> = {
  'image/jpeg': 5 * 1024 * 1024,
  'image/png': 5 * 1024 * 1024,
  'image/webp': 5 * 1024 * 1024,
  'image/gif': 15 * 1024 * 1024,
};

/** Media upload v2: initialize, append (multipart), finalize, status; plus alt text metadata. */
export function xMediaRoutes(state: XState): FastifyPluginAsync {
  return async (app) => {
    app.post('/2/media/upload/initialize', async (request, reply) => {
      const token = authenticate(state, request, reply, ['media.write']);
      if (!token) return reply;
      const body = objectBody(request.body);
      const mediaType = body['media_type'];
      const totalBytes = body['total_bytes'];
      if (typeof mediaType !== 'string' || !(mediaType in MAX_BYTES)) {
        return invalid(reply, `media_type must be one of ${Object.keys(MAX_BYTES).join(', ')}`);
      }
      if (
        !Number.isInteger(totalBytes) ||
        (totalBytes as number) <= 0 ||
        (totalBytes as number) > MAX_BYTES[mediaType]
      ) {
        return invalid(reply, `total_bytes must be from 1 to ${MAX_BYTES[mediaType]} for ${mediaType}`);
      }
      const id = state.nextMediaId();
      const media: XMedia = {
        id,
        mediaKey: `3_${id}`,
        ownerId: token.userId,
        mediaType,
        category: typeof body['media_category'] === 'string' ? body['media_category'] : 'tweet_image',
        totalBytes: totalBytes as number,
        receivedBytes: new Map(),
        finalized: false,
        expiresAtMs: state.clock.nowMs() + MEDIA_TTL_SECONDS * 1000,
        altText: null,
      };
      state.media.set(id, media);
      return reply
        .type('application/json')
        .send({ data: { id, media_key: media.mediaKey, expires_after_secs: MEDIA_TTL_SECONDS } });
    });

    app.post<{ Params: { id: string } }>('/2/media/upload/:id/append', async (request, reply) => {
      const token = authenticate(state, request, reply, ['media.write']);
      if (!token) return reply;
      const media = ownMedia(state, request.params.id, token.userId);
      if (!media) return invalid(reply, `Unknown media id ${request.params.id}`);
      if (media.finalized) return invalid(reply, 'The media has been finalized already');
      const body = (request.body ?? {}) as Partial<MultipartBody>;
      const index = Number(body.fields?.['segment_index']);
      const chunk = body.files?.['media']?.data;
      if (!Number.isInteger(index) || index < 0 || index > 999)
        return invalid(reply, 'segment_index must be from 0 to 999');
      if (!chunk || chunk.length === 0)
        return invalid(reply, 'media (the chunk bytes) is required as multipart/form-data');
      if (chunk.length > MAX_CHUNK_BYTES) return invalid(reply, `A chunk may hold at most ${MAX_CHUNK_BYTES} bytes`);
      media.receivedBytes.set(index, chunk.length);
      return reply.type('application/json').send({ data: { expires_at: Math.floor(media.expiresAtMs / 1000) } });
    });

    app.post<{ Params: { id: string } }>('/2/media/upload/:id/finalize', async (request, reply) => {
      const token = authenticate(state, request, reply, ['media.write']);
      if (!token) return reply;
      const media = ownMedia(state, request.params.id, token.userId);
      if (!media) return invalid(reply, `Unknown media id ${request.params.id}`);
      const received = [...media.receivedBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
      if (received !== media.totalBytes) {
        return invalid(reply, `Segments add up to ${received} bytes, not the ${media.totalBytes} announced`);
      }
      media.finalized = true;
      return reply.type('application/json').send({
        data: {
          id: media.id,
          media_key: media.mediaKey,
          size: media.totalBytes,
          expires_after_secs: remainingSeconds(state, media),
        },
      });
    });

    app.get('/2/media/upload', async (request, reply) => {
      const token = authenticate(state, request, reply, ['media.write']);
      if (!token) return reply;
      if (queryValue(request.query, 'command') !== 'STATUS') return invalid(reply, 'command must be STATUS');
      const media = ownMedia(state, queryValue(request.query, 'media_id') ?? '', token.userId);
      if (!media) return invalid(reply, 'Unknown media_id');
      return reply.type('application/json').send({
        data: {
          id: media.id,
          media_key: media.mediaKey,
          expires_after_secs: remainingSeconds(state, media),
          processing_info: {
            state: media.finalized ? 'succeeded' : 'pending',
            progress_percent: media.finalized ? 100 : 0,
          },
        },
      });
    });

    app.post('/2/media/metadata', async (request, reply) => {
      const token = authenticate(state, request, reply, ['media.write']);
      if (!token) return reply;
      const body = objectBody(request.body);
      const media = ownMedia(state, String(body['id'] ?? ''), token.userId);
      if (!media) return invalid(reply, 'Unknown media id');
      const altText = objectBody(objectBody(body['metadata'])['alt_text'])['text'];
      if (typeof altText !== 'string' || altText.length > 1000)
        return invalid(reply, 'metadata.alt_text.text must be at most 1000 characters');
      media.altText = altText;
      return reply
        .type('application/json')
        .send({ data: { id: media.id, associated_metadata: { alt_text: { text: altText } } } });
    });
  };
}

function ownMedia(state: XState, id: string, userId: string): XMedia | undefined {
  const media = state.media.get(id);
  return media && media.ownerId === userId && media.expiresAtMs > state.clock.nowMs() ? media : undefined;
}

function remainingSeconds(state: XState, media: XMedia): number {
  return Math.max(0, Math.floor((media.expiresAtMs - state.clock.nowMs()) / 1000));
}

function invalid(reply: FastifyReply, message: string): FastifyReply {
  return sendXProblem(reply, 400, message);
}
