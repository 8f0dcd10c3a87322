// Helpers: the customer-facing profile of a user with the helper role, the services they offer at
// their price, and their vetting steps. Steps are copied from the tenant's vetting policy version in
// force when the helper starts, so a later policy change never alters vetting in flight.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Helpers1764000005000 implements MigrationInterface {
  name = 'Helpers1764000005000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // The home postal code has no foreign key: postal codes are rebuilt by each places import,
      // so the service checks it on write instead.
      `create table helper_profiles (
        tenant_id uuid not null references tenants (id),
        user_id uuid not null,
        display_name text not null check (length(display_name) between 1 and 120),
        photo_url text check (photo_url ~ '^https?://' and length(photo_url) <= 2048),
        bio text not null default '' check (length(bio) <= 2000),
        languages text[] not null default '{}' check (cardinality(languages) <= 10),
        home_country_code text check (home_country_code ~ '^[A-Z]{2}$'),
        home_postal_code text check (length(home_postal_code) between 1 and 20),
        service_radius_km integer check (service_radius_km between 1 and 100),
        status text not null default 'applicant' check (status in ('applicant', 'in_review', 'approved', 'rejected', 'suspended')),
        status_changed_at timestamptz not null default now(),
        submitted_at timestamptz,
        approved_at timestamptz,
        rejected_at timestamptz,
        suspended_at timestamptz,
        suspension_reason text check (length(suspension_reason) <= 1000),
        vetting_policy_version integer not null check (vetting_policy_version >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, user_id),
        foreign key (tenant_id, user_id) references users (tenant_id, id),
        constraint helper_profiles_home_complete check ((home_country_code is null) = (home_postal_code is null))
      )`,
      `create index helper_profiles_queue on helper_profiles (tenant_id, status, status_changed_at, user_id)`,
      ...secureTenantTable('helper_profiles', ['select', 'insert', 'update']),

      // price_minor: the hourly rate of an hourly service, the helper's own price of a fixed one
      // (null: the service's price), always null for services priced on quote.
      `create table helper_skills (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        service_id uuid not null,
        price_minor integer check (price_minor between 1 and 100000000),
        position integer not null default 0 check (position >= 0),
        created_at timestamptz not null default now(),
        primary key (tenant_id, helper_id, service_id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id) on delete cascade,
        foreign key (tenant_id, service_id) references services (tenant_id, id)
      )`,
      `create index helper_skills_by_service on helper_skills (tenant_id, service_id, helper_id)`,
      ...secureTenantTable('helper_skills', ['select', 'insert', 'delete']),

      `create table vetting_steps (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        step_key text not null check (length(step_key) between 1 and 60),
        position integer not null check (position >= 0),
        name jsonb not null default '{}'::jsonb check (jsonb_typeof(name) = 'object'),
        evidence_kind text not null check (length(evidence_kind) between 1 and 60),
        required boolean not null,
        expiry_days integer check (expiry_days between 1 and 3650),
        status text not null default 'pending' check (status in ('pending', 'submitted', 'approved', 'rejected')),
        evidence_url text check (evidence_url ~ '^https?://' and length(evidence_url) <= 2048),
        evidence_text text check (length(evidence_text) <= 4000),
        submitted_at timestamptz,
        reviewer_id uuid,
        decision_note text check (length(decision_note) <= 2000),
        decided_at timestamptz,
        expires_at timestamptz,
        primary key (tenant_id, helper_id, step_key),
        unique (tenant_id, helper_id, position),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id) on delete cascade,
        foreign key (tenant_id, reviewer_id) references users (tenant_id, id)
      )`,
      `create index vetting_steps_expiry on vetting_steps (tenant_id, expires_at) where status = 'approved' and expires_at is not null`,
      ...secureTenantTable('vetting_steps', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists vetting_steps`);
    await db.query(`drop table if exists helper_skills`);
    await db.query(`drop table if exists helper_profiles`);
  }
}
