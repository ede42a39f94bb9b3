import { MailMessage, MailOutbox } from '@chorus/server/core';
import { ApiModule, configureApi, createFastifyAdapter } from '@chorus/server/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { TestClient } from './test-client';
import { testEnvironment } from './test-environment';

/** Keeps what the API would have mailed, so specs can follow invite and reset links. */
export class CapturingMailOutbox extends MailOutbox {
  readonly sent: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }

  lastTo(address: string): MailMessage | undefined {
    return [...this.sent].reverse().find((m) => m.to === address);
  }

  /** The first link in the last mail to this address that points at the given path. */
  linkTo(address: string, path: string): string {
    const mail = this.lastTo(address);
    const match = mail?.text.match(new RegExp(`https?://\\S+${path}\\?token=([\\w-]+)`));
    if (!match) throw new Error(`no ${path} link mailed to ${address}`);
    return match[1];
  }
}

export interface TestApi {
  app: NestFastifyApplication;
  dataSource: DataSource;
  mail: CapturingMailOutbox;
  client(): TestClient;
  close(): Promise<void>;
}

/** The real API module on the run's database, wired like apps/api, with mail captured. */
export interface TestApiOptions {
  /** Receives every log line (Nest's and the HTTP logger's) instead of stdout. */
  logDestination?: { write(line: string): void };
}

export async function startTestApi(
  overrides: Record<string, string> = {},
  options: TestApiOptions = {},
): Promise<TestApi> {
  const env = await testEnvironment();
  const config = env.config(overrides);
  const mail = new CapturingMailOutbox();
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot(config, { logDestination: options.logDestination })],
  })
    .overrideProvider(MailOutbox)
    .useValue(mail)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), {
    logger: false,
    bufferLogs: Boolean(options.logDestination),
  });
  if (options.logDestination) app.useLogger(app.get(Logger));
  await configureApi(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    mail,
    client: () => new TestClient(app),
    close: () => app.close(),
  };
}

let shared: Promise<TestApi> | null = null;

/** One API instance for all spec files that do not need special configuration (boot takes ~1 s). */
export function sharedTestApi(): Promise<TestApi> {
  shared ??= startTestApi();
  return shared;
}

export async function closeSharedTestApi(): Promise<void> {
  if (!shared) return;
  const api = await shared;
  shared = null;
  await api.close();
}
