import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';

const PROBLEM_TYPES: Record<number, { title: string; type: string }> = {
  400: { title: 'Invalid Request', type: 'https://api.twitter.com/2/problems/invalid-request' },
  401: { title: 'Unauthorized', type: 'about:blank' },
  403: { title: 'Forbidden', type: 'about:blank' },
  404: { title: 'Not Found Error', type: 'https://api.twitter.com/2/problems/resource-not-found' },
  429: { title: 'Too Many Requests', type: 'about:blank' },
};

/** X's API errors: problem+json `{title, detail, type, status}`, plus anything extra (e.g. `errors`). */
export function sendXProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  const known = PROBLEM_TYPES[status] ?? { title: STATUS_CODES[status] ?? 'Error', type: 'about:blank' };
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ title: known.title, detail, type: known.type, status, ...extra });
}

/** The OAuth endpoints' error shape: `{error, error_description}`, JSON. */
export function sendXOAuthError(reply: FastifyReply, status: number, error: string, description: string): FastifyReply {
  return reply.code(status).type('application/json').send({ error, error_description: description });
}

export const DUPLICATE_DETAIL = 'You are not allowed to create a Tweet with duplicate content.';
