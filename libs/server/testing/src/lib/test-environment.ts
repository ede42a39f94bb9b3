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
  /** The environment variables of a process of this run (a child worker gets exactly these). */
  env(overrides?: Record<string, string>): Record<string, string>;
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
  const env = (overrides: Record<string, string> = {}): Record<string, string> => ({
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
  });
  return {
    databaseName,
    databaseUrl,
    redisUrl: servers.redis,
    queuePrefix,
    env,
    config: (overrides = {}) => loadConfig(env(overrides)),
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
  // The run's prefix and the prefixes derived from it (`<prefix>_faults` …) that specs used for isolation.
  await deleteRedisKeys(env.redisUrl, `${env.queuePrefix}[:_]*`);
}

/**
 * Deletes every Redis key under one queue prefix (`<prefix>:*`): what a Redis that lost its data looks like
 * to the processes using that prefix. Never FLUSHALL: other runs share the server.
 */
export async function deleteQueueKeys(queuePrefix: string, redisUrl?: string): Promise<number> {
  if (!/^[a-z0-9_-]+$/i.test(queuePrefix)) throw new Error(`not a queue prefix: ${queuePrefix}`);
  return deleteRedisKeys(redisUrl ?? serverUrls().redis, `${queuePrefix}:*`);
}

async function deleteRedisKeys(redisUrl: string, pattern: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
  return deleted;
}
