import { databaseUrl, createDatabase } from './stack/postgres';
import { dataDir } from './stack/paths';
import { migrateAndSeed, startServices } from './stack/stack';

const log = (line: string) => process.stdout.write(`[chorus] ${line}\n`);

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the local embedded database. */
export async function main(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    await migrateAndSeed(process.env['DATABASE_URL'], false, log);
    return;
  }
  const services = await startServices(dataDir(), log);
  try {
    await createDatabase(services.postgres.adminUrl, 'chorus', { ifMissing: true });
    await migrateAndSeed(databaseUrl(services.postgres.adminUrl, 'chorus'), false, log);
  } finally {
    await services.stop();
  }
}
