// A fresh database per test file, copied from the migrated template of this run.
import type { AppConfig } from '@quartier/platform';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { configForDatabase, serverOwnerUrl, TEMPLATE_ENV } from './test-environment.js';

export interface TestDatabase {
  name: string;
  config: AppConfig;
  /** Runs SQL as the owner (bypasses RLS): for arranging and checking state, never for the code under test. */
  ownerQuery<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export async function createTestDatabase(overrides: Record<string, string> = {}): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run tests through jest (global setup)`);
  const name = `quartier_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverOwnerUrl().toString() });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const config = configForDatabase(name, overrides);
  const owner = new pg.Pool({ connectionString: config.DATABASE_URL, max: 2 });
  // pool.end() resolves before its idle clients have closed; the forced drop then terminates them,
  // and that late error of an idle client must not crash the test file.
  owner.on('error', () => undefined);
  return {
    name,
    config,
    async ownerQuery<T>(sql: string, params: unknown[] = []) {
      const result = await owner.query(sql, params);
      return result.rows as T[];
    },
    async drop() {
      await owner.end();
      const client = new pg.Client({ connectionString: serverOwnerUrl().toString() });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
