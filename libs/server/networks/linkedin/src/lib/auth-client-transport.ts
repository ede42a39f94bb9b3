import { AsyncLocalStorage } from 'node:async_hooks';
import type { Agent } from 'node:https';
import type { AxiosStatic } from 'axios';

interface AuthTransport {
  timeoutMs: number;
  /** Set in sandbox mode only. */
  httpsAgent?: Agent;
}

/**
 * `AuthClient` (token exchange) has no options: it calls the default axios instance that
 * linkedin-api-client resolves. Setting `defaults.httpsAgent` there would send every adapter's (and
 * every other user's) token calls to one sandbox port. Instead, one request interceptor reads the
 * calling adapter's transport from an AsyncLocalStorage that the adapter sets around each AuthClient
 * call; requests made outside such a call pass through untouched. The cost: one interceptor on that
 * shared instance for the life of the process.
 */
const current = new AsyncLocalStorage<AuthTransport>();
let installed = false;

export function withAuthTransport<T>(transport: AuthTransport, call: () => Promise<T>): Promise<T> {
  if (!installed) {
    linkedInAxios().interceptors.request.use((config) => {
      const active = current.getStore();
      if (!active) return config;
      config.timeout = active.timeoutMs;
      // The token endpoints never redirect; a redirect must not carry the client secret elsewhere.
      config.maxRedirects = 0;
      if (active.httpsAgent) {
        config.httpsAgent = active.httpsAgent;
        // A proxy from the environment would bypass the agent and leave loopback.
        config.proxy = false;
      }
      return config;
    });
    installed = true;
  }
  return current.run(transport, call);
}

function linkedInAxios(): AxiosStatic {
  const path = require.resolve('axios', { paths: [require.resolve('linkedin-api-client')] });
  return require(path) as AxiosStatic;
}
