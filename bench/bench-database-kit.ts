// What every benchmark's own database shares: its address on the local server, production settings
// pointed at it (secrets required, introspection off), and dropping it at the end.
import { type AppConfig, parseConfig } from '@quartier/platform';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** The server of DATABASE_URL (or the local one), with `database` as the database. */
export function serverUrl(database: string): URL {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url;
}

// One pair per process: every app a benchmark starts in this process reads them from its config
// (two API instances share Passport's global strategy registry, so they must agree on the secret).
const JWT_SECRET = randomBytes(32).toString('hex');
const ENCRYPTION_KEY = randomBytes(32).toString('hex');

/** Production settings against a benchmark database, the application role and a queue prefix of its own. */
export function benchAppConfig(input: { database: string; queuePrefix: string }, overrides: Record<string, string> = {}): AppConfig {
  const owner = serverUrl(input.database);
  const app = new URL(owner.toString());
  app.username = 'quartier_app';
  app.password = 'quartier_app';
  return parseConfig({
    NODE_ENV: 'production',
    DATABASE_URL: owner.toString(),
    DATABASE_APP_URL: app.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: input.queuePrefix,
    JWT_SECRET,
    ENCRYPTION_KEY,
    LOG_LEVEL: 'warn',
    ...overrides,
  });
}

export async function dropBenchDatabaseNamed(database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl('postgres').toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists ${database} with (force)`);
  } finally {
    await client.end();
  }
}
