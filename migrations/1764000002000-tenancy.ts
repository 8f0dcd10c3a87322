// The default catalog's home: a tenant's service categories, named per locale and ordered.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Tenancy1764000002000 implements MigrationInterface {
  name = 'Tenancy1764000002000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table categories (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
        names jsonb not null check (jsonb_typeof(names) = 'object'),
        position integer not null default 0,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, slug)
      )`,
      `create index categories_position on categories (tenant_id, position)`,
      ...secureTenantTable('categories', ['select', 'insert', 'update', 'delete']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists categories`);
  }
}
