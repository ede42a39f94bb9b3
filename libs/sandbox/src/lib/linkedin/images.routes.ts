import type { FastifyPluginAsync } from 'fastify';
import { objectBody, queryValue, randomToken } from '../shared';
import { authenticate, personUrn } from './auth';
import { sendLinkedInError } from './errors';
import type { LinkedInState } from './linkedin-state';

const UPLOAD_URL_TTL_MS = 60 * 60 * 1000;
export const UPLOAD_PATH = '/dms-uploads/sp/sandbox';

/** `/rest/images`: initializeUpload and the image's status. */
export function linkedInImageRoutes(state: LinkedInState): FastifyPluginAsync {
  return async (app) => {
    app.post('/images', async (request, reply) => {
      if (queryValue(request.query, 'action') !== 'initializeUpload') {
        return sendLinkedInError(reply, 400, 'Unsupported action: use ?action=initializeUpload');
      }
      const token = authenticate(state, request, reply, ['w_member_social'], 'images.ACTION.initializeUpload');
      if (!token) return reply;
      const upload = objectBody(objectBody(request.body)['initializeUploadRequest']);
      const owner = upload['owner'];
      if (owner !== personUrn(token.sub)) {
        return sendLinkedInError(reply, 403, `Not enough permissions to upload images for ${String(owner)}`, {
          code: 'ACCESS_DENIED',
          serviceErrorCode: 100,
        });
      }
      const uploadId = randomToken(18);
      const urn = `urn:li:image:D4E10AQ${randomToken(12)}`;
      const uploadUrlExpiresAtMs = state.clock.nowMs() + UPLOAD_URL_TTL_MS;
      state.images.set(urn, { urn, owner, uploadId, status: 'WAITING_UPLOAD', uploadUrlExpiresAtMs, bytes: 0 });
      return reply.type('application/json').send({
        value: {
          uploadUrlExpiresAt: uploadUrlExpiresAtMs,
          uploadUrl: `https://www.linkedin.com${UPLOAD_PATH}/${uploadId}`,
          image: urn,
        },
      });
    });

    app.get<{ Params: { urn: string } }>('/images/:urn', async (request, reply) => {
      const token = authenticate(state, request, reply, [], 'images.GET');
      if (!token) return reply;
      const image = state.images.get(request.params.urn);
      if (!image || image.owner !== personUrn(token.sub)) {
        return sendLinkedInError(reply, 404, `Image ${request.params.urn} does not exist`);
      }
      return reply.type('application/json').send({
        id: image.urn,
        owner: image.owner,
        status: image.status,
        ...(image.status === 'AVAILABLE'
          ? {
              downloadUrl: `https://media.licdn.com/sandbox/${image.uploadId}`,
              downloadUrlExpiresAt: image.uploadUrlExpiresAtMs,
            }
          : {}),
      });
    });
  };
}

/** The upload URL itself (on www.linkedin.com): a PUT of the image bytes with the owner's token. */
export function linkedInUploadRoutes(state: LinkedInState): FastifyPluginAsync {
  return async (app) => {
    app.put<{ Params: { uploadId: string } }>(`${UPLOAD_PATH}/:uploadId`, async (request, reply) => {
      const token = authenticate(state, request, reply, [], 'dms-uploads.PUT');
      if (!token) return reply;
      const image = [...state.images.values()].find((candidate) => candidate.uploadId === request.params.uploadId);
      if (!image || image.owner !== personUrn(token.sub)) return sendLinkedInError(reply, 404, 'Unknown upload');
      if (image.uploadUrlExpiresAtMs <= state.clock.nowMs())
        return sendLinkedInError(reply, 400, 'The upload URL has expired');
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!imageType(bytes)) return sendLinkedInError(reply, 400, 'Unsupported image: upload a JPG, GIF or PNG');
      image.status = 'AVAILABLE';
      image.bytes = bytes.length;
      return reply.code(201).send();
    });
  };
}

/** JPG, GIF or PNG by their magic bytes, as LinkedIn accepts. */
export function imageType(bytes: Buffer): 'image/jpeg' | 'image/png' | 'image/gif' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  return null;
}
