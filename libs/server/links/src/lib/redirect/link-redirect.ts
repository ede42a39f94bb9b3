import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@chorus/server/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_HEADER_CHARS } from './click';
import { ClickWriter } from './click-writer.service';
import { CODE_PATTERN, LinkResolver, ResolvedLink } from './link-resolver.service';
import { linkPage, NOT_FOUND_PAGE } from './link-page';

const UNAVAILABLE_PAGE = linkPage(
  'Please try again',
  'This link cannot be opened right now. Please try again in a moment.',
);

/**
 * `GET /l/<code>`: a plain Fastify route outside Nest's pipeline (no guards, pipes or interceptors — this
 * is the hot path). A cached code answers without any I/O: the click goes to the in-memory buffer and the
 * 302 leaves at once. Unknown or malformed codes get a small HTML 404 and record nothing.
 */
@Injectable()
export class LinkRedirect {
  private readonly logger = new Logger(LinkRedirect.name);

  constructor(
    private readonly resolver: LinkResolver,
    private readonly clicks: ClickWriter,
    private readonly clock: Clock,
  ) {}

  /** Adds the routes to the Fastify instance (before it starts listening). */
  register(fastify: FastifyInstance): void {
    // One wildcard route for everything under /l: a code, and also what is no code (empty, nested, longer
    // than Fastify's parameter limit) — a malformed link, never a route of the web client or a JSON 404.
    fastify.get<{ Params: { '*': string } }>('/l/*', (request, reply) => this.handle(request, reply));
    fastify.get('/l', (_request, reply) => this.notFound(reply));
  }

  private handle(
    request: FastifyRequest<{ Params: { '*': string } }>,
    reply: FastifyReply,
  ): FastifyReply | Promise<FastifyReply> {
    const code = request.params['*'];
    if (!CODE_PATTERN.test(code)) return this.notFound(reply);
    const cached = this.resolver.peek(code);
    if (cached !== undefined) return cached ? this.redirect(request, reply, cached) : this.notFound(reply);
    return this.resolver.resolve(code).then(
      (link) => (link ? this.redirect(request, reply, link) : this.notFound(reply)),
      (error: unknown) => {
        this.logger.error(`Could not resolve a link code: ${error instanceof Error ? error.message : String(error)}`);
        return reply.code(503).header('retry-after', '5').type('text/html; charset=utf-8').send(UNAVAILABLE_PAGE);
      },
    );
  }

  private redirect(request: FastifyRequest, reply: FastifyReply, link: ResolvedLink): FastifyReply {
    // HEAD (Fastify answers it from this route) is a link checker, not a visit.
    if (request.method === 'GET') {
      const userAgent = request.headers['user-agent'];
      const referer = request.headers['referer'];
      this.clicks.record({
        linkId: link.linkId,
        contentItemId: link.contentItemId,
        network: link.network,
        at: this.clock.now(),
        ip: request.ip,
        userAgent: userAgent ? userAgent.slice(0, MAX_HEADER_CHARS) : '',
        referer: referer ? referer.slice(0, MAX_HEADER_CHARS) : undefined,
      });
    }
    // no-store: every visit must reach us to be counted, and the target may change with a new deployment.
    return reply.code(302).header('location', link.location).header('cache-control', 'no-store').send();
  }

  private notFound(reply: FastifyReply): FastifyReply {
    return reply.code(404).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(NOT_FOUND_PAGE);
  }
}
