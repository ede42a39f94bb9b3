import 'reflect-metadata';
import { ConfigError, loadConfig, migrateWithLock } from '@chorus/server/core';
import { createApi } from '@chorus/server/platform';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApi(config);
  if (config.MIGRATE_ON_START) await migrateWithLock(app.get<DataSource>(getDataSourceToken()));
  await app.listen(config.API_PORT, config.API_HOST);
}

main().catch((error) => {
  // Config errors name the variable; anything else is a start-up failure worth its stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
