// Tenant users and their roles, rotating refresh tokens, operator invitations, and the platform
// admins' own refresh tokens (platform admins are a global identity).
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantGlobalTable, secureTenantTable } from '@quartier/platform/migration-kit';

export class Identity1764000001000 implements MigrationInterface {
  name = 'Identity1764000001000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table users (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        email text not null check (length(email) between 3 and 254),
        password_hash text not null,
        display_name text not null check (length(display_name) between 1 and 120),
        locale text not null check (locale in ('de', 'fr', 'it', 'en')),
        status text not null default 'active' check (status in ('active', 'disabled')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      // Case-insensitive: Anna@x.ch and anna@x.ch are one account of a tenant.
      `create unique index users_email on users (tenant_id, lower(email))`,
      ...secureTenantTable('users', ['select', 'insert', 'update']),

      `create table user_roles (
        tenant_id uuid not null references tenants (id),
        user_id uuid not null,
        role text not null check (role in ('customer', 'helper', 'operator_admin', 'operator_agent')),
        granted_at timestamptz not null default now(),
        primary key (tenant_id, user_id, role),
        foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
      )`,
      ...secureTenantTable('user_roles', ['select', 'insert', 'delete']),

      // One family per sign-in; each refresh uses a token and issues its child. A used token
      // presented again means the family leaked, so the whole family is revoked.
      `create table refresh_tokens (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        family_id uuid not null,
        parent_id uuid,
        user_id uuid not null,
        token_hash text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text check (revoked_reason in ('logout', 'reuse', 'disabled')),
        primary key (tenant_id, id),
        unique (tenant_id, token_hash),
        foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade,
        foreign key (tenant_id, parent_id) references refresh_tokens (tenant_id, id) on delete cascade
      )`,
      `create index refresh_tokens_family on refresh_tokens (tenant_id, family_id)`,
      ...secureTenantTable('refresh_tokens', ['select', 'insert', 'update']),

      `create table operator_invitations (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        email text not null check (length(email) between 3 and 254),
        role text not null check (role in ('operator_admin', 'operator_agent')),
        token_hash text not null,
        invited_by text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_user_id uuid,
        revoked_at timestamptz,
        primary key (tenant_id, id),
        unique (tenant_id, token_hash),
        foreign key (tenant_id, accepted_user_id) references users (tenant_id, id)
      )`,
      `create index operator_invitations_created on operator_invitations (tenant_id, created_at desc, id desc)`,
      ...secureTenantTable('operator_invitations', ['select', 'insert', 'update']),

      `create table platform_refresh_tokens (
        id uuid primary key,
        family_id uuid not null,
        parent_id uuid references platform_refresh_tokens (id) on delete cascade,
        admin_id uuid not null references platform_admins (id) on delete cascade,
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text check (revoked_reason in ('logout', 'reuse', 'disabled'))
      )`,
      `create index platform_refresh_tokens_family on platform_refresh_tokens (family_id)`,
      ...grantGlobalTable('platform_refresh_tokens', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['platform_refresh_tokens', 'operator_invitations', 'refresh_tokens', 'user_roles', 'users']) {
      await db.query(`drop table if exists ${table}`);
    }
  }
}
