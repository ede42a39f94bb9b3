import Fastify, { FastifyInstance, FastifyPluginAsync, FastifyServerOptions } from 'fastify';
import { MailStore } from '../mail/mail-store';
import { mailRoutes } from '../mail/mail.routes';
import { sendProblem } from './problem';

/** Sandbox state that `POST /__sandbox/reset` wipes. */
export interface Resettable {
  reset(): void | Promise<void>;
}

export interface SandboxStores {
  mail: MailStore;
}

export interface SandboxServerOptions {
  /** Fastify's logger; off by default because stdout carries the launcher's ready line. */
  logger?: FastifyServerOptions['logger'];
}

export interface SandboxServer {
  readonly app: FastifyInstance;
  /**
   * Serves an emulated network on its own host name, e.g. `api.linkedin.com`: the plugin's routes only
   * answer requests whose Host header names it (any port, any case). The sandbox's own `/__sandbox`
   * routes answer on every host. Call before the server listens. `state` is wiped on reset.
   */
  registerNetwork(hostname: string, plugin: FastifyPluginAsync, state?: Resettable): void;
  /**
   * Adds routes under `/__sandbox` (any host, problem+json errors, tolerant JSON bodies). Call before
   * the server listens. `state` is wiped on reset.
   */
  registerControl(plugin: FastifyPluginAsync, options?: { prefix?: string; state?: Resettable }): void;
  /** Wipes all sandbox state, as `POST /__sandbox/reset` does. */
  reset(): Promise<void>;
}

const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

/** Builds the sandbox's one HTTP server from its stores; it does not listen yet. */
export function buildSandboxServer(stores: SandboxStores, options: SandboxServerOptions = {}): SandboxServer {
  // forceCloseConnections: a request a test made hang (fail-next) must not hold the shutdown up.
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true });
  const resettables: Resettable[] = [stores.mail];
  const networks = new Set<string>();
  const controlPlugins: Array<{ plugin: FastifyPluginAsync; prefix?: string }> = [];

  const reset = async () => {
    for (const state of resettables) await state.reset();
  };

  // Our own control endpoints answer in problem+json. A network plugin sets its own handlers, in the
  // error format of the network it emulates.
  app.setErrorHandler((error: unknown, request, reply) => {
    const { statusCode, message } = (error ?? {}) as { statusCode?: unknown; message?: unknown };
    const status = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'sandbox request failed');
      return sendProblem(reply, status, 'The sandbox failed to handle the request');
    }
    return sendProblem(reply, status, typeof message === 'string' ? message : undefined);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, `No sandbox route for ${request.method} ${request.url.split('?')[0]}`),
  );

  app.register(
    async (control) => {
      // Test helpers tend to send `content-type: application/json` on a POST without a body; a control
      // endpoint should not fail on that. Non-empty bodies still go through Fastify's safe JSON parser.
      const parseJson = control.getDefaultJsonParser('error', 'error');
      control.removeContentTypeParser('application/json');
      control.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
        const text = body.toString();
        if (text === '') done(null, undefined);
        else parseJson(request, text, done);
      });
      control.get('/health', async () => ({ status: 'ok' }));
      control.post('/reset', async (_request, reply) => {
        await reset();
        return reply.code(204).send();
      });
      await control.register(mailRoutes(stores.mail));
      for (const { plugin, prefix } of controlPlugins) await control.register(plugin, { prefix });
    },
    { prefix: '/__sandbox' },
  );

  return {
    app,
    reset,
    registerControl(plugin, controlOptions = {}) {
      controlPlugins.push({ plugin, prefix: controlOptions.prefix });
      if (controlOptions.state) resettables.push(controlOptions.state);
    },
    registerNetwork(hostname, plugin, state) {
      const name = hostname.toLowerCase();
      if (!HOSTNAME.test(name)) throw new Error(`"${hostname}" is not a host name`);
      if (networks.has(name)) throw new Error(`A network is already registered on ${name}`);
      networks.add(name);
      if (state) resettables.push(state);
      const host = new RegExp(`^${name.replace(/[.-]/g, '\\$&')}\\.?(?::\\d+)?$`, 'i');
      app.register(async (scope) => {
        // Every route the plugin (or anything it registers) declares gets the host constraint.
        scope.addHook('onRoute', (route) => {
          route.constraints = { ...route.constraints, host };
        });
        await scope.register(plugin);
      });
    },
  };
}
