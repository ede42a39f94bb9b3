import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { Problem } from '@chorus/shared/contracts';

/** Answers with an RFC 9457 problem, the error shape of the sandbox's own endpoints. */
export function sendProblem(reply: FastifyReply, status: number, detail?: string): FastifyReply {
  const problem: Problem = { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status };
  if (detail !== undefined) problem.detail = detail;
  return reply.code(status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem));
}
