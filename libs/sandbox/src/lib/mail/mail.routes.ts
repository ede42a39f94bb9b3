import type { FastifyPluginAsync } from 'fastify';
import { sendProblem } from '../http/problem';
import { MailStore } from './mail-store';
import { renderMailboxPage } from './mailbox-page';

interface MailQuery {
  to?: string | string[];
}

/** The mail catcher's HTTP side, mounted under `/__sandbox`. */
export function mailRoutes(mail: MailStore): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Querystring: MailQuery }>('/mail', async (request) => mail.list({ to: single(request.query.to) }));

    app.get<{ Params: { id: string } }>('/mail/:id', async (request, reply) => {
      const found = mail.get(request.params.id);
      return found ?? sendProblem(reply, 404, `No mail with id "${request.params.id}"`);
    });

    // The HTML part on its own page, so the mailbox can link to it. The mail's markup is untrusted: a sandboxed
    // document without scripts, plugins or remote content (inline styles and data: images only).
    app.get<{ Params: { id: string } }>('/mail/:id/html', async (request, reply) => {
      const found = mail.get(request.params.id);
      if (!found?.html) return sendProblem(reply, 404, `No HTML part for mail "${request.params.id}"`);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .send(found.html);
    });

    app.delete('/mail', async (_request, reply) => {
      mail.clear();
      return reply.code(204).send();
    });

    app.get<{ Querystring: MailQuery }>('/mailbox', async (request, reply) => {
      const to = single(request.query.to);
      return (
        reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          // Mail content is untrusted: even if escaping were ever missed, no script or remote content runs.
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'")
          .header('x-content-type-options', 'nosniff')
          .header('referrer-policy', 'no-referrer')
          .send(renderMailboxPage(mail.list({ to }), { to }))
      );
    });
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
