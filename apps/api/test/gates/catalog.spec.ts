// Catalog gate (DESIGN invariant 1), read from pg_catalog of a migrated database: every tenant
// table is locked by RLS with the one tenant policy and keys that lead with tenant_id; the
// application role can neither bypass RLS nor owns anything.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '@quartier/testing';
import {
  canonicalPolicyText,
  EXPECTED_TENANT_POLICY,
  GLOBAL_TABLES,
  listForeignKeys,
  listKeys,
  listPolicies,
  listTables,
  normalizeSql,
} from './support/catalog.js';

describe('catalog gate', () => {
  let db: TestDatabase;
  let appRole: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    appRole = decodeURIComponent(new URL(db.config.DATABASE_APP_URL).username);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('puts every table in exactly one category: tenant-owned (tenant_id) or listed as global', async () => {
    const tables = await listTables(db);
    const uncategorized = tables.filter((table) => !table.hasTenantId && !(table.name in GLOBAL_TABLES)).map((t) => t.name);
    const globalWithTenantId = tables.filter((table) => table.hasTenantId && table.name in GLOBAL_TABLES).map((t) => t.name);
    const listedButMissing = Object.keys(GLOBAL_TABLES).filter((name) => !tables.some((table) => table.name === name));
    expect({ uncategorized, globalWithTenantId, listedButMissing }).toEqual({
      uncategorized: [],
      globalWithTenantId: [],
      listedButMissing: [],
    });
    expect(tables.filter((table) => table.hasTenantId).length).toBeGreaterThan(0);
  });

  it('enables and forces row-level security on every tenant table', async () => {
    const unlocked = (await listTables(db))
      .filter((table) => table.hasTenantId && !(table.rlsEnabled && table.rlsForced))
      .map((table) => `${table.name} (enabled=${table.rlsEnabled}, forced=${table.rlsForced})`);
    expect(unlocked).toEqual([]);
  });

  it('gives every tenant table the tenant policy and no other', async () => {
    const expected = await canonicalPolicyText(db, EXPECTED_TENANT_POLICY);
    const tenantTables = (await listTables(db)).filter((table) => table.hasTenantId).map((table) => table.name);
    const policies = await listPolicies(db);
    const problems: string[] = [];
    for (const table of tenantTables) {
      const own = policies.filter((policy) => policy.table === table);
      if (own.length === 0) problems.push(`${table}: no policy`);
      for (const policy of own) {
        if (!policy.permissive || policy.command !== '*') {
          problems.push(`${table}.${policy.name}: must be PERMISSIVE FOR ALL (is ${policy.permissive ? 'permissive' : 'restrictive'} for ${policy.command})`);
        }
        if (normalizeSql(policy.using) !== expected) problems.push(`${table}.${policy.name}: USING ${policy.using}`);
        if (policy.withCheck !== null && normalizeSql(policy.withCheck) !== expected) {
          problems.push(`${table}.${policy.name}: WITH CHECK ${policy.withCheck}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('leads every primary key, unique constraint, unique index and foreign key of a tenant table with tenant_id', async () => {
    const tenantTables = new Set((await listTables(db)).filter((table) => table.hasTenantId).map((table) => table.name));
    const keys = (await listKeys(db)).filter((key) => tenantTables.has(key.table));
    const offending = keys
      .filter((key) => !(key.kind === 'foreign key' && key.referencedTable === 'tenants'))
      .filter((key) => key.leadingColumn !== 'tenant_id')
      .map((key) => `${key.table} ${key.kind} ${key.name}: ${key.definition}`);
    expect(offending).toEqual([]);
    // Every tenant table has a primary key at all (a table without one would pass the loop above).
    const withPrimaryKey = new Set(keys.filter((key) => key.kind === 'primary key').map((key) => key.table));
    expect([...tenantTables].filter((table) => !withPrimaryKey.has(table))).toEqual([]);
  });

  it('matches tenant_id to tenant_id in every foreign key between tenant tables', async () => {
    const tenantTables = new Set((await listTables(db)).filter((table) => table.hasTenantId).map((table) => table.name));
    const crossing = (await listForeignKeys(db))
      .filter((edge) => tenantTables.has(edge.table) && edge.referencedTable !== 'tenants')
      .filter((edge) => {
        const position = edge.columns.indexOf('tenant_id');
        return position < 0 || edge.referencedColumns[position] !== 'tenant_id';
      })
      .map((edge) => `${edge.table} (${edge.columns.join(', ')}) → ${edge.referencedTable} (${edge.referencedColumns.join(', ')})`);
    expect(crossing).toEqual([]);
  });

  it('runs the application as a role that is not superuser, cannot bypass RLS and owns nothing', async () => {
    const [role] = await db.ownerQuery<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(
      `select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = $1`,
      [appRole],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });

    const owned = await db.ownerQuery<{ role: string; kind: string; name: string }>(
      `with reachable as (
         select oid, rolname, rolsuper from pg_roles where pg_has_role($1, oid, 'member')
       )
       select r.rolname as role, 'relation ' || c.relkind::text as kind, c.relname as name
         from pg_class c join reachable r on r.oid = c.relowner
         join pg_namespace n on n.oid = c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema')
       union all
       select r.rolname, 'function', p.proname from pg_proc p join reachable r on r.oid = p.proowner
       union all
       select r.rolname, 'schema', s.nspname from pg_namespace s join reachable r on r.oid = s.nspowner
       union all
       select r.rolname, 'database', d.datname from pg_database d join reachable r on r.oid = d.datdba`,
      [appRole],
    );
    expect(owned).toEqual([]);

    // Roles the application may SET ROLE to: none is superuser, and the only one that bypasses RLS
    // is the system role of the audited platform path and the outbox relay.
    const reachable = await db.ownerQuery<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `select rolname, rolsuper, rolbypassrls from pg_roles where pg_has_role($1, oid, 'member') and rolname <> $1 order by rolname`,
      [appRole],
    );
    expect(reachable.filter((r) => r.rolsuper)).toEqual([]);
    expect(reachable.filter((r) => r.rolbypassrls).map((r) => r.rolname)).toEqual(['quartier_system']);
  });
});
