// Tenants, host routing, platform admins and their audit log, versioned tenant policies, outbox.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantGlobalTable, secureTenantTable } from '@quartier/platform/migration-kit';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table tenants (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z][a-z0-9-]{1,30}[a-z0-9]$'),
        name text not null check (length(name) between 1 and 120),
        status text not null default 'provisioning' check (status in ('provisioning', 'active', 'suspended')),
        locales text[] not null check (cardinality(locales) between 1 and 4 and locales <@ array['de','fr','it','en']),
        default_locale text not null,
        currency char(3) not null,
        timezone text not null,
        created_at timestamptz not null default now(),
        provisioned_at timestamptz,
        suspended_at timestamptz,
        suspended_reason text,
        check (default_locale = any(locales))
      )`,
      ...grantGlobalTable('tenants', ['select', 'insert', 'update']),

      // Global routing: a custom domain maps to exactly one tenant, across the whole platform.
      `create table tenant_hosts (
        host text primary key check (host = lower(host)),
        tenant uuid not null references tenants (id) on delete cascade,
        created_at timestamptz not null default now()
      )`,
      `create index tenant_hosts_tenant on tenant_hosts (tenant)`,
      ...grantGlobalTable('tenant_hosts', ['select', 'insert', 'delete']),

      `create table platform_admins (
        id uuid primary key,
        email text not null,
        password_hash text not null,
        display_name text not null,
        created_at timestamptz not null default now(),
        disabled_at timestamptz
      )`,
      `create unique index platform_admins_email on platform_admins (lower(email))`,
      ...grantGlobalTable('platform_admins', ['select', 'insert', 'update']),

      // Append-only: the application may add and read audit rows, never change them.
      `create table platform_audit_log (
        id uuid primary key,
        admin_id uuid references platform_admins (id),
        action text not null,
        purpose text not null,
        tenant uuid references tenants (id),
        request_id text,
        created_at timestamptz not null default now()
      )`,
      `create index platform_audit_log_created on platform_audit_log (created_at)`,
      ...grantGlobalTable('platform_audit_log', ['select', 'insert']),

      `create table tenant_policies (
        tenant_id uuid not null references tenants (id),
        kind text not null check (kind in ('branding','pricing','vetting','sla','cancellation','payouts','rewards')),
        version integer not null check (version > 0),
        document jsonb not null,
        created_at timestamptz not null default now(),
        created_by text not null,
        primary key (tenant_id, kind, version)
      )`,
      ...secureTenantTable('tenant_policies', ['select', 'insert']),

      `create table outbox_events (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        type text not null,
        aggregate_type text not null,
        aggregate_id text not null,
        payload jsonb not null,
        context jsonb not null,
        created_at timestamptz not null default now(),
        relayed_at timestamptz,
        primary key (tenant_id, id)
      )`,
      `create index outbox_events_pending on outbox_events (created_at, id) where relayed_at is null`,
      ...secureTenantTable('outbox_events', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['outbox_events', 'tenant_policies', 'platform_audit_log', 'platform_admins', 'tenant_hosts', 'tenants']) {
      await db.query(`drop table if exists ${table}`);
    }
  }
}
