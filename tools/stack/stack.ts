import { migrateWithLock, parseEncryptionKeys, SecretBox } from '@chorus/server/core';
import { seedDemo, seedSandboxNetworkApps } from '@chorus/server/demo';
import { standaloneDataSource } from '@chorus/server/platform';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppProcess, spawnApp, waitForHttp } from './app-process';
import { freePort } from './ports';
import { createDatabase, databaseUrl, dropDatabase, ensurePostgres, PostgresHandle } from './postgres';
import { ensureRedis, RedisHandle } from './redis';

export interface StackOptions {
  dataDir: string;
  /** A database of this name on the Postgres server, created when missing; else DATABASE_URL as given. */
  database?: string;
  /** Drop the database when the stack stops (tests). */
  dropDatabaseOnStop?: boolean;
  apiPort?: number;
  seed?: boolean;
  nodeEnv: 'development' | 'test' | 'production';
  queuePrefix?: string;
  log: (line: string) => void;
  output?: (name: string, line: string) => void;
  extraEnv?: Record<string, string>;
}

export interface RunningStack {
  apiUrl: string;
  sandboxUrl: string;
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

/** Postgres and Redis, ready for the apps: shared by `npm start`, `npm run db:migrate` and the tests. */
export interface Services {
  postgres: PostgresHandle;
  redis: RedisHandle;
  stop(): Promise<void>;
}

export async function startServices(dataDir: string, log: (line: string) => void): Promise<Services> {
  const postgres = await ensurePostgres(dataDir, log);
  let redis: RedisHandle;
  try {
    redis = await ensureRedis(dataDir, log);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return { postgres, redis, stop: async () => void (await Promise.all([redis.stop(), postgres.stop()])) };
}

/** Random secrets made once per data folder, so sessions and sealed tokens survive restarts. */
function localSecret(dataDir: string, name: string, make: () => string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export function localSecrets(dataDir: string): { SESSION_SECRET: string; ENCRYPTION_KEYS: string } {
  return {
    SESSION_SECRET: localSecret(dataDir, 'session-secret', () => randomBytes(32).toString('hex')),
    ENCRYPTION_KEYS: localSecret(dataDir, 'encryption-keys', () => `local1:${randomBytes(32).toString('base64')}`),
  };
}

/** With `sandboxApps`, the LinkedIn and X apps are pointed at the sandbox's default apps (sealed with these keys). */
export async function migrateAndSeed(
  url: string,
  seed: boolean,
  log: (line: string) => void,
  sandboxApps?: { encryptionKeys: string; linkedInVersion: string },
): Promise<void> {
  const dataSource = await standaloneDataSource(url).initialize();
  try {
    const applied = await migrateWithLock(dataSource);
    log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
    if (seed) {
      const report = await seedDemo(dataSource);
      if (report.usersCreated || report.groupsCreated) {
        log(`Seeded the demo organisation: ${report.usersCreated} users, ${report.groupsCreated} groups.`);
      }
    }
    if (sandboxApps) {
      const box = new SecretBox(parseEncryptionKeys(sandboxApps.encryptionKeys));
      const created = await seedSandboxNetworkApps(dataSource, box, sandboxApps.linkedInVersion);
      if (created) log(`Pointed ${created} network app(s) at the sandbox.`);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** Everything: services, schema, demo data, sandbox, API and worker; waits until the API is ready. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const services = await startServices(options.dataDir, options.log);
  const apps: AppProcess[] = [];
  const database = options.database;
  const dbUrl = database ? databaseUrl(services.postgres.adminUrl, database) : services.postgres.adminUrl;
  const stop = async () => {
    await Promise.all(apps.reverse().map((app) => app.stop()));
    if (database && options.dropDatabaseOnStop)
      await dropDatabase(services.postgres.adminUrl, database).catch(() => undefined);
    await services.stop();
  };
  try {
    if (database) await createDatabase(services.postgres.adminUrl, database, { ifMissing: true });
    await migrateAndSeed(dbUrl, options.seed ?? false, options.log, {
      encryptionKeys: localSecrets(options.dataDir).ENCRYPTION_KEYS,
      linkedInVersion: options.extraEnv?.['LINKEDIN_DEFAULT_VERSION'] ?? '202610',
    });

    const sandbox = spawnApp('sandbox', {
      env: { SANDBOX_PORT: '0', SANDBOX_SMTP_PORT: '0', ...options.extraEnv },
      output: options.output,
    });
    apps.push(sandbox);
    const readyLine = await sandbox.waitForLine(/^SANDBOX_READY /, 30_000);
    const sandboxPorts = JSON.parse(readyLine.replace(/^SANDBOX_READY /, '')) as { http: number; smtp: number };

    const apiPort = options.apiPort ?? (await freePort());
    const publicUrl = `http://localhost:${apiPort}`;
    const env: Record<string, string> = {
      NODE_ENV: options.nodeEnv,
      DATABASE_URL: dbUrl,
      REDIS_URL: services.redis.url,
      QUEUE_PREFIX: options.queuePrefix ?? 'chorus',
      ...localSecrets(options.dataDir),
      API_PORT: String(apiPort),
      PUBLIC_URL: publicUrl,
      SMTP_URL: `smtp://127.0.0.1:${sandboxPorts.smtp}`,
      // The LinkedIn and X clients dial the sandbox instead of the real hosts.
      NETWORK_SANDBOX_PORT: String(sandboxPorts.http),
      WORKER_HEALTH_PORT: String(await freePort()),
      // Migrations ran above, once, before any app started.
      MIGRATE_ON_START: 'false',
      ...options.extraEnv,
    };
    const worker = spawnApp('worker', { env, output: options.output });
    apps.push(worker);
    const api = spawnApp('api', { env, output: options.output });
    apps.push(api);
    const alive = () => api.child.exitCode === null && worker.child.exitCode === null;
    await waitForHttp(`${publicUrl}/api/health/ready`, 90_000, alive);
    return {
      apiUrl: publicUrl,
      sandboxUrl: `http://127.0.0.1:${sandboxPorts.http}`,
      databaseUrl: dbUrl,
      redisUrl: services.redis.url,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
