import type { FastifyInstance, FastifyRequest } from 'fastify';
import { multipartBoundary, MultipartPart, parseMultipart } from './multipart';

/** Images and media chunks come in one body; the networks accept a few MB, so do we. */
export const NETWORK_BODY_LIMIT = 8 * 1024 * 1024;

export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, MultipartPart>;
}

/** A request error that the network's error handler answers in the network's own shape. */
export function badBody(message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode: 400 });
}

/**
 * The body formats the emulated APIs receive: JSON (also announced on bodiless DELETEs, which the
 * LinkedIn client does), form-encoded (OAuth token endpoints), multipart (X media append) and raw bytes
 * (LinkedIn image upload). Call inside a network's plugin: parsers are scoped to it.
 */
export function registerNetworkBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: NETWORK_BODY_LIMIT },
    (_request, body, done) => {
      const text = String(body);
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(badBody('Request body is not valid JSON'), undefined);
      }
    },
  );
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: NETWORK_BODY_LIMIT },
    (request: FastifyRequest, body, done) => {
      const boundary = multipartBoundary(request.headers['content-type']);
      if (!boundary) return done(badBody('multipart body without a boundary'), undefined);
      try {
        const result: MultipartBody = { fields: {}, files: {} };
        for (const part of parseMultipart(body as Buffer, boundary)) {
          if (part.filename !== null || part.contentType?.startsWith('application/octet-stream')) {
            result.files[part.name] = part;
          } else {
            result.fields[part.name] = part.data.toString('utf8');
          }
        }
        done(null, result);
      } catch (error) {
        done(badBody(error instanceof Error ? error.message : 'malformed multipart body'), undefined);
      }
    },
  );
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: NETWORK_BODY_LIMIT }, (_request, body, done) => {
    done(null, body);
  });
}

/** A plain object body, or an empty one when the body is absent or of another kind. */
export function objectBody(body: unknown): Record<string, unknown> {
  return body !== null && typeof body === 'object' && !Buffer.isBuffer(body) && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/** A string field of a form or JSON body; arrays and other types count as absent. */
export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}

/** Form-encoded bodies (the consent form) in a scope that may not parse them yet. */
export function acceptForms(app: FastifyInstance): void {
  if (app.hasContentTypeParser('application/x-www-form-urlencoded')) return;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
}
