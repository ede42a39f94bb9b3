import { AppConfig, loadConfig, migrateWithLock } from '@chorus/server/core';
import { standaloneDataSource } from '@chorus/server/platform';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import Redis from 'ioredis';

/**
 * One database and one queue prefix per test run, so that parallel or repeated runs never see each
 * other's data. DATABASE_URL and REDIS_URL name the servers (`npm test` provides them).
 */
export interface TestEnvironment {
  databaseName: string;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  config(overrides?: Record<string, string>): AppConfig;
}

let current: Promise<TestEnvironment> | null = null;

function serverUrls(): { postgres: string; redis: string } {
  const postgres = process.env['DATABASE_URL'];
  const redis = process.env['REDIS_URL'];
  if (!postgres || !redis) {
    throw new Error('The integration tests need DATABASE_URL and REDIS_URL (npm test sets them up for you).');
  }
  return { postgres, redis };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function create(): Promise<TestEnvironment> {
  const servers = serverUrls();
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const databaseName = `chorus_test_${suffix}`;
  const admin = new Client({ connectionString: servers.postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();
  const databaseUrl = withDatabase(servers.postgres, databaseName);
  const dataSource = await standaloneDataSource(databaseUrl).initialize();
  await migrateWithLock(dataSource);
  await dataSource.destroy();
  const queuePrefix = `chorus_test_${suffix}`;
  return {
    databaseName,
    databaseUrl,
    redisUrl: servers.redis,
    queuePrefix,
    config: (overrides = {}) =>
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: databaseUrl,
        REDIS_URL: servers.redis,
        QUEUE_PREFIX: queuePrefix,
        SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
        ENCRYPTION_KEYS: `test1:${Buffer.alloc(32, 1).toString('base64')}`,
        PUBLIC_URL: 'http://chorus.test',
        WEB_DIST_DIR: '/nonexistent',
        MAIL_LOG_CONTENT: 'false',
        MIGRATE_ON_START: 'false',
        ...overrides,
      }),
  };
}

/** The run's environment, created (database + migrations) on first use. */
export function testEnvironment(): Promise<TestEnvironment> {
  current ??= create();
  return current;
}

/** Drops the run's database and its Redis keys; called once after all specs. */
export async function destroyTestEnvironment(): Promise<void> {
  if (!current) return;
  const env = await current;
  current = null;
  const servers = serverUrls();
  const admin = new Client({ connectionString: servers.postgres });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${env.databaseName}" WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(env.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}
