// Dispatch: which helpers a posted request was offered to, in which wave and with which answer;
// where each request stands in its dispatch (waves sent, escalation tier, next look); helpers' tiers
// (neighbours, specialists, contractor partners) and their answer history, which routing weighs.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Dispatch1764000025000 implements MigrationInterface {
  name = 'Dispatch1764000025000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table helper_profiles add column tier text not null default 'friend' check (tier in ('friend', 'specialist', 'contractor'))`,

      // first_response_due_at: the SLA's first-response target on its clock (service hours), fixed at
      // posting like expires_at (help within). wave: waves sent; step: decisions taken (a timer carries the step it was set for, so a late or
      // repeated timer finds the request moved on and does nothing); next_at: when dispatch looks again.
      `alter table requests
         add column dispatch_wave integer not null default 0 check (dispatch_wave >= 0),
         add column dispatch_step integer not null default 0 check (dispatch_step >= 0),
         add column dispatch_tier text check (length(dispatch_tier) between 1 and 60),
         add column dispatch_tiers text[] not null default '{}',
         add column dispatch_last_wave_at timestamptz,
         add column dispatch_next_at timestamptz,
         add column first_response_due_at timestamptz`,
      `create index requests_dispatch_due on requests (tenant_id, dispatch_next_at) where dispatch_next_at is not null`,
      `create index requests_dispatch_fleet on requests (dispatch_next_at) where dispatch_next_at is not null`,

      `create table dispatch_offers (
        tenant_id uuid not null references tenants (id),
        request_id uuid not null,
        helper_id uuid not null,
        -- 0: a helper released from a job they had not been offered by dispatch (chosen by the customer).
        wave integer not null check (wave >= 0),
        tier_key text check (length(tier_key) between 1 and 60),
        rank integer not null check (rank >= 1),
        score real not null,
        distance_km real not null check (distance_km >= 0),
        first_look boolean not null default false,
        status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'taken', 'lapsed', 'released')),
        offered_at timestamptz not null,
        answered_at timestamptz,
        reason text check (length(reason) <= 1000),
        primary key (tenant_id, request_id, helper_id),
        foreign key (tenant_id, request_id) references requests (tenant_id, id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id)
      )`,
      `create index dispatch_offers_by_helper on dispatch_offers (tenant_id, helper_id, status, offered_at desc)`,
      ...secureTenantTable('dispatch_offers', ['select', 'insert', 'update']),

      // Kept in the transaction of each answer: what the policy reads as acceptance, speed and reliability.
      `create table helper_dispatch_stats (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        offered integer not null default 0 check (offered >= 0),
        accepted integer not null default 0 check (accepted >= 0),
        declined integer not null default 0 check (declined >= 0),
        lapsed integer not null default 0 check (lapsed >= 0),
        released integer not null default 0 check (released >= 0),
        answered integer not null default 0 check (answered >= 0),
        response_seconds_sum bigint not null default 0 check (response_seconds_sum >= 0),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, helper_id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id)
      )`,
      ...secureTenantTable('helper_dispatch_stats', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists helper_dispatch_stats`);
    await db.query(`drop table if exists dispatch_offers`);
    await db.query(`drop index if exists requests_dispatch_fleet`);
    await db.query(`drop index if exists requests_dispatch_due`);
    await db.query(`alter table requests drop column if exists dispatch_next_at, drop column if exists dispatch_last_wave_at,
      drop column if exists dispatch_tiers, drop column if exists dispatch_tier, drop column if exists dispatch_step, drop column if exists dispatch_wave,
      drop column if exists first_response_due_at`);
    await db.query(`alter table helper_profiles drop column if exists tier`);
  }
}
