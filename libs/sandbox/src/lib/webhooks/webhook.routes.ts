import type { FastifyPluginAsync } from 'fastify';
import { sendProblem } from '../http/problem';
import { queryValue } from '../shared';
import { WebhookStore } from './webhook-store';

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A catcher for Slack / Teams incoming webhooks, mounted under `/__sandbox`: point a webhook at
 * `http://127.0.0.1:<port>/__sandbox/webhooks/<name>`. It answers 200 `ok` (text/plain) as Slack does;
 * `?fail=<400-599>` answers that status instead (the request is still recorded) to exercise retries.
 */
export function webhookRoutes(store: WebhookStore): FastifyPluginAsync {
  return async (app) => {
    app.post<{ Params: { name: string } }>('/webhooks/:name', async (request, reply) => {
      const { name } = request.params;
      if (!NAME.test(name)) return sendProblem(reply, 400, 'name must be 1-64 letters, digits, ".", "_" or "-"');
      const fail = queryValue(request.query, 'fail');
      const status = fail === undefined ? 200 : Number(fail);
      if (!Number.isInteger(status) || (fail !== undefined && (status < 400 || status > 599))) {
        return sendProblem(reply, 400, 'fail must be an HTTP status from 400 to 599');
      }
      const contentType = request.headers['content-type'] ?? null;
      store.add({ name, status, contentType, body: request.body ?? null });
      return reply
        .code(status)
        .type('text/plain; charset=utf-8')
        .send(status === 200 ? 'ok' : 'simulated failure');
    });

    app.get('/webhooks', async (request) => store.list({ name: queryValue(request.query, 'name') }));

    app.delete('/webhooks', async (_request, reply) => {
      store.clear();
      return reply.code(204).send();
    });
  };
}
