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

/** A 400 for bad request parameters, as X words it: `errors[]` names the parameter and its values. */
export function sendXInvalidRequest(
  reply: FastifyReply,
  parameter: string,
  message: string,
  values: string[] = [],
): FastifyReply {
  return sendXProblem(reply, 400, 'One or more parameters to your request was invalid.', {
    errors: [{ parameters: { [parameter]: values }, message }],
  });
}

/** A partial error (inside a 200) for a resource that does not exist. */
export function resourceNotFound(
  resourceType: 'tweet' | 'user',
  parameter: string,
  id: string,
): Record<string, unknown> {
  return {
    value: id,
    detail: `Could not find ${resourceType} with ${parameter}: [${id}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: id,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}

/** A partial error (inside a 200) for a field of a post the caller may not read (private metrics). */
export function notAuthorizedForField(id: string, field: string): Record<string, unknown> {
  return {
    value: id,
    detail: `Sorry, you are not authorized to access '${field}' on the Tweet with ids: ${id}.`,
    title: 'Field Authorization Error',
    resource_type: 'tweet',
    parameter: field,
    resource_id: id,
    section: 'data',
    field,
    type: 'https://api.twitter.com/2/problems/not-authorized-for-field',
  };
}
