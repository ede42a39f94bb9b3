import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, createValidationPipe, ProblemFilter, requestIdOf } from '@chorus/server/core';
import { LinkRedirect } from '@chorus/server/links';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { buildOpenApiDocument } from './openapi';

export interface CreateApiOptions {
  /** No Nest start-up logs (tests). */
  quiet?: boolean;
}

/**
 * Builds the HTTP API: Fastify, `/api` prefix, cookies, validation, problem+json errors, the tracked-link
 * redirect at `/l/<code>`, OpenAPI at `/api/docs`, and the built web client at `/` when it exists.
 */
export async function createApi(config: AppConfig, options: CreateApiOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), createFastifyAdapter(), {
    bufferLogs: true,
    logger: options.quiet ? false : undefined,
    abortOnError: false,
  });
  if (!options.quiet) app.useLogger(app.get(Logger));
  await configureApi(app, config);
  return app;
}

export function createFastifyAdapter(): FastifyAdapter {
  // 3 MiB: a 2 MB image upload is about 2.7 MB as base64 JSON; everything else is far smaller.
  return new FastifyAdapter({ trustProxy: true, bodyLimit: 3 * 1_048_576, genReqId: requestIdOf });
}

/** The wiring shared by the real API and the test harness (which builds its module with overrides). */
export async function configureApi(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await app.register(fastifyCookie);
  // The tracked-link redirect: a raw Fastify route outside /api and outside Nest's pipeline (hot path).
  app.get(LinkRedirect).register(app.getHttpAdapter().getInstance());

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });

  const webRoot = resolve(config.WEB_DIST_DIR);
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
    // Client-side routes (/login, /admin/users …) get the app shell; /api/* keeps its JSON 404.
    app
      .getHttpAdapter()
      .getInstance()
      .get('/*', (request, reply) => {
        // (/l/* never gets here: the redirect's own routes answer every path under /l.)
        if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
        return reply.type('text/html; charset=utf-8').sendFile('index.html');
      });
  }
}
