// `npm run db:migrate`: creates or updates the database roles, then applies pending migrations as
// the owner. The login role of DATABASE_APP_URL is kept NOSUPERUSER, NOBYPASSRLS, owning nothing.
import pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { createOwnerDataSource } from './data-source.js';
import { APP_ACCESS_ROLE, SYSTEM_ROLE } from './roles.js';

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Creating a role twice at once (parallel test databases) must not fail either caller. */
function createRoleOnce(name: string, options: string): string {
  return `do $$ begin create role ${quoteIdent(name)} ${options};
    exception when duplicate_object or unique_violation then null; end $$`;
}

export async function ensureDatabaseExists(ownerUrl: string): Promise<void> {
  const url = new URL(ownerUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${quoteIdent(database)}`);
  } finally {
    await client.end();
  }
}

export async function ensureRoles(config: AppConfig): Promise<void> {
  const appUrl = new URL(config.DATABASE_APP_URL);
  const appRole = decodeURIComponent(appUrl.username);
  const appPassword = decodeURIComponent(appUrl.password);
  const database = decodeURIComponent(new URL(config.DATABASE_URL).pathname.slice(1));
  if (!appRole) throw new Error('DATABASE_APP_URL must name the application role');
  const client = new pg.Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  try {
    const statements = [
      createRoleOnce(APP_ACCESS_ROLE, 'nologin'),
      createRoleOnce(SYSTEM_ROLE, 'nologin bypassrls'),
      createRoleOnce(appRole, 'login'),
      `alter role ${quoteIdent(appRole)} login nosuperuser nobypassrls nocreatedb nocreaterole inherit${
        appPassword ? ` password ${quoteLiteral(appPassword)}` : ''
      }`,
      `grant ${quoteIdent(APP_ACCESS_ROLE)} to ${quoteIdent(SYSTEM_ROLE)}`,
      `grant ${quoteIdent(APP_ACCESS_ROLE)} to ${quoteIdent(appRole)}`,
      `grant ${quoteIdent(SYSTEM_ROLE)} to ${quoteIdent(appRole)}`,
      `grant connect on database ${quoteIdent(database)} to ${quoteIdent(appRole)}`,
      `grant usage on schema public to ${quoteIdent(APP_ACCESS_ROLE)}`,
    ];
    for (const sql of statements) {
      await client.query(sql).catch((error: { code?: string }) => {
        // Two databases migrating at once may race on the same grant row; the grant holds either way.
        if (error.code !== 'XX000') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export async function migrate(config: AppConfig, migrations: Function[]): Promise<string[]> {
  await ensureDatabaseExists(config.DATABASE_URL);
  await ensureRoles(config);
  const dataSource = await createOwnerDataSource(config, migrations).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
