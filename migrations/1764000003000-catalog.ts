// The catalog: services per tenant, each in one category, with its pricing mode. Categories gain an
// active flag (hidden from customers, kept for history) and an update time.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Catalog1764000003000 implements MigrationInterface {
  name = 'Catalog1764000003000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table categories
         add column active boolean not null default true,
         add column updated_at timestamptz not null default now()`,
      `create table services (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        category_id uuid not null,
        slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
        names jsonb not null check (jsonb_typeof(names) = 'object' and names <> '{}'::jsonb),
        descriptions jsonb not null default '{}'::jsonb check (jsonb_typeof(descriptions) = 'object'),
        pricing_mode text not null check (pricing_mode in ('fixed', 'hourly', 'quote')),
        fixed_price_minor integer check (fixed_price_minor between 1 and 100000000),
        estimated_duration_minutes integer not null check (estimated_duration_minutes between 5 and 1440),
        position integer not null default 0,
        archived_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, slug),
        foreign key (tenant_id, category_id) references categories (tenant_id, id),
        constraint services_fixed_price_iff_fixed check ((pricing_mode = 'fixed') = (fixed_price_minor is not null))
      )`,
      `create index services_by_category on services (tenant_id, category_id, position, id)`,
      `create index services_by_position on services (tenant_id, position, id)`,
      ...secureTenantTable('services', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists services`);
    await db.query(`alter table categories drop column if exists active, drop column if exists updated_at`);
  }
}
