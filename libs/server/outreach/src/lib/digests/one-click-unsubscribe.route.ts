import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '@chorus/server/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UnsubscribeService } from './unsubscribe.service';

export const ONE_CLICK_PATH = '/api/outreach/unsubscribe/one-click';

/**
 * RFC 8058 one-click unsubscribe: the mail client (not our page) posts `List-Unsubscribe=One-Click` to the
 * URL of the List-Unsubscribe header. It carries neither our session nor our CSRF cookie, so this is a plain
 * Fastify route outside Nest's guards, like the `/l/` redirect: the signed token in the URL is the only
 * credential, and it can only switch its own person's mail off. Bodies of any type are accepted (Gmail
 * sends a form, others multipart) and not needed. Registered in its own plugin, so the catch-all body
 * parser stays on this route.
 */
@Injectable()
export class OneClickUnsubscribeRoute implements OnModuleInit {
  private readonly logger = new Logger('OneClickUnsubscribe');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.post) return;
    void fastify.register(async (scope) => {
      scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) =>
        done(null, body),
      );
      scope.post<{ Querystring: { token?: string | string[] } }>(ONE_CLICK_PATH, (request, reply) =>
        this.handle(request, reply),
      );
    });
  }

  private async handle(
    request: FastifyRequest<{ Querystring: { token?: string | string[] } }>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const raw = request.query.token;
    const token = Array.isArray(raw) ? raw[0] : raw;
    reply.header('cache-control', 'no-store');
    try {
      const result = await this.unsubscribe.unsubscribe(token ?? '');
      return reply.code(200).send(result);
    } catch (error) {
      if (error instanceof DomainError) {
        return reply
          .code(error.status)
          .header('content-type', 'application/problem+json')
          .send({
            type: `https://chorus.dev/problems/${error.code}`,
            title: 'Bad Request',
            status: error.status,
            detail: error.message,
            code: error.code,
            ...(error.errors ? { errors: error.errors } : {}),
          });
      }
      this.logger.error(`One-click unsubscribe failed: ${(error as Error).message}`);
      return reply.code(500).header('content-type', 'application/problem+json').send({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'Something went wrong on our side.',
      });
    }
  }
}
