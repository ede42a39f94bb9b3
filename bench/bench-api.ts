import { loadConfig } from '@chorus/server/core';
import { createApi } from '@chorus/server/platform';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

export interface BenchApi {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

/** The real API on a free loopback port over a bench's throwaway database, silent, with fresh secrets. */
export async function startBenchApi(databaseUrl: string, redisUrl: string, queuePrefix: string): Promise<BenchApi> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    API_PORT: '0',
    MIGRATE_ON_START: 'false',
    WEB_DIST_DIR: '/nonexistent',
    COOKIE_SECURE: 'false',
  });
  const app = await createApi(config, { quiet: true });
  await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
    close: () => app.close(),
  };
}
