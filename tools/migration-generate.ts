import { standaloneDataSource } from '@chorus/server/platform';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, databaseUrl, dropDatabase } from './stack/postgres';
import { dataDir, REPO_ROOT } from './stack/paths';
import { migrateAndSeed, startServices } from './stack/stack';

const MIGRATIONS_DIR = 'libs/server/core/src/lib/database/migrations';

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/**
 * `npm run db:migration:generate -- <Name>`: applies the existing migrations to a scratch database, asks
 * TypeORM what the entities still need, and writes that as a new migration to review and register.
 */
export async function main(args: string[]): Promise<void> {
  const name = args[0];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: npm run db:migration:generate -- <PascalCaseName>');
  }
  const log = (line: string) => process.stdout.write(`[chorus] ${line}\n`);
  const services = await startServices(dataDir(), log);
  const scratch = `chorus_migration_${Date.now()}`;
  try {
    await createDatabase(services.postgres.adminUrl, scratch);
    const url = databaseUrl(services.postgres.adminUrl, scratch);
    await migrateAndSeed(url, false, log);
    const dataSource = await standaloneDataSource(url).initialize();
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (upQueries.length === 0) {
      log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = join(REPO_ROOT, MIGRATIONS_DIR, `${timestamp}-${kebab}.ts`);
    const up = upQueries.map((q) => `    await q.query(${quote(q.query)});`).join('\n');
    const down = [...downQueries]
      .reverse()
      .map((q) => `    await q.query(${quote(q.query)});`)
      .join('\n');
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    log(`Wrote ${file}. Review it, give constraints readable names, and add ${className} to migrations/index.ts.`);
  } finally {
    await dropDatabase(services.postgres.adminUrl, scratch).catch(() => undefined);
    await services.stop();
  }
}
