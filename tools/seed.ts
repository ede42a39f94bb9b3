import { createDatabase, databaseUrl } from './stack/postgres';
import { dataDir } from './stack/paths';
import { migrateAndSeed, startServices } from './stack/stack';

const log = (line: string) => process.stdout.write(`[chorus] ${line}\n`);

/** `npm run seed`: migrates and seeds the demo organisation (idempotent). */
export async function main(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    await migrateAndSeed(process.env['DATABASE_URL'], true, log);
    return;
  }
  const services = await startServices(dataDir(), log);
  try {
    await createDatabase(services.postgres.adminUrl, 'chorus', { ifMissing: true });
    await migrateAndSeed(databaseUrl(services.postgres.adminUrl, 'chorus'), true, log);
  } finally {
    await services.stop();
  }
}
