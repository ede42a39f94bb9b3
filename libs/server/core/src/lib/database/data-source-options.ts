import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** The one place that turns configuration into TypeORM options. Schema changes only come from migrations. */
export function dataSourceOptions(databaseUrl: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Expected failures (unique violations → 409) are not errors; the problem filter logs real ones.
    logging: false,
    extra: { max: 10, application_name: 'chorus' },
    ...extra,
  } as DataSourceOptions;
}
