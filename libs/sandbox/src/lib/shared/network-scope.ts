import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FaultInjector, SandboxNetwork } from '../control/fault-injector';
import { FaultResponder, installFaultHook } from '../control/fault-hook';
import { registerNetworkBodyParsers } from './body-parsers';

export interface NetworkScopeOptions {
  network: SandboxNetwork;
  faults: FaultInjector;
  /** Answers an error (thrown, injected or not found) in the network's own shape. */
  sendError: (reply: FastifyReply, status: number, message: string) => FastifyReply;
}

/**
 * What every emulated host shares: the network's body formats, its error shape for thrown errors and
 * unknown paths, and fault injection. Call at the top of the host's plugin, before its routes.
 */
export function setUpNetworkScope(app: FastifyInstance, options: NetworkScopeOptions): void {
  registerNetworkBodyParsers(app);
  app.setErrorHandler((error: unknown, request, reply) => {
    const { statusCode, message } = (error ?? {}) as { statusCode?: unknown; message?: unknown };
    const status = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'sandbox network request failed');
    return options.sendError(
      reply,
      status,
      status >= 500 || typeof message !== 'string' ? 'Internal Server Error' : message,
    );
  });
  const responder: FaultResponder = (_request, reply, rule) =>
    options.sendError(reply, rule.status, defaultFaultMessage(rule.status));
  installFaultHook(app, options.network, options.faults, responder);
  // Host-constrained like every route of the network, so other hosts keep the sandbox's own 404.
  app.all('/*', async (request: FastifyRequest, reply) =>
    options.sendError(reply, 404, `No route for ${request.method} ${request.url.split('?')[0]}`),
  );
}

function defaultFaultMessage(status: number): string {
  if (status === 429) return 'Too Many Requests';
  if (status >= 500) return 'Service Unavailable (injected by the sandbox)';
  return 'Request failed (injected by the sandbox)';
}
