// No-context gate (DESIGN invariant 1): the application role sees zero rows of every tenant table
// unless a transaction names its tenant — with no setting, an empty one, or an unknown tenant.
// Rows of two tenants are in every table first, so the check cannot pass on empty tables.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, insertTestTenant, openRoleSession, type RoleSession, type TestDatabase, type TestTenant } from '@quartier/testing';
import { randomUUID } from 'node:crypto';
import { tenantTableNames } from './support/catalog.js';
import { fillTenantTables } from './support/tenant-rows.js';

describe('no-context gate', () => {
  let db: TestDatabase;
  let app: RoleSession;
  let tables: string[];
  let tenants: TestTenant[];
  const unfilled: { table: string; reason: string }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    tables = await tenantTableNames(db);
    tenants = [await insertTestTenant(db, { name: 'Alpha Gate' }), await insertTestTenant(db, { name: 'Bravo Gate' })];
    for (const tenant of tenants) unfilled.push(...(await fillTenantTables(db, tenant)).unfilled);
    app = await openRoleSession(db.config.DATABASE_APP_URL);
  });
  afterAll(async () => {
    await app?.end();
    await db.drop();
  });

  async function countAsApp(table: string, setting: string | null): Promise<number> {
    await app.query('begin');
    try {
      if (setting !== null) await app.query(`select set_config('app.tenant_id', $1, true)`, [setting]);
      const [row] = await app.query<{ count: string }>(`select count(*) from ${table}`);
      return Number(row.count);
    } finally {
      await app.query('rollback');
    }
  }

  it('has rows of both tenants in every tenant table (as the owner)', async () => {
    expect(unfilled).toEqual([]);
    const empty: string[] = [];
    for (const table of tables) {
      for (const tenant of tenants) {
        const [row] = await db.ownerQuery<{ count: string }>(`select count(*) from ${table} where tenant_id = $1`, [tenant.id]);
        if (Number(row.count) === 0) empty.push(`${table} (${tenant.name})`);
      }
    }
    expect(empty).toEqual([]);
  });

  it('shows the application role zero rows of every tenant table with no tenant, an empty tenant or an unknown tenant', async () => {
    const seen: Record<string, Record<string, number>> = {};
    for (const table of tables) {
      seen[table] = {
        unset: await countAsApp(table, null),
        empty: await countAsApp(table, ''),
        unknown: await countAsApp(table, randomUUID()),
      };
    }
    const expected = Object.fromEntries(tables.map((table) => [table, { unset: 0, empty: 0, unknown: 0 }]));
    expect(seen).toEqual(expected);
  });

  it('shows a session-level empty setting zero rows too', async () => {
    await app.query(`select set_config('app.tenant_id', '', false)`);
    try {
      for (const table of tables) {
        const [row] = await app.query<{ count: string }>(`select count(*) from ${table}`);
        expect({ table, count: Number(row.count) }).toEqual({ table, count: 0 });
      }
    } finally {
      await app.query(`reset app.tenant_id`);
    }
  });

  it('shows exactly the named tenant its own rows (control: the role can read these tables)', async () => {
    for (const table of tables) {
      const [{ count: owned }] = await db.ownerQuery<{ count: string }>(`select count(*) from ${table} where tenant_id = $1`, [tenants[0].id]);
      await app.query('begin');
      try {
        await app.query(`select set_config('app.tenant_id', $1, true)`, [tenants[0].id]);
        const [row] = await app.query<{ count: string; foreign: string }>(
          `select count(*), count(*) filter (where tenant_id <> $1) as foreign from ${table}`,
          [tenants[0].id],
        );
        expect({ table, count: Number(row.count), foreign: Number(row.foreign) }).toEqual({ table, count: Number(owned), foreign: 0 });
      } finally {
        await app.query('rollback');
      }
    }
  });
});
