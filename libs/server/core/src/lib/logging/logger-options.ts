import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Anything that can hold a secret is censored before a log line is written. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-xsrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
];

/**
 * The request's id: a sane incoming `x-request-id`, else a new UUID. Kept on the raw request so that the
 * HTTP framework, the logger and the error responses all quote the same id.
 */
export function requestIdOf(req: IncomingMessage): string {
  const carrier = req as IncomingMessage & { chorusRequestId?: string };
  if (!carrier.chorusRequestId) {
    const incoming = req.headers['x-request-id'];
    carrier.chorusRequestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  }
  return carrier.chorusRequestId;
}

/** Structured JSON logs with a request id per request (taken from `x-request-id` when it looks sane). */
export function loggerOptions(config: Pick<AppConfig, 'LOG_LEVEL'>, destination?: DestinationStream): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res) => {
      const id = requestIdOf(req);
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/health') },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        // Query strings carry one-time tokens and OAuth codes; the path is enough to follow a request.
        url: req.url?.split('?')[0],
      }),
    },
  };
  // A destination of its own lets tests read every line that would have been written.
  return { pinoHttp: destination ? [options, destination] : options };
}
