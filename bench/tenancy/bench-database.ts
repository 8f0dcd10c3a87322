// The benchmark's own database: created and migrated like production, then given two identical
// item tables — one tenant-owned with RLS (the real recipe), one without RLS (the baseline).
import { migrations } from '@quartier/migrations';
import { type AppConfig, migrate } from '@quartier/platform';
import { grantGlobalTable, secureTenantTable } from '@quartier/platform/migration-kit';
import pg from 'pg';
import { benchAppConfig, dropBenchDatabaseNamed } from '../bench-database-kit.js';

export const BENCH_DATABASE = 'quartier_bench';

export interface BenchTenant {
  id: string;
  slug: string;
  itemIds: string[];
}

/** Production settings (secrets required, introspection off) against the benchmark database. */
export function benchConfig(overrides: Record<string, string> = {}): AppConfig {
  return benchAppConfig({ database: BENCH_DATABASE, queuePrefix: 'quartier-bench' }, overrides);
}

export function dropBenchDatabase(): Promise<void> {
  return dropBenchDatabaseNamed(BENCH_DATABASE);
}

/** Fresh database, migrated as the owner; returns tenants with the ids of their items. */
export async function prepareBenchDatabase(input: { tenants: number; itemsPerTenant: number }): Promise<BenchTenant[]> {
  await dropBenchDatabase();
  const config = benchConfig();
  await migrate(config, migrations);
  const owner = new pg.Client({ connectionString: config.DATABASE_URL });
  await owner.connect();
  try {
    const columns = `tenant_id uuid not null references tenants (id), id uuid not null, name text not null,
      price_minor integer not null, primary key (tenant_id, id)`;
    const statements = [
      `create table bench_items (${columns})`,
      ...secureTenantTable('bench_items', ['select']),
      `create table bench_items_plain (${columns})`,
      ...grantGlobalTable('bench_items_plain', ['select']),
    ];
    for (const sql of statements) await owner.query(sql);
    const tenants: BenchTenant[] = [];
    for (let index = 1; index <= input.tenants; index++) {
      const slug = `bench${index}`;
      const { rows } = await owner.query<{ id: string }>(
        `insert into tenants (id, slug, name, status, locales, default_locale, currency, timezone, provisioned_at)
         values (gen_random_uuid(), $1, $2, 'active', '{en}', 'en', 'CHF', 'Europe/Zurich', now()) returning id`,
        [slug, `Bench Tenant ${index}`],
      );
      const tenantId = rows[0].id;
      const items = await owner.query<{ id: string }>(
        `insert into bench_items (tenant_id, id, name, price_minor)
         select $1, gen_random_uuid(), 'Item ' || n, 3000 + n from generate_series(1, $2) as n returning id`,
        [tenantId, input.itemsPerTenant],
      );
      tenants.push({ id: tenantId, slug, itemIds: items.rows.map((row) => row.id) });
    }
    await owner.query(`insert into bench_items_plain select * from bench_items`);
    await owner.query(`analyze`);
    return tenants;
  } finally {
    await owner.end();
  }
}
