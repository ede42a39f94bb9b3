import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';

/** LinkedIn's API error shape: `{status, serviceErrorCode?, code?, message}`, always JSON. */
export function sendLinkedInError(
  reply: FastifyReply,
  status: number,
  message: string,
  extra: { code?: string; serviceErrorCode?: number } = {},
): FastifyReply {
  const body = {
    status,
    ...(extra.serviceErrorCode !== undefined ? { serviceErrorCode: extra.serviceErrorCode } : {}),
    ...(extra.code ? { code: extra.code } : {}),
    message,
  };
  return reply.code(status).type('application/json').send(body);
}

export interface InputError {
  code: string;
  description: string;
  fieldPath: string;
}

/** A validation failure: `com.linkedin.common.error.BadRequest` with its input errors. */
export function sendValidationError(
  reply: FastifyReply,
  status: number,
  message: string,
  errors: InputError[],
): FastifyReply {
  return reply
    .code(status)
    .type('application/json')
    .send({
      errorDetailType: 'com.linkedin.common.error.BadRequest',
      message,
      errorDetails: {
        inputErrors: errors.map((error) => ({
          code: error.code,
          description: error.description,
          input: { inputPath: { fieldPath: error.fieldPath } },
        })),
      },
      status,
    });
}

/** The OAuth endpoints' error shape: `{error, error_description}`. */
export function sendOAuthError(reply: FastifyReply, status: number, error: string, description: string): FastifyReply {
  return reply.code(status).type('application/json').send({ error, error_description: description });
}

/** The default body for an injected fault or an unexpected error, in LinkedIn's shape. */
export function defaultLinkedInError(reply: FastifyReply, status: number): FastifyReply {
  const message = status === 429 ? 'Resource level throttle limit is reached.' : (STATUS_CODES[status] ?? 'Error');
  return sendLinkedInError(reply, status, message);
}
