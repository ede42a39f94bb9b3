import { DataSource } from 'typeorm';

/** Arbitrary but fixed: every Chorus process that migrates takes the same advisory lock. */
const MIGRATION_LOCK_KEY = 4_711_2026;

/**
 * Runs pending migrations under a Postgres advisory lock, so that several API and worker processes that
 * start at once do not apply the same migration twice.
 */
export async function migrateWithLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** True when every migration the code knows has been applied. */
export async function migrationsUpToDate(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
