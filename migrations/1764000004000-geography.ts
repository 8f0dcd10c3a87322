// Places per tenant, imported from GeoNames postal code exports, and one coordinate per postal code
// (kept by the importer in the same transaction) for distance search.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Geography1764000004000 implements MigrationInterface {
  name = 'Geography1764000004000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // Empty admin fields are stored as '' (not null) so the natural key stays unique and a
      // re-import finds the same row.
      `create table places (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        country_code text not null check (country_code ~ '^[A-Z]{2}$'),
        postal_code text not null check (length(postal_code) between 1 and 20 and postal_code = btrim(postal_code)),
        name text not null check (length(name) between 1 and 200),
        admin1_name text not null default '' check (length(admin1_name) <= 200),
        admin1_code text not null default '' check (length(admin1_code) <= 20),
        admin2_name text not null default '' check (length(admin2_name) <= 200),
        admin2_code text not null default '' check (length(admin2_code) <= 20),
        admin3_name text not null default '' check (length(admin3_name) <= 200),
        admin3_code text not null default '' check (length(admin3_code) <= 20),
        latitude double precision not null check (latitude between -90 and 90),
        longitude double precision not null check (longitude between -180 and 180),
        accuracy smallint check (accuracy between 1 and 6),
        imported_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, country_code, postal_code, name, admin3_code)
      )`,
      // The natural key's index leads with (tenant_id, country_code, postal_code) and serves
      // postal-code lookups; this one serves name search (prefix, case-insensitive).
      `create index places_name on places (tenant_id, lower(name) text_pattern_ops)`,
      ...secureTenantTable('places', ['select', 'insert', 'update', 'delete']),

      // One row per postal code: the centre of its places. Rebuilt for a country by each import
      // that changes its places, so search joins a small table instead of aggregating.
      `create table postal_codes (
        tenant_id uuid not null references tenants (id),
        country_code text not null check (country_code ~ '^[A-Z]{2}$'),
        postal_code text not null check (length(postal_code) between 1 and 20),
        latitude double precision not null check (latitude between -90 and 90),
        longitude double precision not null check (longitude between -180 and 180),
        place_names text[] not null check (cardinality(place_names) > 0),
        admin1_code text not null default '',
        updated_at timestamptz not null default now(),
        primary key (tenant_id, country_code, postal_code)
      )`,
      ...secureTenantTable('postal_codes', ['select', 'insert', 'update', 'delete']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists postal_codes`);
    await db.query(`drop table if exists places`);
  }
}
