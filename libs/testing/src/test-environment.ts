// Where the tests' Postgres and Redis are, and the configuration each test database gets.
import { parseConfig, type AppConfig } from '@quartier/platform';

export const TEMPLATE_ENV = 'QUARTIER_TEST_TEMPLATE';

/** The owner URL of the test cluster (defaults to the local Postgres, user postgres, trust auth). */
export function serverOwnerUrl(): URL {
  return new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
}

export function configForDatabase(database: string, overrides: Record<string, string> = {}): AppConfig {
  const owner = serverOwnerUrl();
  owner.pathname = `/${database}`;
  const app = new URL(owner.toString());
  app.username = 'quartier_app';
  app.password = 'quartier_app';
  return parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: owner.toString(),
    DATABASE_APP_URL: app.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `qt-${database}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_POOL_SIZE: '5',
    ...overrides,
  });
}
