import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@chorus/server/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: a Nest application context (no HTTP server of Nest's own) running every Bull processor. */
export async function createWorker(
  config: AppConfig,
  options: { quiet?: boolean } = {},
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    logger: options.quiet ? false : undefined,
    abortOnError: false,
  });
  if (!options.quiet) app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}
