import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FaultInjector, FaultRule, SandboxNetwork } from './fault-injector';

/** How a network answers an injected `respond` fault that brought no body of its own. */
export type FaultResponder = (request: FastifyRequest, reply: FastifyReply, rule: FaultRule) => FastifyReply;

const droppedAfterCommit = new WeakSet<FastifyRequest>();

/**
 * Applies armed faults to a network's requests. Runs as a preHandler, after body parsing and after
 * the network's own bookkeeping hooks registered before it (X counts the request against its rate
 * limits first, as the real network would).
 */
export function installFaultHook(
  app: FastifyInstance,
  network: SandboxNetwork,
  faults: FaultInjector,
  respond: FaultResponder,
): void {
  app.addHook('preHandler', async (request, reply) => {
    const rule = faults.take(network, request.method, request.url.split('?')[0]);
    if (!rule) return;
    if (rule.mode === 'hang') {
      // Never answered: the client times out; closing the sandbox destroys the socket.
      reply.hijack();
      return reply;
    }
    if (rule.mode === 'drop-after-commit') {
      droppedAfterCommit.add(request);
      return;
    }
    for (const [name, value] of Object.entries(rule.headers)) reply.header(name, value);
    if (rule.body === undefined) return respond(request, reply, rule);
    const body = typeof rule.body === 'string' ? rule.body : JSON.stringify(rule.body);
    if (!rule.headers['content-type']) reply.type(typeof rule.body === 'string' ? 'text/plain' : 'application/json');
    return reply.code(rule.status).send(body);
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    // The handler ran and committed; the client gets no answer at all.
    if (droppedAfterCommit.has(request)) request.raw.socket?.destroy();
    return payload;
  });
}
