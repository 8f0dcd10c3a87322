// Builds the TypeORM data sources. Only this folder (and migrations) may construct or hold one:
// feature code reaches the database through TenantDatabase, GlobalDatabase or PlatformDatabase.
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { AppConfig } from '../config/config.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export function createAppDataSource(config: AppConfig, entities: EntityList): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.DATABASE_APP_URL,
    entities,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: config.DATABASE_POOL_SIZE,
      // A connection is replaced after this many uses: statements on a long-lived connection grew
      // slower under sustained load (bench:payments), and fresh ones keep them at their first cost.
      maxUses: config.DATABASE_POOL_MAX_USES === 0 ? Infinity : config.DATABASE_POOL_MAX_USES,
      application_name: 'quartier',
      // A request must never wait forever on a lock or a stuck statement.
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 30_000,
    },
  });
}

export function createOwnerDataSource(
  config: AppConfig,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[],
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.DATABASE_URL,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 2, application_name: 'quartier-migrate' },
  });
}
